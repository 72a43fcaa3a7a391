import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { env } from './env.ts';
import { logger } from './logger.ts';

// Anonymous readers all see the same content, so their whole responses are cached by operation
// and variables: in Redis when REDIS_URL is set (shared by every instance), otherwise
// in memory per instance. The TTL bounds staleness, including a scheduled article appearing up
// to one TTL late; results with errors are never cached.
//
// A request with an Authorization header (any key, valid or not) is never cached nor served from
// the cache: a preview key sees drafts, and the simplest rule that can never leak one is to cache
// no keyed request at all. Its response says `Cache-Control: private, no-store` so no CDN or
// browser keeps it either.

const keyed = (request: Request) => request.headers.has('authorization');

/** Marks every response to a request carrying a key as not to be stored by anyone. */
const privateKeyedResponses: Plugin = {
  onResponse: ({ request, response }) => {
    if (keyed(request)) response.headers.set('cache-control', 'private, no-store');
  },
};

export let redis: Redis | undefined;

/** The prefix of every key this deployment writes to Redis. */
export const cacheKeyPrefix = () => `cg:${env().DATABASE_SCHEMA}:`;

export function responseCachePlugins() {
  const { RESPONSE_CACHE_TTL_MS: ttl, REDIS_URL } = env();
  if (ttl === 0) return [privateKeyedResponses];
  if (REDIS_URL) {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable: serving uncached'));
  }
  // Every key under one prefix per schema: deployments sharing a Redis but not a database (or
  // schema) never share entries, and one deployment's keys can be dropped together.
  const prefix = cacheKeyPrefix();
  const cache = redis
    ? createRedisCache({
        redis,
        buildRedisEntityId: (typename, id) => `${prefix}${typename}:${id}`,
        buildRedisOperationResultCacheKey: (responseId) => `${prefix}operations:${responseId}`,
      })
    : createInMemoryCache({ max: 10_000 });
  return [
    privateKeyedResponses,
    useResponseCache({
      enabled: (request) => !keyed(request),
      session: () => null,
      ttl,
      cache,
      buildResponseCacheKey: async (params) => `${prefix}${await defaultBuildResponseCacheKey(params)}`,
    }),
  ];
}
