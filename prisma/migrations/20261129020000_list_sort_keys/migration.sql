-- Lists of a tag's, a person's, an organisation's and a place's articles are read newest first.
-- Reading them through the join table and sorting every match does not scale (a popular tag
-- holds tens of thousands of articles), so each join row carries a copy of its article's
-- publishedAt while the article is PUBLISHED (NULL otherwise), indexed with the parent id:
-- the newest N visible articles of any parent are then an index range scan.
-- Triggers keep the copy exact: on insert of a join row, and when an article's status or
-- publishedAt changes. Writers never set it themselves (a bulk loader may, with the same value).

-- AlterTable
ALTER TABLE "ArticleCredit" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticlePersonMention" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticleOrganizationMention" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticlePlaceMention" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);
ALTER TABLE "ArticleTag" ADD COLUMN "publishedAt" TIMESTAMPTZ(3);

CREATE FUNCTION "article_visible_since"(status "ArticleStatus", published_at TIMESTAMPTZ)
RETURNS TIMESTAMPTZ LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE WHEN status = 'PUBLISHED' THEN published_at END $$;

CREATE FUNCTION "join_row_fill_published_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "article_visible_since"(a.status, a."publishedAt") INTO NEW."publishedAt"
  FROM "Article" a WHERE a.id = NEW."articleId";
  RETURN NEW;
END $$;

CREATE FUNCTION "article_sync_published_at"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE v TIMESTAMPTZ := "article_visible_since"(NEW.status, NEW."publishedAt");
BEGIN
  UPDATE "ArticleCredit" SET "publishedAt" = v WHERE "articleId" = NEW.id AND "publishedAt" IS DISTINCT FROM v;
  UPDATE "ArticlePersonMention" SET "publishedAt" = v WHERE "articleId" = NEW.id AND "publishedAt" IS DISTINCT FROM v;
  UPDATE "ArticleOrganizationMention" SET "publishedAt" = v WHERE "articleId" = NEW.id AND "publishedAt" IS DISTINCT FROM v;
  UPDATE "ArticlePlaceMention" SET "publishedAt" = v WHERE "articleId" = NEW.id AND "publishedAt" IS DISTINCT FROM v;
  UPDATE "ArticleTag" SET "publishedAt" = v WHERE "articleId" = NEW.id AND "publishedAt" IS DISTINCT FROM v;
  RETURN NULL;
END $$;

CREATE TRIGGER "ArticleCredit_fill_published_at" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleCredit"
  FOR EACH ROW EXECUTE FUNCTION "join_row_fill_published_at"();
CREATE TRIGGER "ArticlePersonMention_fill_published_at" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticlePersonMention"
  FOR EACH ROW EXECUTE FUNCTION "join_row_fill_published_at"();
CREATE TRIGGER "ArticleOrganizationMention_fill_published_at" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleOrganizationMention"
  FOR EACH ROW EXECUTE FUNCTION "join_row_fill_published_at"();
CREATE TRIGGER "ArticlePlaceMention_fill_published_at" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticlePlaceMention"
  FOR EACH ROW EXECUTE FUNCTION "join_row_fill_published_at"();
CREATE TRIGGER "ArticleTag_fill_published_at" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION "join_row_fill_published_at"();
CREATE TRIGGER "Article_sync_published_at" AFTER UPDATE OF status, "publishedAt" ON "Article"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION "article_sync_published_at"();

-- Backfill rows written before this migration.
UPDATE "ArticleCredit" x SET "publishedAt" = "article_visible_since"(a.status, a."publishedAt") FROM "Article" a WHERE a.id = x."articleId";
UPDATE "ArticlePersonMention" x SET "publishedAt" = "article_visible_since"(a.status, a."publishedAt") FROM "Article" a WHERE a.id = x."articleId";
UPDATE "ArticleOrganizationMention" x SET "publishedAt" = "article_visible_since"(a.status, a."publishedAt") FROM "Article" a WHERE a.id = x."articleId";
UPDATE "ArticlePlaceMention" x SET "publishedAt" = "article_visible_since"(a.status, a."publishedAt") FROM "Article" a WHERE a.id = x."articleId";
UPDATE "ArticleTag" x SET "publishedAt" = "article_visible_since"(a.status, a."publishedAt") FROM "Article" a WHERE a.id = x."articleId";

-- DropIndex
DROP INDEX "ArticleCredit_personId_role_articleId_idx";
DROP INDEX "ArticlePersonMention_personId_articleId_idx";
DROP INDEX "ArticleOrganizationMention_organizationId_articleId_idx";
DROP INDEX "ArticlePlaceMention_placeId_articleId_idx";
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- CreateIndex
CREATE INDEX "ArticleCredit_personId_publishedAt_articleId_idx" ON "ArticleCredit"("personId", "publishedAt" DESC, "articleId" DESC);
CREATE INDEX "ArticlePersonMention_personId_publishedAt_articleId_idx" ON "ArticlePersonMention"("personId", "publishedAt" DESC, "articleId" DESC);
CREATE INDEX "ArticleOrganizationMention_organizationId_publishedAt_artic_idx" ON "ArticleOrganizationMention"("organizationId", "publishedAt" DESC, "articleId" DESC);
CREATE INDEX "ArticlePlaceMention_placeId_publishedAt_articleId_idx" ON "ArticlePlaceMention"("placeId", "publishedAt" DESC, "articleId" DESC);
CREATE INDEX "ArticleTag_tagId_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "publishedAt" DESC, "articleId" DESC);
