-- A category's and a publication's newest visible articles: with status in the index it is an
-- index condition, not a filter that skips every draft and archived article on the way, and
-- counting a category's visible articles becomes an index-only scan.

-- DropIndex
DROP INDEX "Article_categoryId_publishedAt_id_idx";
DROP INDEX "Article_publicationId_publishedAt_id_idx";

-- CreateIndex
CREATE INDEX "Article_categoryId_status_publishedAt_id_idx" ON "Article"("categoryId", "status", "publishedAt" DESC, "id" DESC);
CREATE INDEX "Article_publicationId_status_publishedAt_id_idx" ON "Article"("publicationId", "status", "publishedAt" DESC, "id" DESC);
