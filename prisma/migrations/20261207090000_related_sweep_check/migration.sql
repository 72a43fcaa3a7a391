-- The background sweep ranks again only the lists a change can have reached (issue 11). Before,
-- every list ranked before the latest change was ranked again, 500 a second at one publication a
-- second: the largest single cost of the read mix (bench/NOTES.md). Now each change records the
-- items it touched ("RelatedSource".items), and the sweep checks each list it passes against the
-- changes since the list was ranked (related_sweep_due): a list that shares no item with them is
-- only marked as ranked now; a publication that shares items with it reaches it only if it would
-- score at least the list's last row or one of the list's rows may have left a shared item's
-- newest 50. Any other change sharing an item ranks the list again, as before.
--
-- Item keys: 'T' || tag id, 'P' || person id (mentions), 'O' || organisation id, 'C' || category
-- id: the four things the ranking counts. '*' stands for every item (a change whose items are not
-- known, such as an import, or a row from before this migration).
-- A rename of a tag, person, organisation or category is a change of its own (no article: the
-- row's "articleId" is NULL), so that the reasons naming it are ranked again.

ALTER TABLE "RelatedSource" DROP CONSTRAINT "RelatedSource_pkey";
ALTER TABLE "RelatedSource" ADD COLUMN "id" SERIAL NOT NULL;
ALTER TABLE "RelatedSource" ADD CONSTRAINT "RelatedSource_pkey" PRIMARY KEY ("id");
ALTER TABLE "RelatedSource" ALTER COLUMN "articleId" DROP NOT NULL;
CREATE UNIQUE INDEX "RelatedSource_articleId_key" ON "RelatedSource"("articleId");
ALTER TABLE "RelatedSource" ADD COLUMN "items" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "RelatedSource" ADD COLUMN "added" BOOLEAN NOT NULL DEFAULT false;
UPDATE "RelatedSource" SET "items" = ARRAY['*'];

-- The items of an article that the ranking counts.
CREATE FUNCTION related_items(article_id int) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY(
    SELECT 'T' || "tagId" FROM "ArticleTag" WHERE "articleId" = article_id
    UNION ALL SELECT 'P' || "personId" FROM "ArticlePersonMention" WHERE "articleId" = article_id
    UNION ALL SELECT 'O' || "organizationId" FROM "ArticleOrganizationMention" WHERE "articleId" = article_id
    UNION ALL SELECT 'C' || "categoryId" FROM "Article" WHERE id = article_id)
$$;

-- What sharing an item is worth, and the reason kind it gives (RELATED_WEIGHTS in src/loaders/related.ts).
CREATE FUNCTION related_item_weight(k text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE left(k, 1) WHEN 'T' THEN 3 WHEN 'P' THEN 2 WHEN 'O' THEN 2 WHEN 'C' THEN 1 ELSE 0 END
$$;
CREATE FUNCTION related_item_kind(k text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE left(k, 1) WHEN 'T' THEN 'TAG' WHEN 'P' THEN 'PERSON' WHEN 'O' THEN 'ORGANIZATION' WHEN 'C' THEN 'CATEGORY' END
$$;

-- The last of an item's newest 50 visible articles in the ranking's order (its candidates); no row
-- when it has fewer. An article older than this is no candidate through the item.
CREATE FUNCTION related_window_end(k text) RETURNS TABLE(at timestamptz, id int) LANGUAGE plpgsql STABLE AS $$
DECLARE
  item int := substr(k, 2)::int;
BEGIN
  CASE left(k, 1)
  WHEN 'T' THEN RETURN QUERY SELECT x."publishedAt", x."articleId" FROM "ArticleTag" x
    WHERE x."tagId" = item AND x."publishedAt" <= now() ORDER BY x."publishedAt" DESC, x."articleId" DESC OFFSET 49 LIMIT 1;
  WHEN 'P' THEN RETURN QUERY SELECT x."publishedAt", x."articleId" FROM "ArticlePersonMention" x
    WHERE x."personId" = item AND x."publishedAt" <= now() ORDER BY x."publishedAt" DESC, x."articleId" DESC OFFSET 49 LIMIT 1;
  WHEN 'O' THEN RETURN QUERY SELECT x."publishedAt", x."articleId" FROM "ArticleOrganizationMention" x
    WHERE x."organizationId" = item AND x."publishedAt" <= now() ORDER BY x."publishedAt" DESC, x."articleId" DESC OFFSET 49 LIMIT 1;
  WHEN 'C' THEN RETURN QUERY SELECT a."publishedAt", a.id FROM "Article" a
    WHERE a."categoryId" = item AND a.status = 'PUBLISHED' AND a."publishedAt" <= now() ORDER BY a."publishedAt" DESC, a.id DESC OFFSET 49 LIMIT 1;
  ELSE NULL;
  END CASE;
END $$;

-- Of the lists of `ids` (each ranked at its rank-1 row's "computedAt"), those that the changes
-- since then may have changed. A change reaches a list only through an item they share: the
-- ranking of article s reads, for each item of s, that item's newest 50 visible articles, and
-- nothing else but s's own row and picks (s's own writes rank s's list at once; lists holding or
-- picking a changed article are queued by related_fan_out). A publication ("added": the article
-- became visible, no item left it) can only enter the list, scoring the items it shares, ahead of
-- the last row on a tie since it is the newer, and push each shared item's oldest candidate out of
-- that item's 50: so the list is due only if the list has room, or the publication scores at least
-- its last non-pick row, or a row that some item of that kind counted is now past a shared item's
-- newest 50. Conservative: a list that may have changed is always due; one that is not cannot have.
-- Changes not yet expanded count for every list, whenever it was ranked.
-- JIT is off inside it whatever the connection says: its estimated cost (millions, for plans
-- that read a few thousand rows) passes jit_above_cost, and compiling took 0.4 s a call.
CREATE FUNCTION related_sweep_due(ids int[]) RETURNS SETOF int LANGUAGE sql STABLE SET jit = off AS $$
  WITH l AS MATERIALIZED (
    SELECT r."articleId" AS id, r."computedAt" AS at, related_items(r."articleId") AS items
    FROM "RelatedArticle" r WHERE r."articleId" = ANY(ids) AND r.rank = 1
  ), s AS MATERIALIZED (
    SELECT src.id AS sid, src.items, src.added AND NOT ('*' = ANY(src.items)) AS added, src.expanded, src."dueAt" AS at
    FROM "RelatedSource" src
    WHERE CASE WHEN src.expanded THEN src."dueAt" > (SELECT min(at) FROM l) ELSE src."dueAt" <= now() END
  ), hit AS MATERIALIZED (
    SELECT l.id, s.sid, s.added, s.items, l.items AS own
    FROM l JOIN s ON (NOT s.expanded OR s.at > l.at) AND (s.items && l.items OR '*' = ANY(s.items))
  ), shared AS MATERIALIZED (
    SELECT h.id, h.sid, k FROM hit h CROSS JOIN LATERAL unnest(h.items) k WHERE h.added AND k = ANY(h.own)
  ), bound AS MATERIALIZED (
    SELECT d.k, w.at, w.id FROM (SELECT DISTINCT k FROM shared) d CROSS JOIN LATERAL related_window_end(d.k) w
  )
  SELECT id FROM hit WHERE NOT added
  UNION
  -- Each list read by its primary key (LATERAL ... LIMIT keeps these per list: as joins, the
  -- planner would rather hash the whole table).
  SELECT p.id FROM (SELECT id, max(score) AS score FROM (SELECT id, sid, sum(related_item_weight(k)) AS score FROM shared GROUP BY id, sid) w GROUP BY id) p
  CROSS JOIN LATERAL (
    SELECT CASE WHEN count(*) < 51 THEN 0
                ELSE coalesce(min(r.score) FILTER (WHERE NOT r.reasons @> '[{"kind": "EDITOR_PICK"}]'), 0) END AS last
    FROM "RelatedArticle" r WHERE r."articleId" = p.id) t
  WHERE p.score >= t.last
  UNION
  SELECT x.id FROM (SELECT DISTINCT id, k FROM shared) x JOIN bound b ON b.k = x.k
  CROSS JOIN LATERAL (
    SELECT 1 FROM "RelatedArticle" r JOIN "Article" a ON a.id = r."relatedArticleId"
    WHERE r."articleId" = x.id AND r.reasons @> jsonb_build_array(jsonb_build_object('kind', related_item_kind(x.k)))
      AND (a."publishedAt", a.id) < (b.at, b.id)
    LIMIT 1) gone
$$;

-- A write records the items it touched: those the article had before (`before_items`, '*' when
-- not known) and has now, and whether it only became visible (`added`).
DROP FUNCTION related_upkeep(int, boolean);
CREATE FUNCTION related_upkeep(article_id int, fan_out boolean, before_items text[] DEFAULT ARRAY['*'], added boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql AS $$
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
    INSERT INTO "RelatedSource" ("articleId", "dueAt", items, added)
    VALUES (article_id, greatest(now(), CASE WHEN a.status = 'PUBLISHED' THEN a."publishedAt" END),
            ARRAY(SELECT DISTINCT unnest(coalesce(before_items, ARRAY['*']) || related_items(article_id)) ORDER BY 1),
            coalesce(added, false))
    ON CONFLICT ("articleId") DO UPDATE SET "dueAt" = EXCLUDED."dueAt", expanded = false,
      items = ARRAY(SELECT DISTINCT unnest("RelatedSource".items || EXCLUDED.items) ORDER BY 1),
      added = "RelatedSource".added AND EXCLUDED.added;
  END IF;
END $$;
