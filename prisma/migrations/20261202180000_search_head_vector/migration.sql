-- Search ranks a bounded set of candidates (src/search/search.ts): the best title and summary
-- matches come from a small vector of the title (weight A) and the second headline and summary
-- (B), the same first two parts as "searchVector", so a match in it is a match in the full vector.
-- It is small enough to stay in the row (the full vector is TOASTed, several kB an article), so
-- ranking and phrase checks on it read no TOAST. Prisma cannot declare a generated column;
-- schema.prisma marks it Unsupported("tsvector").
ALTER TABLE "Article" ADD COLUMN IF NOT EXISTS "headVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("alternativeTitle", '') || ' ' || coalesce("summary", '')), 'B')
) STORED;

-- CreateIndex
CREATE INDEX IF NOT EXISTS "Article_headVector_idx" ON "Article" USING GIN ("headVector");
