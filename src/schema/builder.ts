import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { prisma } from '../db.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { badInput } from '../errors.ts';
import { decodeGlobalID, encodeGlobalID } from './global-id.ts';
import { visibleArticleNodes } from './visibility.ts';

const MAX_NODES = 100;

/** The Prisma plugin loads nodes with findUniqueOrThrow; an absent or invisible row is a null. */
async function nullWhenMissing<T>(node: T | Promise<T>): Promise<T | null> {
  try {
    return await node;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2025') return null;
    throw err;
  }
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    cursorType: 'String',
    encodeGlobalID,
    decodeGlobalID,
    nodeTypeOptions: { description: 'An object with a stable, opaque global ID that `node(id:)` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    idFieldOptions: { description: 'Opaque global ID; pass it to `node(id:)` to fetch this object again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not visible.',
      args: { id: { description: 'A global ID from an `id` field.' } },
      resolve: async (_root, { id }, ctx, info, resolveNode) =>
        id.typename === 'Article' ? (await visibleArticleNodes(ctx, info, [Number(id.id)]))[0] : nullWhenMissing(resolveNode(id)),
    },
    nodesQueryOptions: {
      description: `Fetches up to ${MAX_NODES} objects by global ID, in the order given; null for each one not found or not visible.`,
      args: { ids: { description: `Global IDs from \`id\` fields, at most ${MAX_NODES}.` } },
      resolve: (_root, { ids }, ctx, info, resolveNodes) => {
        if (ids.length > MAX_NODES) throw badInput(`\`ids\` takes at most ${MAX_NODES} IDs, got ${ids.length}.`, { argument: 'ids' });
        // Articles in one statement with the visibility filter; other types one at a time so a
        // missing node is a null, not an error for the whole list (Prisma batches them per tick).
        const articles = visibleArticleNodes(ctx, info, ids.filter((i) => i.typename === 'Article').map((i) => Number(i.id)));
        let next = 0;
        return ids.map((id) =>
          id.typename === 'Article' ? articles.then((rows) => rows[next++]) : nullWhenMissing(resolveNodes([id]).then(([node]) => node)),
        );
      },
    },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item; pass it as `after` or `before`.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Paging information for this page.' },
    firstArgOptions: { description: 'Return the first n items (0-100; 0 for `totalCount` alone).' },
    lastArgOptions: { description: 'Return the last n items (0-100; 0 for `totalCount` alone).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'A point in time as an ISO 8601 string in UTC, for example 2026-11-20T09:30:00.000Z.',
});
builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value.' });
builder.queryType({ description: 'Read access to the publisher\'s content.' });
