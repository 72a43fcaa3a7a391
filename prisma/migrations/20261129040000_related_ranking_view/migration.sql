-- "Related articles" as a view, so Prisma can read an article's ranking as a relation in the
-- same statement as the article (relationJoins). Filtered by "articleId", PostgreSQL ranks for
-- that article only: the filter reaches the scan of s, and the LATERAL ranking runs per row of s.
--
-- Editor picks first, in their order; then other visible articles ranked by what they share:
-- 3 points per shared tag, 2 per mentioned person, 2 per mentioned organisation, 1 for the same
-- category, newest first on ties. The candidates of each shared item are its newest 50 visible
-- articles (read from the join tables' sort-key indexes); the best 51 are kept, one more than the
-- most a client may ask for. The weights and limits are RELATED_WEIGHTS,
-- RELATED_CANDIDATES_PER_LINK and MAX_RELATED in src/loaders/related.ts.
CREATE VIEW "RelatedRanking" AS
SELECT s.id AS "articleId", r.id AS "relatedArticleId", r.rank::int AS rank, r.score, r.reasons
FROM "Article" s
CROSS JOIN LATERAL (
  SELECT q.id, q.score, q.reasons,
         row_number() OVER (ORDER BY q.pick ASC NULLS LAST, q.score DESC, q.sort DESC, q.id DESC) AS rank
  FROM (
    SELECT c.id, min(c.pick) AS pick, sum(c.w)::int AS score, max(c.sort) AS sort,
           jsonb_agg(DISTINCT jsonb_build_object('kind', c.kind, 'name', c.name)) AS reasons
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
