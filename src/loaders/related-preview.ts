import DataLoader from 'dataloader';
import { memoized, type Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { RELATED_CANDIDATES_PER_LINK as PER_LINK, RELATED_WEIGHTS as W, type RelatedReason } from './related.ts';

// "Related articles" for a preview viewer: the same ranking as the RelatedRanking view, over
// every article (drafts, scheduled, archived too). The view reads the join rows' publishedAt,
// which the triggers keep for published articles only, so this ranks from Article itself:
// slower, and only preview viewers pay for it. One statement for every article of the field.

const { sql, raw, join } = Prisma;

const sortOf = (alias: string) => raw(`coalesce(${alias}."publishedAt", ${alias}."updatedAt")`);

/** Candidates through a join table: the newest articles sharing one of the article's links. */
const linked = (table: string, column: string, entity: string, kind: string, weight: number) => sql`
  SELECT y.id, NULL::int AS pick, ${weight}::int AS w, ${kind} AS kind, e.name, y.sort
  FROM ${raw(`"${table}"`)} j JOIN ${raw(`"${entity}"`)} e ON e.id = j.${raw(`"${column}"`)}
  CROSS JOIN LATERAL (SELECT a.id, ${sortOf('a')} AS sort FROM ${raw(`"${table}"`)} x JOIN "Article" a ON a.id = x."articleId"
    WHERE x.${raw(`"${column}"`)} = j.${raw(`"${column}"`)} AND a.id <> p.id
    ORDER BY 2 DESC, 1 DESC LIMIT ${PER_LINK}) y
  WHERE j."articleId" = p.id`;

function rankingSql(ids: readonly number[], limit: number): Prisma.Sql {
  const candidates = join(
    [
      sql`SELECT a.id, l.position AS pick, 0 AS w, 'EDITOR_PICK' AS kind, NULL::text AS name, ${sortOf('a')} AS sort
        FROM "RelatedLink" l JOIN "Article" a ON a.id = l."relatedArticleId" WHERE l."articleId" = p.id AND a.id <> p.id`,
      linked('ArticleTag', 'tagId', 'Tag', 'TAG', W.TAG),
      linked('ArticlePersonMention', 'personId', 'Person', 'PERSON', W.PERSON),
      linked('ArticleOrganizationMention', 'organizationId', 'Organization', 'ORGANIZATION', W.ORGANIZATION),
      sql`SELECT y.id, NULL, ${W.CATEGORY}::int, 'CATEGORY', cat.name, y.sort FROM "Article" s JOIN "Category" cat ON cat.id = s."categoryId"
        CROSS JOIN LATERAL (SELECT a.id, ${sortOf('a')} AS sort FROM "Article" a WHERE a."categoryId" = cat.id AND a.id <> p.id
          ORDER BY 2 DESC, 1 DESC LIMIT ${PER_LINK}) y
        WHERE s.id = p.id`,
    ],
    ' UNION ALL ',
  );
  return sql`SELECT p.id AS "articleId", r.id, r.score, r.reasons
    FROM unnest(${[...ids]}::int[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT c.id, min(c.pick) AS pick, sum(c.w)::int AS score, max(c.sort) AS sort,
             jsonb_agg(DISTINCT jsonb_build_object('kind', c.kind, 'name', c.name)) AS reasons
      FROM (${candidates}) c
      GROUP BY c.id
      ORDER BY min(c.pick) ASC NULLS LAST, sum(c.w) DESC, max(c.sort) DESC, c.id DESC
      LIMIT ${limit}) r
    ORDER BY p.id, r.pick ASC NULLS LAST, r.score DESC, r.sort DESC, r.id DESC`;
}

export interface RankedRow {
  id: number;
  score: number;
  reasons: RelatedReason[];
}

/** The best `limit` related articles of `articleId`, best first, batched across the field's articles. */
export function previewRanking(ctx: Context, articleId: number, limit: number): Promise<RankedRow[]> {
  const loader = memoized(
    ctx,
    `previewRanking:${limit}`,
    () =>
      new DataLoader<number, RankedRow[]>(async (ids) => {
        const rows = await prisma().$queryRaw<(RankedRow & { articleId: number })[]>(rankingSql(ids, limit));
        return ids.map((id) => rows.filter((r) => r.articleId === id));
      }),
  );
  return loader.load(articleId);
}
