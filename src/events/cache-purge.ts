import { listTag } from '../cache-tags.ts';
import { logger } from '../logger.ts';
import { recordPurgeLag } from '../metrics.ts';
import { purge } from '../response-cache.ts';
import { type RecordedEvent, type Subscription, subscribeEvents } from './outbox.ts';

// Keeps the response cache fresh: every committed write (the outbox) purges, on every instance,
// the cached responses holding the changed entity and those holding any list it entered or left.
// With Redis the store is shared and one purge serves all; without it each instance purges its
// own memory, which is why every instance subscribes.

/** Root fields whose answers are lists or counts an article's change can alter. */
const ARTICLE_LIST_ROOTS = [
  'Query.articles',
  'Query.search',
  'Query.articleStats',
  'Query.suggest',
  'Query.tags',
  'Query.people',
  'Query.organizations',
  'Query.places',
  'Query.categories',
];

/** Lists an event names that are not entities: the root fields serving them. */
const COLLECTION_ROOTS: Record<string, string[]> = {
  feed: ['Query.articles'],
  tags: ['Query.tags', 'Query.suggest'],
  categories: ['Query.categories'],
  publications: ['Query.publications'],
  people: ['Query.people', 'Query.suggest'],
  organizations: ['Query.organizations', 'Query.suggest'],
  places: ['Query.places', 'Query.suggest'],
};

/**
 * The cache tags a batch of events makes stale: the changed entity's, and for every list it
 * entered or left the list's tag (`list:Tag:7`, src/cache-tags.ts), not the list owner's entity
 * tag: a page that shows a tag's name is not stale because an article joined the tag. A
 * taxonomy event names its own entity among its lists; that entity's tag is purged too.
 */
export function staleTags(events: Pick<RecordedEvent, 'entityType' | 'entityId' | 'lists'>[]): string[] {
  const tags = new Set<string>();
  for (const e of events) {
    tags.add(`${e.entityType}:${e.entityId}`);
    if (e.entityType === 'Article') for (const root of ARTICLE_LIST_ROOTS) tags.add(root);
    for (const list of e.lists) {
      const roots = COLLECTION_ROOTS[list];
      if (roots) for (const root of roots) tags.add(root);
      else {
        tags.add(listTag(list));
        if (e.entityType !== 'Article') tags.add(list);
      }
    }
  }
  return [...tags];
}

/**
 * Subscribes this instance's cache to the outbox. An answer computed from rows read before the
 * write committed and stored after this purge is refused by the store itself (the purge marks
 * in src/cache-store.ts), so one purge per event is enough.
 */
export function startCachePurge(): Promise<Subscription> {
  return subscribeEvents(async (events) => {
    const tags = staleTags(events);
    try {
      await purge(tags);
    } catch (err) {
      logger.warn({ err: (err as Error).message, tags: tags.length }, 'purging the response cache failed');
      return;
    }
    const now = Date.now();
    for (const e of events) recordPurgeLag((now - e.createdAt.getTime()) / 1000);
  });
}
