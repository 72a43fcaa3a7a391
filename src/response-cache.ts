import { defaultBuildResponseCacheKey } from '@envelop/response-cache';
import { createRedisCache } from '@envelop/response-cache-redis';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { Redis } from 'ioredis';
import { env } from './env.ts';
import { logger } from './logger.ts';

// Every reader is anonymous and sees the same content, so whole responses are cached by
// operation and variables: in Redis when REDIS_URL is set (shared by every instance), otherwise
// in memory per instance. The TTL bounds staleness, including a scheduled article appearing up
// to one TTL late; results with errors are never cached.

export let redis: Redis | undefined;

/** The prefix of every key this deployment writes to Redis. */
export const cacheKeyPrefix = () => `cg:${env().DATABASE_SCHEMA}:`;

export function responseCachePlugins() {
  const { RESPONSE_CACHE_TTL_MS: ttl, REDIS_URL } = env();
  if (ttl === 0) return [];
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
    useResponseCache({
      session: () => null,
      ttl,
      cache,
      buildResponseCacheKey: async (params) => `${prefix}${await defaultBuildResponseCacheKey(params)}`,
    }),
  ];
}
