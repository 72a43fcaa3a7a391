import { createHash } from 'node:crypto';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, Kind, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { apiKeyOf } from './api-key.ts';
import { memoryStore, redisStore, type TaggedCache } from './cache-store.ts';
import { listTagSet } from './cache-tags.ts';
import type { Context } from './context.ts';
import { env } from './env.ts';
import { logger } from './logger.ts';
import { recordCacheLookup } from './metrics.ts';

// Anonymous readers see the same content, so whole responses are cached by operation and
// variables: in Redis when REDIS_URL is set (shared by every instance), otherwise in memory per
// instance. Each entry is tagged with the entities it holds (`Article:12`), their types and its
// root fields (`Query.articles`), so `purge(tags)` drops exactly what a write changes. The TTL
// bounds staleness meanwhile; results with errors and requests with Authorization are never
// cached.

export let redis: Redis | undefined;
let store: TaggedCache | undefined;

/** The prefix of every key this deployment writes to Redis. */
export const cacheKeyPrefix = () => env().CACHE_KEY_PREFIX ?? `cg:${env().DATABASE_SCHEMA}:`;

/** Drops every cached response holding any of `tags` (`Article:12`, `Category:3`, `Query.articles`). */
export async function purge(tags: string[]): Promise<void> {
  await store?.purge(tags);
}

/**
 * The key of an anonymous response: a hash of the document, its variables and operation name.
 * Hand-written instead of the plugin's default, which hashes through WebCrypto's asynchronous
 * digest: 14% of the gateway's CPU on a cache hit (bench:profile --cache), against a few
 * microseconds for node:crypto's synchronous one.
 */
function cacheKeyOf(document: string, variables: unknown, operationName: string | null | undefined): string {
  return createHash('sha256')
    .update(document)
    .update('\0')
    .update(JSON.stringify(variables ?? {}))
    .update('\0')
    .update(operationName ?? '')
    .digest('base64url');
}

/** Root fields of a document, parsed once per distinct document. */
const rootFieldsOf = new LRUCache<string, string[]>({ max: 1_000 });
function rootFields(documentString: string, operationName?: string | null): string[] {
  const key = `${operationName ?? ''}\n${documentString}`;
  let fields = rootFieldsOf.get(key);
  if (!fields) {
    let doc: DocumentNode | undefined;
    try {
      doc = parse(documentString);
    } catch {
      doc = undefined;
    }
    const op = doc && getOperationAST(doc, operationName);
    fields = (op?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [`Query.${s.name.value}`] : []));
    rootFieldsOf.set(key, fields);
  }
  return fields;
}

const cacheable = (request: Request) => !request.headers.has('authorization') && apiKeyOf(request) == null;

export function responseCachePlugins(): Plugin[] {
  const { RESPONSE_CACHE_TTL_MS: ttl, REDIS_URL } = env();
  if (ttl === 0) return [];
  if (REDIS_URL) {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable: serving uncached'));
  }
  const prefix = cacheKeyPrefix();
  // Tags beyond the entities of a key until the store writes the entry: its root fields (from
  // the document) and the lists its execution read (src/cache-tags.ts, filled by then).
  const pendingTags = new LRUCache<string, { roots: string[]; ctx: Context }>({ max: 10_000, ttl: 60_000 });
  const extraTags = (id: string) => {
    const pending = pendingTags.get(id);
    return pending ? [...pending.roots, ...listTagSet(pending.ctx)] : [];
  };
  store = redis ? redisStore(redis, prefix, extraTags) : memoryStore(10_000, extraTags);
  const cache = store;
  return [
    useResponseCache({
      session: () => null,
      ttl,
      cache: {
        // A store that fails (Redis down) is a miss, never an error for the reader.
        get: (id) =>
          Promise.resolve()
            .then(() => cache.get(id))
            .catch(() => undefined)
            .then((hit) => (recordCacheLookup(hit != null), hit)),
        set: (id, data, entities, t) => Promise.resolve(cache.set(id, data, entities, t)).catch(() => undefined),
        invalidate: (entities) => Promise.resolve(cache.invalidate(entities)).catch(() => undefined),
      },
      // Writes purge through the outbox on every instance (src/events/cache-purge.ts), by the
      // lists they touched; a mutation's own result would purge every entity it merely shows.
      invalidateViaMutation: false,
      enabled: (request) => cacheable(request),
      buildResponseCacheKey: (params) => {
        const key = `${prefix}${cacheKeyOf(params.documentString, params.variableValues, params.operationName)}`;
        pendingTags.set(key, { roots: rootFields(params.documentString, params.operationName), ctx: params.context as Context });
        // The plugin builds the key of every request; only those it looks up are counted.
        if (params.request && cacheable(params.request)) cache.begin(key);
        return key;
      },
    }),
    singleFlightPlugin(),
  ];
}

/**
 * Concurrent misses of one operation with the same variables run it once per instance: the
 * others wait for that result. Hand-written: the response cache plugin has no request coalescing.
 */
function singleFlightPlugin(): Plugin {
  const inFlight = new WeakMap<DocumentNode, Map<string, { result: Promise<ExecutionResult>; ctx: Context }>>();
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request || request.headers.has('authorization')) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
      const ctx = args.contextValue as unknown as Context;
      const byVars = inFlight.get(args.document) ?? new Map<string, { result: Promise<ExecutionResult>; ctx: Context }>();
      inFlight.set(args.document, byVars);
      const leader = byVars.get(key);
      if (leader) {
        // A leader that never finishes (it is bounded by the statement timeout anyway) does not
        // hold the others: after 15 s they run on their own.
        const timeout = new Promise<null>((resolve) => setTimeout(resolve, 15_000, null).unref());
        return Promise.race([leader.result, timeout]).then((result) => {
          if (!result) return;
          // The follower's result is cached too: with the lists the leader read.
          for (const tag of listTagSet(leader.ctx)) listTagSet(ctx).add(tag);
          setResultAndStopExecution(result);
        }) as unknown as void;
      }
      let settle!: (r: ExecutionResult) => void;
      byVars.set(key, { result: new Promise<ExecutionResult>((resolve) => (settle = resolve)), ctx });
      const map = byVars;
      return {
        onExecuteDone: ({ result }) => {
          map.delete(key);
          settle('data' in result || 'errors' in result ? (result as ExecutionResult) : { errors: [] });
        },
      };
    },
  };
}
