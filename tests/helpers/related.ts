import type pg from 'pg';

// The related lists kept in "RelatedArticle" against the ranking they copy (the RelatedRanking
// view, computed now): rows one has and the other lacks, for published articles (or `ids` only).
export const RELATED_DIFF = `
  WITH kept AS (SELECT "articleId", rank, "relatedArticleId", score, reasons FROM "RelatedArticle"
                WHERE $1::int[] IS NULL OR "articleId" = ANY($1::int[])),
       ranked AS (SELECT r."articleId", r.rank, r."relatedArticleId", r.score, r.reasons
                  FROM "RelatedRanking" r JOIN "Article" a ON a.id = r."articleId"
                  WHERE a.status = 'PUBLISHED' AND ($1::int[] IS NULL OR a.id = ANY($1::int[])))
  SELECT 'table only' AS side, * FROM (SELECT * FROM kept EXCEPT SELECT * FROM ranked) x
  UNION ALL
  SELECT 'view only', * FROM (SELECT * FROM ranked EXCEPT SELECT * FROM kept) y
  ORDER BY 2, 3, 1`;

export async function relatedDiff(db: Pick<pg.Pool, 'query'>, ids: number[] | null = null): Promise<unknown[]> {
  return (await db.query(RELATED_DIFF, [ids])).rows;
}
