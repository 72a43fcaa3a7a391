-- The background refresh tells the response cache which related lists it changed (issue 11):
-- related_rerank_changes(ids) ranks the lists of `ids` again, exactly as related_rerank did, and
-- returns each list whose rows changed with the first rank that changed, so that the refresh can
-- purge only the cached pages that show that far down the list (src/related/refresh.ts).
-- related_rerank(ids) stays, for the writes' own lists, and now counts the lists that changed.

CREATE FUNCTION related_rerank_changes(ids int[]) RETURNS TABLE(list_id int, first_rank int) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1919249741, i) FROM (SELECT DISTINCT unnest(ids) AS i ORDER BY 1) s;
  -- Every part of one statement reads the rows as they were before it: "before" is the old list.
  RETURN QUERY
  WITH fresh AS (
    SELECT r."articleId", r.rank, r."relatedArticleId", r.score, r.reasons
    FROM "RelatedRanking" r JOIN "Article" a ON a.id = r."articleId"
    WHERE r."articleId" = ANY(ids) AND a.status = 'PUBLISHED'
  ), before AS (
    SELECT o."articleId", o.rank, o."relatedArticleId", o.score, o.reasons FROM "RelatedArticle" o WHERE o."articleId" = ANY(ids)
  ), gone AS (
    DELETE FROM "RelatedArticle" o WHERE o."articleId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."articleId" = o."articleId" AND f.rank = o.rank)
    RETURNING o."articleId", o.rank
  ), changed AS (
    SELECT f."articleId", f.rank FROM fresh f LEFT JOIN before o ON o."articleId" = f."articleId" AND o.rank = f.rank
    WHERE o."articleId" IS NULL OR (o."relatedArticleId", o.score, o.reasons) IS DISTINCT FROM (f."relatedArticleId", f.score, f.reasons)
    UNION ALL
    SELECT g."articleId", g.rank FROM gone g
  ), written AS (
    -- Only rows that changed are written, and rank 1, whose "computedAt" says when the list was ranked.
    INSERT INTO "RelatedArticle" AS o ("articleId", "rank", "relatedArticleId", "score", "reasons", "computedAt")
    SELECT f."articleId", f.rank, f."relatedArticleId", f.score, f.reasons, now() FROM fresh f
    ON CONFLICT ("articleId", "rank") DO UPDATE
      SET "relatedArticleId" = EXCLUDED."relatedArticleId", score = EXCLUDED.score, reasons = EXCLUDED.reasons,
          "computedAt" = EXCLUDED."computedAt"
      WHERE o.rank = 1 OR (o."relatedArticleId", o.score, o.reasons) IS DISTINCT FROM (EXCLUDED."relatedArticleId", EXCLUDED.score, EXCLUDED.reasons)
  )
  SELECT c."articleId", min(c.rank)::int FROM changed c GROUP BY c."articleId";
END $$;

CREATE OR REPLACE FUNCTION related_rerank(ids int[]) RETURNS integer LANGUAGE sql AS $$
  SELECT count(*)::int FROM related_rerank_changes(ids)
$$;
