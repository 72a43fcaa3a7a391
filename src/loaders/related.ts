import { badInput } from '../errors.ts';

// "Related articles": editor picks first, in their order; then other visible articles ranked by
// what they share with this one. The ranking is the view "RelatedRanking" (migration
// related_ranking_view); its rows are copied at write time into "RelatedArticle" (migration
// related_article_table, src/related/), which Prisma reads as a relation of the article: the
// ranked rows and the articles they point to come in the statement that loads the article.
// The numbers below are written into that view; tests/related.test.ts checks them through it.

/** Weights of what two articles share; a shared tag says more than a shared category. */
export const RELATED_WEIGHTS = { TAG: 3, PERSON: 2, ORGANIZATION: 2, CATEGORY: 1 } as const;
/** Candidates considered per shared tag, person, organisation or category: the newest ones. */
export const RELATED_CANDIDATES_PER_LINK = 50;
/** The view keeps this many plus one per article. */
export const MAX_RELATED = 50;
export const DEFAULT_RELATED = 5;
/**
 * How stale another article's list may be: the background refresh (src/related/refresh.ts,
 * RELATED_REFRESH_BATCH lists every RELATED_REFRESH_INTERVAL_MS) goes through every list a
 * publication may enter within this time at one publication per second (bench/RESULTS.md).
 */
export const RELATED_FRESHNESS_MINUTES = 10;

export type RelatedReasonKind = 'EDITOR_PICK' | 'TAG' | 'PERSON' | 'ORGANIZATION' | 'CATEGORY';
export interface RelatedReason {
  kind: RelatedReasonKind;
  name: string | null;
}

/** The page size asked for, checked: 1 to MAX_RELATED. */
export function relatedSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_RELATED;
  if (!Number.isInteger(size) || size < 1 || size > MAX_RELATED) {
    throw badInput(`\`first\` must be between 1 and ${MAX_RELATED}, got ${size}.`, { argument: 'first', reason: 'PAGE_SIZE' });
  }
  return size;
}

/** The connection for ranked rows (best first, `size` + 1 of them at most). */
export function relatedConnection<T>(rows: { score: number; reasons: unknown; related: T }[], size: number) {
  const edges = rows.slice(0, size).map((r, i) => ({
    cursor: Buffer.from(`related:${i + 1}`).toString('base64url'),
    node: r.related,
    score: r.score,
    reasons: [...(r.reasons as RelatedReason[])].sort((a, b) => a.kind.localeCompare(b.kind) || (a.name ?? '').localeCompare(b.name ?? '')),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * How deep into its related list a cached page reads, in steps: a page is tagged with the first
 * depth at or past the last rank it read (`list:Related:12:6`), and the background refresh,
 * which knows the first rank it changed in each list, purges the depths at or past that rank.
 * A change at rank 40 therefore leaves the pages showing five related articles cached.
 */
export const RELATED_CACHE_DEPTHS = [DEFAULT_RELATED + 1, 11, 21, MAX_RELATED + 1];

/**
 * The list owner (src/cache-tags.ts) a page reading `read` rows of article `articleId`'s list
 * depends on, the last of them at `lastRank`. Fewer rows than asked for means the page showed the
 * whole list: any change to it matters.
 */
export function relatedListOwner(articleId: number, asked: number, read: number, lastRank: number): string {
  const depth = read < asked ? MAX_RELATED + 1 : (RELATED_CACHE_DEPTHS.find((d) => d >= lastRank) ?? MAX_RELATED + 1);
  return `Related:${articleId}:${depth}`;
}

/** The list owners a change of article `articleId`'s list from rank `firstRank` down makes stale. */
export const staleRelatedOwners = (articleId: number, firstRank: number): string[] =>
  RELATED_CACHE_DEPTHS.filter((d) => d >= firstRank).map((d) => `Related:${articleId}:${d}`);
