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

// Never stale, including the race a TTL cache usually leaves open: a request that read rows
// before a write committed and stores its answer after that write's purge. Every purge takes
// the next number of a purge sequence and marks each tag it purges with it; a miss notes the
// sequence number when it happened, and its answer is stored only if none of the answer's tags
// was purged since (atomically with the purge, in Redis). What the response cache plugin offers
// has no such check, hence this by hand.

/** How long a miss waits for its answer to be stored (requests are bounded well under it). */
const MISS_MS = 60_000;
/** Requests out at once whose misses are remembered; past it the oldest are forgotten (their answers are not stored). */
const MAX_MISSES = 10_000;
/** How long a purged tag's sequence number is kept: past any miss still waiting. */
const PURGED_MS = 2 * MISS_MS;

/**
 * The purge sequence number each response id's answers are checked against: the number when the
 * earliest request still out for that id missed. Requests are counted from when their key is
 * built (`begin`) until they hit or store, so a request that missed before a purge keeps its
 * number however many others come and go meanwhile. A request that ends otherwise (an error)
 * is still counted, which only refuses answers, until the record expires.
 */
class Misses {
  /**
   * By first `begin`, oldest first (a Map keeps insertion order). A Map rather than lru-cache:
   * the record of the last request out is deleted on nearly every hit, and lru-cache empties
   * itself then by refilling its preallocated arrays (O(max)): 10% of a hit's CPU at 10,000.
   */
  private readonly pending = new Map<string, { seq?: number; n: number; at: number }>();
  begin(id: string): void {
    const p = this.pending.get(id);
    if (p) {
      p.n++;
      return;
    }
    // Records past their time, or past the bound, go first: the oldest, where the Map starts.
    const now = Date.now();
    for (const [old, q] of this.pending) {
      if (this.pending.size < MAX_MISSES && now - q.at < MISS_MS) break;
      this.pending.delete(old);
    }
    this.pending.set(id, { n: 1, at: now });
  }
  /** A lookup of `id` at purge sequence `seq`: a hit ends its request, a miss fixes the number. */
  lookup(id: string, seq: number, hit: boolean): void {
    const p = this.live(id);
    if (!p) return;
    if (hit) this.end(id, p);
    else p.seq ??= seq;
  }
  /** The number an answer to `id` is checked against (ending its request), or undefined: do not store. */
  take(id: string): number | undefined {
    const p = this.live(id);
    if (!p) return undefined;
    this.end(id, p);
    return p.seq;
  }
  private live(id: string) {
    const p = this.pending.get(id);
    if (p && Date.now() - p.at >= MISS_MS) {
      this.pending.delete(id);
      return undefined;
    }
    return p;
  }
  private end(id: string, p: { n: number }): void {
    if (--p.n <= 0) this.pending.delete(id);
  }
}

/**
 * What a store keeps of a response: the JSON body a client is sent, written once when the
 * response is stored. yoga's `extensions.http` (headers it would set; src/http-cache.ts sets
 * ours) is left out, as yoga leaves it out of a body.
 */
export function bodyOf(result: ExecutionResult): string {
  const { extensions, ...rest } = result;
  const { http: _http, ...others } = extensions ?? {};
  return JSON.stringify(Object.keys(others).length ? { ...rest, extensions: others } : rest);
}

/**
 * A stored body as the result a hit hands to yoga, which sends it as it is: yoga writes a result
 * with its own `stringify` when it has one (graphql-yoga's jsonStringifyResultWithoutInternals,
 * for every result processor), so a hit is never parsed nor written again, and the store holds
 * one string per response instead of its object graph. Its `data` only says it is an answer
 * (src/http-cache.ts asks): a hit skips execution, and nothing on its way reads the data.
 */
export function servedResult(body: string): ExecutionResult {
  return { data: null, stringify: () => body } as ExecutionResult;
}

/** The body a result is sent as (tests). */
export const sentBody = (result: ExecutionResult | null | undefined): string | undefined =>
  result ? ((result as { stringify?: () => string }).stringify?.() ?? bodyOf(result)) : undefined;

export interface TaggedCache extends Cache {
  /** A request for response `id` has begun (before its lookups; see Misses). */
  begin(id: string): void;
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

export function memoryStore(max: number, extraTags: (id: string) => string[], maxBytes = 256 * 2 ** 20): TaggedCache {
  const index = new Map<string, Set<string>>();
  const entries = new LRUCache<string, { body: string; tags: string[] }>({
    max,
    // Bounded by bytes too: a body's UTF-16 length, twice, and the tags that index it.
    maxSize: maxBytes,
    sizeCalculation: (e) => 2 * e.body.length + 64 * e.tags.length + 64,
    ttlAutopurge: false,
    dispose: (value, id) => {
      for (const tag of value.tags) {
        const ids = index.get(tag);
        ids?.delete(id);
        if (ids?.size === 0) index.delete(tag);
      }
    },
  });
  const misses = new Misses();
  let seq = 0;
  // Past its bound the oldest marks go, and a miss from before the newest of them is not stored.
  let forgottenUpTo = 0;
  const purged = new LRUCache<string, number>({
    max: 100_000,
    ttl: PURGED_MS,
    dispose: (n, _tag, reason) => {
      if (reason === 'evict') forgottenUpTo = Math.max(forgottenUpTo, n);
    },
  });
  const purge = async (tags: string[]) => {
    seq++;
    for (const tag of tags) {
      purged.set(tag, seq);
      for (const id of [...(index.get(tag) ?? [])]) entries.delete(id);
    }
  };
  return {
    begin: (id) => misses.begin(id),
    get: (id) => {
      const hit = entries.get(id)?.body;
      misses.lookup(id, seq, hit != null);
      return hit === undefined ? undefined : servedResult(hit);
    },
    set: (id, data, entities, ttl) => {
      const since = misses.take(id);
      const tags = [...new Set([...[...entities].map(tagOf), ...extraTags(id)])];
      if (since === undefined || since < forgottenUpTo || tags.some((tag) => (purged.get(tag) ?? 0) > since)) return;
      entries.set(id, { body: bodyOf(data), tags }, { ttl });
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

// Takes the next purge sequence number, marks each tag with it, drops the responses the tag's
// sorted set names, then the set: atomic, so a response written meanwhile is either purged or
// written after the purge (and then checked against the marks).
// KEYS: the tags' sets; ARGV: response key prefix, sequence key, mark lifetime (ms), then the
// tags' mark keys.
const PURGE = `
local seq = redis.call('INCR', ARGV[2])
for i, tag in ipairs(KEYS) do
  redis.call('SET', ARGV[3 + i], seq, 'PX', ARGV[3])
  local ids = redis.call('ZRANGE', tag, 0, -1)
  for j = 1, #ids, 500 do
    local batch = {}
    for k = j, math.min(j + 499, #ids) do batch[#batch + 1] = ARGV[1] .. ids[k] end
    redis.call('DEL', unpack(batch))
  end
  redis.call('DEL', tag)
end
return seq`;

// Stores a response unless one of its tags was purged after its miss (sequence ARGV[1]).
// KEYS: the response, then n mark keys, then the n tags' sets; ARGV: since, n, the response,
// ttl (ms), now (ms), the response id.
const STORE = `
local n = tonumber(ARGV[2])
local since = tonumber(ARGV[1])
for i = 1, n do
  local mark = redis.call('GET', KEYS[1 + i])
  if mark and tonumber(mark) > since then return 0 end
end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
local expiry = tonumber(ARGV[5]) + tonumber(ARGV[4])
for i = 1, n do
  local set = KEYS[1 + n + i]
  redis.call('ZADD', set, expiry, ARGV[6])
  redis.call('ZREMRANGEBYSCORE', set, '-inf', ARGV[5])
  redis.call('PEXPIRE', set, ARGV[4])
end
return 1`;

/**
 * Redis layout, every key under `prefix`: `b:<id>` the response's body (PX ttl); `t:<tag>` a sorted set
 * of response ids scored by their expiry, trimmed of expired ids on every write and expiring
 * with its newest member; `p:<tag>` the sequence number of the tag's last purge (PX
 * PURGED_MS); `seq` the purge sequence, the one key that does not expire (it must never go
 * back). No KEYS, no SCAN on the request path.
 */
export function redisStore(redis: Redis, prefix: string, extraTags: (id: string) => string[]): TaggedCache {
  // `b:`, a body; keys under `r:` held whole results before and are left to expire.
  const r = (id: string) => `${prefix}b:${id}`;
  const t = (tag: string) => `${prefix}t:${tag}`;
  const p = (tag: string) => `${prefix}p:${tag}`;
  const seqKey = `${prefix}seq`;
  const misses = new Misses();
  // Sent once per connection and run by their SHA1 after (EVALSHA).
  if (!('cgPurge' in redis)) {
    redis.defineCommand('cgPurge', { lua: PURGE });
    redis.defineCommand('cgStore', { lua: STORE });
  }
  const scripts = redis as unknown as Record<'cgPurge' | 'cgStore', (...args: (string | number)[]) => Promise<number>>;
  const purge = async (tags: string[]) => {
    if (tags.length) await scripts.cgPurge(tags.length, ...tags.map(t), `${prefix}b:`, seqKey, PURGED_MS, ...tags.map(p));
  };
  return {
    begin: (id) => misses.begin(id),
    get: async (id) => {
      // One round trip: the response, or the sequence number its miss is checked against.
      const [[, raw], [, seq]] = (await redis.pipeline().get(r(id)).get(seqKey).exec()) as [unknown, string | null][];
      misses.lookup(id, Number(seq ?? 0), raw != null);
      return raw ? servedResult(raw as string) : undefined;
    },
    set: async (id, data, entities, ttl) => {
      const since = misses.take(id);
      if (since === undefined) return;
      const tags = [...new Set([...[...entities].map(tagOf), ...extraTags(id)])];
      await scripts.cgStore(
        1 + 2 * tags.length,
        r(id),
        ...tags.map(p),
        ...tags.map(t),
        since,
        tags.length,
        bodyOf(data),
        ttl,
        Date.now(),
        id,
      );
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
