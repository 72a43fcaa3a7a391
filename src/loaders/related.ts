import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { prisma } from '../db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { badInput } from '../errors.ts';
import { visibleArticle } from '../schema/visibility.ts';

// "Related articles": editor picks first, in their order; then other visible articles ranked by
// what they share with this one. Prisma has no way to express a ranked top-N per parent, so one
// SQL statement ranks for every parent of the field, and one findMany loads the rows.

/** Weights of what two articles share; a shared tag says more than a shared category. */
export const RELATED_WEIGHTS = { TAG: 3, PERSON: 2, ORGANIZATION: 2, CATEGORY: 1 } as const;
/** Candidates considered per shared tag, person, organisation or category: the newest ones. */
export const RELATED_CANDIDATES_PER_LINK = 50;
export const MAX_RELATED = 50;

const { raw } = Prisma;

export type RelatedReasonKind = 'EDITOR_PICK' | 'TAG' | 'PERSON' | 'ORGANIZATION' | 'CATEGORY';

export interface RelatedEdge<T> {
  cursor: string;
  node: T;
  score: number;
  reasons: { kind: RelatedReasonKind; name: string | null }[];
}

interface Row {
  parent: number;
  id: number;
  score: number;
  pick: number | null;
  reasons: { kind: RelatedReasonKind; name: string | null }[];
}

/**
 * Candidates sharing one kind of link with article `s.id`: for each of its tags (people,
 * organisations), the newest visible articles carrying it, read from the join table's sort-key index.
 */
function sharedVia(table: string, column: string, named: string, kind: keyof typeof RELATED_WEIGHTS, now: Date) {
  const [t, c, n] = [raw(`"${table}"`), raw(`"${column}"`), raw(`"${named}"`)];
  return Prisma.sql`SELECT y.id, NULL, ${RELATED_WEIGHTS[kind]}, ${kind}, e.name, y.sort
    FROM ${t} j JOIN ${n} e ON e.id = j.${c}
    CROSS JOIN LATERAL (SELECT x."articleId" AS id, x."publishedAt" AS sort FROM ${t} x
      WHERE x.${c} = j.${c} AND x."publishedAt" <= ${now} AND x."articleId" <> s.id
      ORDER BY x."publishedAt" DESC, x."articleId" DESC LIMIT ${RELATED_CANDIDATES_PER_LINK}) y
    WHERE j."articleId" = s.id`;
}

async function rank(ctx: Context, nodeQuery: object, parents: readonly number[], size: number) {
  const now = ctx.now;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT s.id AS parent, r.id, r.score, r.pick, r.reasons
    FROM unnest(${[...parents]}::int[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT c.id, min(c.pick) AS pick, sum(c.w)::int AS score, max(c.sort) AS sort,
             jsonb_agg(DISTINCT jsonb_build_object('kind', c.kind, 'name', c.name)) AS reasons
      FROM (
        SELECT l."relatedArticleId" AS id, l.position AS pick, 0 AS w, 'EDITOR_PICK' AS kind, NULL::text AS name, a."publishedAt" AS sort
        FROM "RelatedLink" l JOIN "Article" a ON a.id = l."relatedArticleId"
        WHERE l."articleId" = s.id AND a.id <> s.id AND a.status = 'PUBLISHED' AND a."publishedAt" <= ${now}
        UNION ALL
        ${sharedVia('ArticleTag', 'tagId', 'Tag', 'TAG', now)}
        UNION ALL
        ${sharedVia('ArticlePersonMention', 'personId', 'Person', 'PERSON', now)}
        UNION ALL
        ${sharedVia('ArticleOrganizationMention', 'organizationId', 'Organization', 'ORGANIZATION', now)}
        UNION ALL
        SELECT y.id, NULL, ${RELATED_WEIGHTS.CATEGORY}, 'CATEGORY', cat.name, y.sort
        FROM "Article" src JOIN "Category" cat ON cat.id = src."categoryId"
        CROSS JOIN LATERAL (SELECT a.id, a."publishedAt" AS sort FROM "Article" a
          WHERE a."categoryId" = src."categoryId" AND a.status = 'PUBLISHED' AND a."publishedAt" <= ${now} AND a.id <> s.id
          ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${RELATED_CANDIDATES_PER_LINK}) y
        WHERE src.id = s.id
      ) c
      GROUP BY c.id
      ORDER BY min(c.pick) ASC NULLS LAST, sum(c.w) DESC, max(c.sort) DESC, c.id DESC
      LIMIT ${size + 1}
    ) r`;
  const ids = [...new Set(rows.map((r) => r.id))];
  const nodes = ids.length
    ? await prisma.article.findMany({
        ...nodeQuery,
        where: { id: { in: ids }, ...visibleArticle(ctx) },
      })
    : [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return parents.map((parent) => {
    const list = rows.filter((r) => r.parent === parent && byId.has(r.id));
    const edges = list.slice(0, size).map((r, i) => ({
      cursor: Buffer.from(`related:${i + 1}`).toString('base64url'),
      node: byId.get(r.id)!,
      score: r.score,
      reasons: [...r.reasons].sort((a, b) => a.kind.localeCompare(b.kind) || (a.name ?? '').localeCompare(b.name ?? '')),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: list.length > size,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}

export function loadRelated(ctx: Context, info: GraphQLResolveInfo, articleId: number, first: number | null | undefined) {
  const size = first ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > MAX_RELATED) {
    throw badInput(`\`first\` must be between 1 and ${MAX_RELATED}, got ${size}.`, { argument: 'first', reason: 'PAGE_SIZE' });
  }
  // Planned per parent so Pothos knows each parent's nodes were loaded with it (see article-lists).
  const nodeQuery = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] });
  let perField = ctx.articleLists.get(info.fieldNodes[0]);
  if (!perField) ctx.articleLists.set(info.fieldNodes[0], (perField = new Map()));
  const key = `related|${size}`;
  let loader = perField.get(key);
  if (!loader) {
    loader = new DataLoader<number, Awaited<ReturnType<typeof rank>>[number], string>((ids) => rank(ctx, nodeQuery, ids, size), {
      cacheKeyFn: String,
    });
    perField.set(key, loader);
  }
  return loader.load(articleId);
}
