import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import { badInput } from '../errors.ts';
import { visibleArticle } from './visibility.ts';

// node(id:) and nodes(ids:). The Prisma plugin's own node loader cannot add the visibility rule
// to a batched lookup, so articles are read here, in one statement with the rule; other types go
// through the plugin and a missing row is a null, not an error for the whole list.

export const MAX_NODES = 100;

type GlobalId = { typename: string; id: string };
type ResolveNodes = (ids: GlobalId[]) => Promise<unknown[]>;

/** The Prisma plugin loads nodes with findUniqueOrThrow; an absent or invisible row is a null. */
async function nullWhenMissing<T>(node: T | Promise<T>): Promise<T | null> {
  try {
    return await node;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2025') return null;
    throw err;
  }
}

/** Articles in the order asked, null where missing or not visible to the viewer: one statement. */
async function visibleArticleNodes(ctx: Context, info: GraphQLResolveInfo, ids: number[]) {
  if (!ids.length) return [];
  const rows = await prisma().article.findMany({
    ...queryFromInfo({ context: ctx, info, typeName: 'Article' }),
    where: { id: { in: ids }, ...visibleArticle(ctx) },
  });
  const byId = new Map(rows.map((r) => [r.id, Object.assign(r, { __typename: 'Article' })]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function resolveNode(ctx: Context, info: GraphQLResolveInfo, id: GlobalId, resolve: (id: GlobalId) => unknown) {
  return id.typename === 'Article' ? (await visibleArticleNodes(ctx, info, [Number(id.id)]))[0] : nullWhenMissing(resolve(id));
}

export function resolveNodes(ctx: Context, info: GraphQLResolveInfo, ids: GlobalId[], resolve: ResolveNodes) {
  if (ids.length > MAX_NODES) throw badInput(`\`ids\` takes at most ${MAX_NODES} IDs, got ${ids.length}.`, { argument: 'ids' });
  // Articles in one statement; other types one at a time (Prisma batches them per tick).
  const articles = visibleArticleNodes(
    ctx,
    info,
    ids.filter((i) => i.typename === 'Article').map((i) => Number(i.id)),
  );
  let next = 0;
  return ids.map((id) =>
    id.typename === 'Article' ? articles.then((rows) => rows[next++]) : nullWhenMissing(resolve([id]).then(([node]) => node)),
  );
}
