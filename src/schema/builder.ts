import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { parseEnv } from '../env.ts';
import { limits } from '../limits.ts';
import { hasScope, type Scope } from '../viewer.ts';
import { unauthorizedError } from './auth.ts';
import { decodeGlobalID, encodeGlobalID } from './global-id.ts';
import { MAX_NODES, resolveNode, resolveNodes } from './node.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: Record<Scope, boolean>;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Scope auth first, so a field's scopes are checked before its resolver (or any SQL) runs.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => ({
      preview: hasScope(ctx.viewer, 'preview'),
      write: hasScope(ctx.viewer, 'write'),
      publish: hasScope(ctx.viewer, 'publish'),
      admin: hasScope(ctx.viewer, 'admin'),
    }),
    unauthorizedError: (_parent, ctx, info, result) => unauthorizedError(ctx, info, result),
  },
  defaultFieldNullability: false,
  prisma: {
    client: () => prisma(),
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    cursorType: 'String',
    // Relay mutations take one `input` and return one payload; clientMutationId is the client's to use or not.
    clientMutationId: 'optional',
    mutationInputArgOptions: { description: "The mutation's input." },
    clientMutationIdInputOptions: { description: 'Any string; returned unchanged in the payload, to match a response to its request.' },
    clientMutationIdFieldOptions: { description: 'The `clientMutationId` sent in the input, if any.' },
    encodeGlobalID,
    decodeGlobalID,
    nodeTypeOptions: { description: 'An object with a stable, opaque global ID that `node(id:)` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    idFieldOptions: { description: 'Opaque global ID; pass it to `node(id:)` to fetch this object again.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not visible.',
      args: { id: { description: 'A global ID from an `id` field.' } },
      resolve: (_root, { id }, ctx, info, resolve) => resolveNode(ctx, info, id, resolve),
    },
    nodesQueryOptions: {
      description: `Fetches up to ${MAX_NODES} objects by global ID, in the order given; null for each one not found or not visible.`,
      args: { ids: { description: `Global IDs from \`id\` fields, at most ${MAX_NODES}.` } },
      resolve: (_root, { ids }, ctx, info, resolve) => resolveNodes(ctx, info, ids, resolve),
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
// The defaults, not this process's values: the printed schema does not depend on the environment.
const l = limits(parseEnv({}));
builder.queryType({
  description: [
    "Read access to the publisher's content.",
    `Limits per request (defaults, configurable: README), refused with HTTP 400 before anything runs: cost at most ${l.cost} (every field costs 1, and a list multiplies what it holds by its \`first\`/\`last\`, its default page size, or 5 for a plain list; each response reports it in \`extensions.cost\`, code QUERY_TOO_COMPLEX), depth ${l.depth} (QUERY_TOO_DEEP), ${l.aliases} aliases (TOO_MANY_ALIASES), ${l.tokens} tokens (TOO_MANY_TOKENS), ${l.directives} directives (TOO_MANY_DIRECTIVES), a body of ${l.bodyBytes} bytes (REQUEST_TOO_LARGE, HTTP 413).`,
    `Every string argument: at most ${l.stringLength} characters, no control characters; DateTime arguments between the years 1000 and 9999 (otherwise BAD_USER_INPUT naming the argument).`,
  ].join(' '),
});
builder.mutationType({ description: 'Editorial writes; each needs an API key with the scope its description names.' });
