-- Prefix and typo-tolerant suggestions: trigram indexes (pg_trgm ships with PostgreSQL's
-- contrib, in the embedded server too) over the names a reader types. The extension lives in
-- schema public, whatever schema the gateway's tables are in, so several schemas of one
-- database share it; queries name its operators schema-qualified.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" public.gin_trgm_ops);
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" public.gin_trgm_ops);
CREATE INDEX "Organization_name_trgm_idx" ON "Organization" USING GIN ("name" public.gin_trgm_ops);
CREATE INDEX "Place_name_trgm_idx" ON "Place" USING GIN ("name" public.gin_trgm_ops);
CREATE INDEX "Tag_name_trgm_idx" ON "Tag" USING GIN ("name" public.gin_trgm_ops);
