import type { Prisma } from '../generated/prisma/client.ts';
import type { Snapshot } from '../writes/article-state.ts';

// Related lists are ranked at write time into "RelatedArticle" (migration related_article_table),
// from the RelatedRanking view, their one definition. A write ranks its article's own list in its
// transaction; the lists of other articles that the change may enter or leave are refreshed in
// the background (src/related/refresh.ts). An article that leaves the public view is taken out of
// every list in the same transaction, and the read's visibility rule hides it meanwhile anyway.

/** Snapshot fields the ranking of other articles reads: a change of any of them fans out. */
const RANKED_FIELDS = ['status', 'publishedAt', 'categoryId', 'mentions', 'tagIds'] as const satisfies readonly (keyof Snapshot)[];

/** Whether a write that changed `changed` may alter other articles' lists. */
export const fansOut = (changed: readonly string[]) => changed.some((f) => (RANKED_FIELDS as readonly string[]).includes(f));

/** In a write's transaction: ranks the article's own list; with `fanOut`, queues it for the background refresh. */
export async function upkeepRelated(tx: Prisma.TransactionClient, articleId: number, fanOut: boolean): Promise<void> {
  await tx.$executeRaw`SELECT related_upkeep(${articleId}::int, ${fanOut})`;
}
