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

-- The ranking, as migration related_ranking_view defines it, made cheaper to compute for many
-- articles at once: the reasons (a jsonb per shared item) are built for the best 51 candidates
-- only, not for all of them (up to a few hundred per article). Same rows: the reasons are the
-- same set, aggregated the same way. Ranking 500 lists at 200,000 articles: about 1.0 -> 0.5 s.
CREATE OR REPLACE VIEW "RelatedRanking" AS
SELECT s.id AS "articleId", r.id AS "relatedArticleId", r.rank::int AS rank, r.score, r.reasons
FROM "Article" s
CROSS JOIN LATERAL (
  SELECT q.id, q.score,
         (SELECT jsonb_agg(DISTINCT jsonb_build_object('kind', u.kind, 'name', u.name)) FROM unnest(q.kinds, q.names) AS u(kind, name)) AS reasons,
         row_number() OVER (ORDER BY q.pick ASC NULLS LAST, q.score DESC, q.sort DESC, q.id DESC) AS rank
  FROM (
    SELECT c.id, min(c.pick) AS pick, sum(c.w)::int AS score, max(c.sort) AS sort,
           array_agg(c.kind) AS kinds, array_agg(c.name) AS names
    FROM (
      SELECT l."relatedArticleId" AS id, l.position AS pick, 0 AS w, 'EDITOR_PICK' AS kind, NULL::text AS name, a."publishedAt" AS sort
      FROM "RelatedLink" l JOIN "Article" a ON a.id = l."relatedArticleId"
      WHERE l."articleId" = s.id AND a.id <> s.id AND a.status = 'PUBLISHED' AND a."publishedAt" <= now()
      UNION ALL
      SELECT y.id, NULL, 3, 'TAG', e.name, y.sort
      FROM "ArticleTag" j JOIN "Tag" e ON e.id = j."tagId"
      CROSS JOIN LATERAL (SELECT x."articleId" AS id, x."publishedAt" AS sort FROM "ArticleTag" x
        WHERE x."tagId" = j."tagId" AND x."publishedAt" <= now() AND x."articleId" <> s.id
        ORDER BY x."publishedAt" DESC, x."articleId" DESC LIMIT 50) y
      WHERE j."articleId" = s.id
      UNION ALL
      SELECT y.id, NULL, 2, 'PERSON', e.name, y.sort
      FROM "ArticlePersonMention" j JOIN "Person" e ON e.id = j."personId"
      CROSS JOIN LATERAL (SELECT x."articleId" AS id, x."publishedAt" AS sort FROM "ArticlePersonMention" x
        WHERE x."personId" = j."personId" AND x."publishedAt" <= now() AND x."articleId" <> s.id
        ORDER BY x."publishedAt" DESC, x."articleId" DESC LIMIT 50) y
      WHERE j."articleId" = s.id
      UNION ALL
      SELECT y.id, NULL, 2, 'ORGANIZATION', e.name, y.sort
      FROM "ArticleOrganizationMention" j JOIN "Organization" e ON e.id = j."organizationId"
      CROSS JOIN LATERAL (SELECT x."articleId" AS id, x."publishedAt" AS sort FROM "ArticleOrganizationMention" x
        WHERE x."organizationId" = j."organizationId" AND x."publishedAt" <= now() AND x."articleId" <> s.id
        ORDER BY x."publishedAt" DESC, x."articleId" DESC LIMIT 50) y
      WHERE j."articleId" = s.id
      UNION ALL
      SELECT y.id, NULL, 1, 'CATEGORY', cat.name, y.sort
      FROM "Category" cat
      CROSS JOIN LATERAL (SELECT a.id, a."publishedAt" AS sort FROM "Article" a
        WHERE a."categoryId" = cat.id AND a.status = 'PUBLISHED' AND a."publishedAt" <= now() AND a.id <> s.id
        ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 50) y
      WHERE cat.id = s."categoryId"
    ) c
    GROUP BY c.id
    ORDER BY min(c.pick) ASC NULLS LAST, sum(c.w) DESC, max(c.sort) DESC, c.id DESC
    LIMIT 51
  ) q
) r;

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
-- worker ranking one list at once never collide on its primary key. Only rows that changed are
-- written (and rank 1, whose "computedAt" says when the list was ranked): writing every row of
-- a batch cost more than ranking it.
CREATE FUNCTION related_rerank(ids int[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  PERFORM pg_advisory_xact_lock(1919249741, i) FROM (SELECT DISTINCT unnest(ids) AS i ORDER BY 1) s;
  WITH fresh AS (
    SELECT r."articleId", r.rank, r."relatedArticleId", r.score, r.reasons
    FROM "RelatedRanking" r JOIN "Article" a ON a.id = r."articleId"
    WHERE r."articleId" = ANY(ids) AND a.status = 'PUBLISHED'
  ), gone AS (
    DELETE FROM "RelatedArticle" o WHERE o."articleId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."articleId" = o."articleId" AND f.rank = o.rank)
  )
  INSERT INTO "RelatedArticle" AS o ("articleId", "rank", "relatedArticleId", "score", "reasons", "computedAt")
  SELECT f."articleId", f.rank, f."relatedArticleId", f.score, f.reasons, now() FROM fresh f
  ON CONFLICT ("articleId", "rank") DO UPDATE
    SET "relatedArticleId" = EXCLUDED."relatedArticleId", score = EXCLUDED.score, reasons = EXCLUDED.reasons,
        "computedAt" = EXCLUDED."computedAt"
    WHERE o.rank = 1 OR (o."relatedArticleId", o.score, o.reasons) IS DISTINCT FROM (EXCLUDED."relatedArticleId", EXCLUDED.score, EXCLUDED.reasons);
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
-- one of them now (its score or its place may change), those naming one as an editor pick, and
-- the published articles of its small tags, people, organisations and category (at most 52
-- published articles): the sweep passes over empty lists, and a list is empty only when every
-- item it has shares no other published article. Queued at `queued_at`; returns how many.
CREATE FUNCTION related_fan_out(ids int[], queued_at timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  INSERT INTO "RelatedRefresh" ("articleId", "queuedAt")
  SELECT t.target, queued_at FROM (
    SELECT "articleId" AS target FROM "RelatedArticle" WHERE "relatedArticleId" = ANY(ids)
    UNION
    SELECT "articleId" FROM "RelatedLink" WHERE "relatedArticleId" = ANY(ids)
    UNION
    SELECT y.id FROM "ArticleTag" j
    CROSS JOIN LATERAL (SELECT x."articleId" AS id FROM "ArticleTag" x
      WHERE x."tagId" = j."tagId" AND x."publishedAt" IS NOT NULL LIMIT 53) y
    WHERE j."articleId" = ANY(ids)
      AND (SELECT count(*) FROM (SELECT 1 FROM "ArticleTag" x WHERE x."tagId" = j."tagId" AND x."publishedAt" IS NOT NULL LIMIT 53) c) <= 52
    UNION
    SELECT y.id FROM "ArticlePersonMention" j
    CROSS JOIN LATERAL (SELECT x."articleId" AS id FROM "ArticlePersonMention" x
      WHERE x."personId" = j."personId" AND x."publishedAt" IS NOT NULL LIMIT 53) y
    WHERE j."articleId" = ANY(ids)
      AND (SELECT count(*) FROM (SELECT 1 FROM "ArticlePersonMention" x WHERE x."personId" = j."personId" AND x."publishedAt" IS NOT NULL LIMIT 53) c) <= 52
    UNION
    SELECT y.id FROM "ArticleOrganizationMention" j
    CROSS JOIN LATERAL (SELECT x."articleId" AS id FROM "ArticleOrganizationMention" x
      WHERE x."organizationId" = j."organizationId" AND x."publishedAt" IS NOT NULL LIMIT 53) y
    WHERE j."articleId" = ANY(ids)
      AND (SELECT count(*) FROM (SELECT 1 FROM "ArticleOrganizationMention" x
        WHERE x."organizationId" = j."organizationId" AND x."publishedAt" IS NOT NULL LIMIT 53) c) <= 52
    UNION
    SELECT y.id FROM "Article" s
    CROSS JOIN LATERAL (SELECT x.id FROM "Article" x WHERE x."categoryId" = s."categoryId" AND x.status = 'PUBLISHED' LIMIT 53) y
    WHERE s.id = ANY(ids)
      AND (SELECT count(*) FROM (SELECT 1 FROM "Article" x WHERE x."categoryId" = s."categoryId" AND x.status = 'PUBLISHED' LIMIT 53) c) <= 52
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
