-- Related articles ranked at write time (issue 11): each published article's best 51 (one more
-- than `related(first:)` allows) are kept in "RelatedArticle", read by the article page through
-- its primary key instead of ranking inside the page's statement. The ranking itself stays the
-- view "RelatedRanking" (migration related_ranking_view), its one definition: every function
-- below copies rows out of it.
--
-- Upkeep (src/related/upkeep.ts, src/related/refresh.ts):
-- * related_upkeep(article_id, fan_out), in the transaction of every article write: ranks the article's
--   own list; if it is not published, removes it from every other list and queues those lists
--   for a refill; with fan_out, queues the article as a source for the background refresh.
-- * the background worker expands each due source into the lists it could enter or leave
--   ("RelatedRefresh", first queued first served) and re-ranks them in bounded batches with
--   related_rerank(ids), claimed with FOR UPDATE SKIP LOCKED, so any number of instances may run it.
-- * related_rebuild() ranks every published article, set-based (seeds, tests).

CREATE TABLE "RelatedArticle" (
  "articleId" INTEGER NOT NULL,
  "rank" INTEGER NOT NULL,
  "relatedArticleId" INTEGER NOT NULL,
  "score" INTEGER NOT NULL,
  "reasons" JSONB NOT NULL,
  "computedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RelatedArticle_pkey" PRIMARY KEY ("articleId", "rank")
);
CREATE INDEX "RelatedArticle_relatedArticleId_idx" ON "RelatedArticle"("relatedArticleId");
-- The sweep's order: lists by when they were ranked (one row per list, its first).
CREATE INDEX "RelatedArticle_sweep_idx" ON "RelatedArticle"("computedAt", "articleId") WHERE rank = 1;
ALTER TABLE "RelatedArticle" ADD CONSTRAINT "RelatedArticle_articleId_fkey"
  FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelatedArticle" ADD CONSTRAINT "RelatedArticle_relatedArticleId_fkey"
  FOREIGN KEY ("relatedArticleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Articles whose change may enter or leave other lists, from "dueAt" on (a future publication
-- time waits until it has come). Once expanded, "dueAt" is the time of the expansion: every list
-- ranked before it is swept again; the row goes when none is left.
CREATE TABLE "RelatedSource" (
  "articleId" INTEGER NOT NULL,
  "dueAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expanded" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "RelatedSource_pkey" PRIMARY KEY ("articleId")
);
CREATE INDEX "RelatedSource_dueAt_idx" ON "RelatedSource"("dueAt");
ALTER TABLE "RelatedSource" ADD CONSTRAINT "RelatedSource_articleId_fkey"
  FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Lists to rank again, oldest request first.
CREATE TABLE "RelatedRefresh" (
  "articleId" INTEGER NOT NULL,
  "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "RelatedRefresh_pkey" PRIMARY KEY ("articleId")
);
CREATE INDEX "RelatedRefresh_queuedAt_articleId_idx" ON "RelatedRefresh"("queuedAt", "articleId");
ALTER TABLE "RelatedRefresh" ADD CONSTRAINT "RelatedRefresh_articleId_fkey"
  FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ranks the lists of `ids` again: published articles get the view's ranking, others none. Each
-- list is locked (an advisory lock per article, taken in id order) so that a write and the
-- worker ranking one list at once never collide on its primary key.
CREATE FUNCTION related_rerank(ids int[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  PERFORM pg_advisory_xact_lock(1919249741, i) FROM (SELECT DISTINCT unnest(ids) AS i ORDER BY 1) s;
  DELETE FROM "RelatedArticle" WHERE "articleId" = ANY(ids);
  INSERT INTO "RelatedArticle" ("articleId", "rank", "relatedArticleId", "score", "reasons", "computedAt")
  SELECT r."articleId", r.rank, r."relatedArticleId", r.score, r.reasons, now()
  FROM "RelatedRanking" r JOIN "Article" a ON a.id = r."articleId"
  WHERE r."articleId" = ANY(ids) AND a.status = 'PUBLISHED';
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- In the transaction of a write of article `article_id`: its own list now, the others it affects queued.
CREATE FUNCTION related_upkeep(article_id int, fan_out boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  a record;
BEGIN
  PERFORM related_rerank(ARRAY[article_id]);
  SELECT status, "publishedAt" INTO a FROM "Article" WHERE "Article".id = article_id;
  IF a.status IS DISTINCT FROM 'PUBLISHED' THEN
    -- Hidden at once by the read's visibility rule; the lists it leaves are refilled soon.
    WITH gone AS (DELETE FROM "RelatedArticle" WHERE "relatedArticleId" = article_id RETURNING "articleId")
    INSERT INTO "RelatedRefresh" ("articleId") SELECT DISTINCT "articleId" FROM gone ON CONFLICT DO NOTHING;
  END IF;
  IF fan_out THEN
    INSERT INTO "RelatedSource" ("articleId", "dueAt")
    VALUES (article_id, greatest(now(), CASE WHEN a.status = 'PUBLISHED' THEN a."publishedAt" END))
    ON CONFLICT ("articleId") DO UPDATE SET "dueAt" = EXCLUDED."dueAt", expanded = false;
  END IF;
END $$;

-- The lists a change of the `ids` must reach soon, beyond those the sweep renews: those holding
-- one of them now (its score or its place may change) and those naming one as an editor pick.
-- Queued at `queued_at`; returns how many were queued.
CREATE FUNCTION related_fan_out(ids int[], queued_at timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO "RelatedRefresh" ("articleId", "queuedAt")
  SELECT t.target, queued_at FROM (
    SELECT "articleId" AS target FROM "RelatedArticle" WHERE "relatedArticleId" = ANY(ids)
    UNION
    SELECT "articleId" FROM "RelatedLink" WHERE "relatedArticleId" = ANY(ids)
  ) t
  JOIN "Article" a ON a.id = t.target AND a.status = 'PUBLISHED'
  ON CONFLICT ("articleId") DO NOTHING;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

-- Every published article's list, set-based. `parts` and `part` split the work by id (id % parts
-- = part) so that several connections can share it.
CREATE FUNCTION related_rebuild(parts int DEFAULT 1, part int DEFAULT 0) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  DELETE FROM "RelatedArticle" WHERE "articleId" % parts = part;
  INSERT INTO "RelatedArticle" ("articleId", "rank", "relatedArticleId", "score", "reasons", "computedAt")
  SELECT r."articleId", r.rank, r."relatedArticleId", r.score, r.reasons, now()
  FROM "Article" a JOIN "RelatedRanking" r ON r."articleId" = a.id
  WHERE a.status = 'PUBLISHED' AND a.id % parts = part;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;

SELECT related_rebuild();
