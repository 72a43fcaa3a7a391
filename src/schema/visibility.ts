import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { prisma } from '../db/client.ts';

// Anonymous readers see only published articles whose publish time has passed. Every path that
// reaches an article (root fields, node, relations, connections, counts) filters with this.
export const visibleArticle = (ctx: Context) => ({
  status: 'PUBLISHED' as const,
  publishedAt: { lte: ctx.now },
});

/**
 * Articles for node(id:) and nodes(ids:), in the order asked, null where missing or not visible:
 * one statement with the visibility filter (the Prisma plugin's own node loader cannot add it
 * to a batched lookup).
 */
export async function visibleArticleNodes(ctx: Context, info: GraphQLResolveInfo, ids: number[]) {
  if (!ids.length) return [];
  const rows = await prisma().article.findMany({
    ...queryFromInfo({ context: ctx, info, typeName: 'Article' }),
    where: { id: { in: ids }, ...visibleArticle(ctx) },
  });
  const byId = new Map(rows.map((r) => [r.id, Object.assign(r, { __typename: 'Article' })]));
  return ids.map((id) => byId.get(id) ?? null);
}
