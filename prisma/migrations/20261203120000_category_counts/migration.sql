-- A category's total from a counter, as the join-table lists' totals are (migration
-- list_counts): "ArticleListCount" rows of list 'category' hold each category's PUBLISHED
-- articles (with a publish time), kept by a trigger on "Article"; a category page's total is the counters of the
-- category (and its subcategories) minus their articles whose publish time is still ahead, an
-- index range scan at the top of ("categoryId", status, "publishedAt"). Counting the busiest
-- synthetic category's 23,500 visible articles row by row cost 1-3 ms of PostgreSQL time per
-- category page, more than the rest of the page.

CREATE FUNCTION "count_category_article"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE counted_before BOOLEAN := false; counted_after BOOLEAN := false;
BEGIN
  -- Counted as the join rows' "publishedAt" copies are: PUBLISHED with a publish time.
  IF TG_OP <> 'INSERT' THEN counted_before := OLD.status = 'PUBLISHED' AND OLD."publishedAt" IS NOT NULL; END IF;
  IF TG_OP <> 'DELETE' THEN counted_after := NEW.status = 'PUBLISHED' AND NEW."publishedAt" IS NOT NULL; END IF;
  IF TG_OP = 'UPDATE' AND counted_before = counted_after AND OLD."categoryId" = NEW."categoryId" THEN
    RETURN NULL;
  END IF;
  IF counted_before THEN PERFORM "bump_list_count"('category', OLD."categoryId", -1); END IF;
  IF counted_after THEN PERFORM "bump_list_count"('category', NEW."categoryId", 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_count" AFTER INSERT OR DELETE OR UPDATE OF "categoryId", status, "publishedAt" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "count_category_article"();

-- The rebuild (bulk loads, tests) now makes the category counters too.
CREATE OR REPLACE FUNCTION "rebuild_article_lists"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Rebuilt whole below: counting each byline row as it is written would only be thrown away.
  ALTER TABLE "ArticleByline" DISABLE TRIGGER "ArticleByline_count";
  DELETE FROM "ArticleByline";
  INSERT INTO "ArticleByline" ("articleId", "personId", "publishedAt")
    SELECT "articleId", "personId", max("publishedAt") FROM "ArticleCredit" GROUP BY 1, 2;
  ALTER TABLE "ArticleByline" ENABLE TRIGGER "ArticleByline_count";
  DELETE FROM "ArticleListCount";
  INSERT INTO "ArticleListCount" ("list", "parentId", "published")
    SELECT 'credit', "personId", count(*) FROM "ArticleByline" WHERE "publishedAt" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'credit:' || role::text, "personId", count(*) FROM "ArticleCredit" WHERE "publishedAt" IS NOT NULL GROUP BY 1, 2
    UNION ALL SELECT 'mention', "personId", count(*) FROM "ArticlePersonMention" WHERE "publishedAt" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'organization', "organizationId", count(*) FROM "ArticleOrganizationMention" WHERE "publishedAt" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'place', "placeId", count(*) FROM "ArticlePlaceMention" WHERE "publishedAt" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'tag', "tagId", count(*) FROM "ArticleTag" WHERE "publishedAt" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'category', "categoryId", count(*) FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL GROUP BY 2;
END $$;

INSERT INTO "ArticleListCount" ("list", "parentId", "published")
  SELECT 'category', "categoryId", count(*) FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL GROUP BY 2
  ON CONFLICT ("list", "parentId") DO UPDATE SET "published" = EXCLUDED."published";
