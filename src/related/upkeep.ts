import type { Prisma } from '../generated/prisma/client.ts';
import type { ArticleState, Snapshot } from '../writes/article-state.ts';

// Related lists are ranked at write time into "RelatedArticle" (migration related_article_table),
// from the RelatedRanking view, their one definition. A write ranks its article's own list in its
// transaction; the lists of other articles that the change may enter or leave are refreshed in
// the background (src/related/refresh.ts). An article that leaves the public view is taken out of
// every list in the same transaction, and the read's visibility rule hides it meanwhile anyway.

/** Snapshot fields the ranking of other articles reads: a change of any of them fans out. */
const RANKED_FIELDS = ['status', 'publishedAt', 'categoryId', 'mentions', 'tagIds'] as const satisfies readonly (keyof Snapshot)[];

/** Whether a write that changed `changed` may alter other articles' lists. */
export const fansOut = (changed: readonly string[]) => changed.some((f) => (RANKED_FIELDS as readonly string[]).includes(f));

/** The item keys the ranking counts for an article in `state` (migration related_sweep_check). */
export function relatedItems(state: Pick<ArticleState, 'tagIds' | 'mentionedPersonIds' | 'organizationIds' | 'categoryId'>): string[] {
  return [
    ...state.tagIds.map((id) => `T${id}`),
    ...state.mentionedPersonIds.map((id) => `P${id}`),
    ...state.organizationIds.map((id) => `O${id}`),
    `C${state.categoryId}`,
  ];
}

/** What a write changed, for the background refresh: the items the article had before, and whether it only became visible. */
export interface RelatedChange {
  before: string[];
  added: boolean;
}

/**
 * In a write's transaction: ranks the article's own list; with `fanOut`, queues it for the
 * background refresh with the items it touched (every item when `change` is not known).
 */
export async function upkeepRelated(
  tx: Prisma.TransactionClient,
  articleId: number,
  fanOut: boolean,
  change?: RelatedChange,
): Promise<void> {
  const before = change?.before ?? ['*'];
  await tx.$executeRaw`SELECT related_upkeep(${articleId}::int, ${fanOut}, ${before}::text[], ${change?.added ?? false})`;
}

/** In a rename's transaction: the reasons naming the item (`T12`, `P3`, `O7`, `C2`) are ranked again by the refresh. */
export async function relatedItemRenamed(tx: Pick<Prisma.TransactionClient, '$executeRaw'>, item: string): Promise<void> {
  await tx.$executeRaw`INSERT INTO "RelatedSource" (items) VALUES (ARRAY[${item}]::text[])`;
}
