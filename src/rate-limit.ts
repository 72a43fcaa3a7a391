import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { apiKeyOf } from './api-key.ts';
import { env } from './env.ts';
import { ErrorCode, rejected } from './errors.ts';
import { logger } from './logger.ts';
import { cacheKeyPrefix } from './response-cache.ts';

// Rate limits by cost: a client (its API key, else its address) spends RATE_LIMIT_POINTS per
// window. Every request costs 1 when it arrives (cache hits included) and the rest of its cost
// when it executes. Counters live in Redis when REDIS_URL is set (shared by every instance,
// atomic), falling back to memory while Redis is down; in memory otherwise.

const outcome = new WeakMap<Request, RateLimiterRes>();

/** Who is spending: a hash of the API key, else the client address. */
export function clientOf(request: Request, serverContext: unknown, trustProxy: boolean): string {
  const key = apiKeyOf(request);
  if (key) return `key:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket;
  return `ip:${forwarded || socket?.remoteAddress || 'unknown'}`;
}

const headersOf = (res: RateLimiterRes, points: number) => ({
  'ratelimit-limit': String(points),
  'ratelimit-remaining': String(Math.max(0, res.remainingPoints)),
  'ratelimit-reset': String(Math.ceil(res.msBeforeNext / 1000)),
});

export function rateLimitPlugin(): Plugin {
  const { RATE_LIMIT_POINTS: points, RATE_LIMIT_WINDOW_SECONDS: duration, REDIS_URL, TRUST_PROXY } = env();
  if (points === 0) return {};
  const memory = new RateLimiterMemory({ points, duration });
  let limiter: RateLimiterAbstract = memory;
  if (REDIS_URL) {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable: rate limits kept in memory'));
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points,
      duration,
      keyPrefix: `${cacheKeyPrefix()}rl`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
  const clients = new WeakMap<Request, string>();
  const spend = async (request: Request, cost: number) => {
    if (cost <= 0) return;
    try {
      outcome.set(request, await limiter.consume(clients.get(request)!, cost));
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const retryAfter = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw rejected(
        ErrorCode.RATE_LIMITED,
        `Rate limit of ${points} cost points per ${duration} s exceeded; retry in ${retryAfter} s.`,
        {
          http: { headers: { 'retry-after': String(retryAfter), ...headersOf(res, points) } },
        },
        429,
      );
    }
  };
  return {
    onRequest: ({ request, serverContext }) => {
      clients.set(request, clientOf(request, serverContext, TRUST_PROXY));
    },
    onParams: ({ request }) => spend(request, 1),
    onExecute: async ({ args }) => {
      const ctx = args.contextValue as { request?: Request; cost?: { requested: number } };
      if (ctx.request && ctx.cost) await spend(ctx.request, ctx.cost.requested - 1);
    },
    onResponse: ({ request, response }) => {
      const res = outcome.get(request);
      if (res) for (const [k, v] of Object.entries(headersOf(res, points))) response.headers.set(k, v);
    },
  };
}
