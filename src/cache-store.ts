import type { Cache, CacheEntityRecord } from '@envelop/response-cache';
import type { ExecutionResult } from 'graphql';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { decodeGlobalID } from './schema/global-id.ts';

// Stores for the response cache, with one index: tag -> responses holding it. A tag is an entity
// (`Article:12`), a type (`Article`) or a root field (`Query.articles`, every list it serves).
// Nothing grows without bound: entries expire, and an index only holds live entries.
// Hand-written instead of @envelop/response-cache-redis, whose entity sets never expire and are
// written without the deployment's prefix.

export interface TaggedCache extends Cache {
  /** Drops every cached response holding any of `tags`. */
  purge(tags: string[]): Promise<void>;
  /** How many tag entries the index holds (tests: it never outgrows the live entries). */
  indexSize(): Promise<number>;
}

/** `Type:key` with the database key (the cache sees global IDs in responses), or `Type`. */
export function tagOf(e: CacheEntityRecord): string {
  if (e.id == null) return e.typename;
  try {
    const { typename, id } = decodeGlobalID(String(e.id));
    return `${typename}:${id}`;
  } catch {
    return `${e.typename}:${e.id}`;
  }
}

export function memoryStore(max: number, extraTags: (id: string) => string[]): TaggedCache {
  const index = new Map<string, Set<string>>();
  const entries = new LRUCache<string, { data: ExecutionResult; tags: string[] }>({
    max,
    ttlAutopurge: false,
    dispose: (value, id) => {
      for (const tag of value.tags) {
        const ids = index.get(tag);
        ids?.delete(id);
        if (ids?.size === 0) index.delete(tag);
      }
    },
  });
  const purge = async (tags: string[]) => {
    for (const tag of tags) for (const id of [...(index.get(tag) ?? [])]) entries.delete(id);
  };
  return {
    get: (id) => entries.get(id)?.data,
    set: (id, data, entities, ttl) => {
      const tags = [...new Set([...[...entities].map(tagOf), ...extraTags(id)])];
      entries.set(id, { data, tags }, { ttl });
      for (const tag of tags) {
        const ids = index.get(tag) ?? new Set<string>();
        index.set(tag, ids);
        ids.add(id);
      }
    },
    invalidate: (entities) => purge([...entities].map(tagOf)),
    purge,
    indexSize: async () => [...index.values()].reduce((n, ids) => n + ids.size, 0),
  };
}

// Drops the responses a tag's sorted set names, then the set: atomic, so a response written
// meanwhile is either purged or written after the purge.
const PURGE = `
for i, tag in ipairs(KEYS) do
  local ids = redis.call('ZRANGE', tag, 0, -1)
  for j = 1, #ids, 500 do
    local batch = {}
    for k = j, math.min(j + 499, #ids) do batch[#batch + 1] = ARGV[1] .. ids[k] end
    redis.call('DEL', unpack(batch))
  end
  redis.call('DEL', tag)
end
return 0`;

/**
 * Redis layout, every key under `prefix`: `r:<id>` the response (PX ttl); `t:<tag>` a sorted set
 * of response ids scored by their expiry, trimmed of expired ids on every write and expiring
 * with its newest member. No KEYS, no SCAN on the request path.
 */
export function redisStore(redis: Redis, prefix: string, extraTags: (id: string) => string[]): TaggedCache {
  const r = (id: string) => `${prefix}r:${id}`;
  const t = (tag: string) => `${prefix}t:${tag}`;
  const purge = async (tags: string[]) => {
    if (tags.length) await redis.eval(PURGE, tags.length, ...tags.map(t), `${prefix}r:`);
  };
  return {
    get: async (id) => {
      const raw = await redis.get(r(id));
      return raw ? (JSON.parse(raw) as ExecutionResult) : undefined;
    },
    set: async (id, data, entities, ttl) => {
      const now = Date.now();
      const tags = [...new Set([...[...entities].map(tagOf), ...extraTags(id)])];
      const multi = redis.multi().set(r(id), JSON.stringify(data), 'PX', ttl);
      for (const tag of tags) {
        multi
          .zadd(t(tag), now + ttl, id)
          .zremrangebyscore(t(tag), '-inf', now)
          .pexpire(t(tag), ttl);
      }
      await multi.exec();
    },
    invalidate: (entities) => purge([...entities].map(tagOf)),
    purge,
    indexSize: async () => {
      let n = 0;
      for await (const keys of redis.scanStream({ match: `${prefix}t:*`, count: 500 })) {
        for (const key of keys as string[]) n += await redis.zcard(key);
      }
      return n;
    },
  };
}
