import { type Context, memoized } from './context.ts';

// Which lists a response read, as cache tags. An entity tag (`Tag:7`) is purged when the entity
// itself changes; a list tag (`list:Tag:7`) when an article enters or leaves its list. Keeping the
// two apart lets a publish purge the tag's page without purging every article page that merely
// shows the tag's name.

/** The cache tag of the article list owned by `owner` (`Category:3`, `Tag:7`). */
export const listTag = (owner: string) => `list:${owner}`;

/** Records that this response reads the article list of `owner`. */
export function readsList(ctx: Context, owner: string): void {
  listTagSet(ctx).add(listTag(owner));
}

/** The list tags recorded while executing the request of `ctx`. */
export function listTagSet(ctx: Context): Set<string> {
  return memoized(ctx, 'cacheListTags', () => new Set<string>());
}
