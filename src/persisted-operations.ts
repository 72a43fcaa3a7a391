import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { apiKeyOf } from './api-key.ts';
import { env } from './env.ts';
import { ErrorCode, rejected } from './errors.ts';
import { canonicalOperations, sha256 } from './operations.ts';

// Persisted operations, by PERSISTED_OPERATIONS. These plugins fill in the document before
// anything else sees it, so the response cache, the limits and the cost are those of the
// document that runs: a cached answer is keyed by that document, never by a hash alone.

type Params = GraphQLParams & { documentId?: unknown };

/** The sha256 a request names: Apollo's `extensions.persistedQuery`, or Relay's `documentId`. */
export function persistedIdOf(params: Params): string | null {
  const apollo = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  const id = apollo?.version === 1 ? apollo.sha256Hash : (params.documentId ?? params.extensions?.documentId);
  return typeof id === 'string' ? id : null;
}

const notFound = () => rejected(ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'PersistedQueryNotFound');

export function persistedOperationPlugins(): Plugin[] {
  const mode = env().PERSISTED_OPERATIONS;
  const registered = new Map(canonicalOperations().map((o) => [o.hash, o.body]));
  if (mode === 'allow-list') {
    return [
      usePersistedOperations({
        getPersistedOperation: (hash) => registered.get(hash) ?? null,
        extractPersistedOperationId: (params) => persistedIdOf(params as Params),
        allowArbitraryOperations: (request) => apiKeyOf(request) != null,
        customErrors: {
          notFound: () => notFound(),
          persistedQueryOnly: () => rejected(ErrorCode.PERSISTED_QUERY_ONLY, 'Only registered operations may run without an API key.'),
          keyNotFound: () => rejected(ErrorCode.PERSISTED_QUERY_ONLY, 'Only registered operations may run without an API key.'),
        },
      }),
    ];
  }
  if (mode === 'off') return [];
  // APQ, hand-written: @graphql-yoga/plugin-apq 3.6 wants @graphql-tools/utils 10, while yoga
  // 5.24 ships 11. Documents a client registers are kept per instance, bounded and expiring; a
  // miss makes the client send the document again, which is the protocol.
  const store = new LRUCache<string, string>({ max: 5_000, ttl: 24 * 3600_000 });
  return [
    {
      onParams: ({ params, setParams }) => {
        const hash = persistedIdOf(params as Params);
        if (hash == null) return;
        if (typeof params.query === 'string') {
          if (sha256(params.query) !== hash) {
            throw rejected(ErrorCode.BAD_USER_INPUT, 'The sha256 of the query does not match `persistedQuery.sha256Hash`.', {
              argument: 'extensions.persistedQuery',
            });
          }
          if (!registered.has(hash)) store.set(hash, params.query);
          return;
        }
        const query = registered.get(hash) ?? store.get(hash);
        if (query == null) throw notFound();
        setParams({ ...params, query });
      },
    },
  ];
}
