import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The response cache is off in the rest of the suite (vitest.config.ts) so that tests see their
// own writes at once; this file turns it on before the app is loaded. With REDIS_URL set (CI's
// first run) it exercises the shared Redis cache, otherwise the in-memory one.
process.env.RESPONSE_CACHE_TTL_MS = '60000';
const { countQueries, prisma, useDemoContent } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { cacheKeyPrefix, purge, redis } = await import('../src/response-cache.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { yoga } = await import('../src/yoga.ts');
const { memoryStore, redisStore, sentBody } = await import('../src/cache-store.ts');
type TaggedCache = import('../src/cache-store.ts').TaggedCache;

/** This deployment's keys, by SCAN (never KEYS). */
async function ourKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis!.scanStream({ match: `${cacheKeyPrefix()}*`, count: 500 })) keys.push(...(batch as string[]));
  return keys;
}

useDemoContent();
// Entries a previous run left in the shared Redis would answer for rows that no longer exist.
beforeAll(async () => {
  if (!redis) return;
  const keys = await ourKeys();
  if (keys.length) await redis.del(...keys);
});
afterAll(() => redis?.quit());

const PAGE = `query ($slug: String!) { article(slug: $slug) { id title tags { slug } } }`;
const FEED = `{ articles(first: 3) { edges { node { id title } } } }`;
const SLUG = 'central-bank-holds-rates-steady';

describe(`response cache (${process.env.REDIS_URL ? 'Redis' : 'in memory'})`, () => {
  it('serves a repeated read without touching the database', async () => {
    const first = await countQueries(() => graphql(PAGE, { slug: SLUG }));
    expect(first.result.errors).toBeUndefined();
    expect(first.statements.length).toBeGreaterThan(0);
    const second = await countQueries(() => graphql(PAGE, { slug: SLUG }));
    expect(second.result.data).toEqual(first.result.data);
    expect(second.statements).toHaveLength(0);
  });

  it('sends a hit as the very bytes, headers and ETag of the answer it stored', async () => {
    // The canonical article page, whole: bodies, JSON-LD, related articles, more of its category.
    const { readFileSync } = await import('node:fs');
    const query = readFileSync('operations/article-page.graphql', 'utf8');
    const slug = (await prisma.article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { id: 'desc' } })).slug;
    const post = () =>
      yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables: { slug, first: 5 } }),
      });
    const miss = await countQueries(async () => {
      const res = await post();
      return { res, text: await res.text() };
    });
    expect(miss.statements.length).toBeGreaterThan(0);
    const hit = await countQueries(async () => {
      const res = await post();
      return { res, text: await res.text() };
    });
    expect(hit.statements).toHaveLength(0);
    expect(hit.result.text).toBe(miss.result.text);
    expect(JSON.parse(hit.result.text).data.article.slug).toBe(slug);
    expect(hit.result.text).not.toContain('"http"');
    for (const header of ['content-type', 'etag', 'cache-control', 'vary'])
      expect(hit.result.res.headers.get(header), header).toBe(miss.result.res.headers.get(header));
    expect(hit.result.res.status).toBe(200);
  });

  it('keys entries by variables', async () => {
    const other = await prisma.article.findFirst({ where: { status: 'PUBLISHED', slug: { not: SLUG } } });
    const res = await countQueries(() => graphql(PAGE, { slug: other!.slug }));
    expect(res.result.data.article.title).toBe(other!.title);
    expect(res.statements.length).toBeGreaterThan(0);
  });

  it('never caches errors, nor requests with Authorization', async () => {
    const bad = `{ articles(first: 500) { totalCount } }`;
    const once = await graphql(bad);
    const again = await countQueries(() => graphql(bad));
    expect(once.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const keyed = { headers: { authorization: `Bearer ${(await createKey('cache-desk', ['preview'])).key}` } };
    await graphql(FEED, undefined, keyed);
    expect((await countQueries(() => graphql(FEED, undefined, keyed))).statements.length).toBeGreaterThan(0);
  });

  it('purge(tags) drops the responses holding an entity, and the lists of a root field', async () => {
    // The oldest article: not in the feed's first page, so purging it leaves the feed cached.
    const article = await prisma.article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'asc' } });
    const slug = article.slug;
    await graphql(PAGE, { slug });
    await graphql(FEED);
    expect((await countQueries(() => graphql(PAGE, { slug }))).statements).toHaveLength(0);
    await purge([`Article:${article.id}`]);
    expect((await countQueries(() => graphql(PAGE, { slug }))).statements.length).toBeGreaterThan(0);
    expect((await countQueries(() => graphql(FEED))).statements).toHaveLength(0);
    await purge(['Query.articles']);
    expect((await countQueries(() => graphql(FEED))).statements.length).toBeGreaterThan(0);
    expect((await countQueries(() => graphql(PAGE, { slug }))).statements).toHaveLength(0);
  });

  it('runs concurrent misses of one operation once', async () => {
    await purge(['Query.articles']);
    const { result, statements } = await countQueries(() => Promise.all(Array.from({ length: 10 }, () => graphql(FEED))));
    const alone = await countQueries(async () => {
      await purge(['Query.articles']);
      return graphql(FEED);
    });
    for (const r of result) expect(r.data).toEqual(alone.result.data);
    expect(statements.length).toBe(alone.statements.length);
  });

  it('keeps an index no larger than the live entries it names', async () => {
    // In memory: entries the LRU evicts leave the index with them.
    const store = memoryStore(3, () => []);
    for (let i = 0; i < 50; i++) {
      store.begin(`k${i}`);
      store.get(`k${i}`);
      store.set(`k${i}`, { data: { i } }, [{ typename: 'Tag', id: i }, { typename: 'Tag' }], 60_000);
    }
    expect(await store.indexSize()).toBe(6);
    await store.purge(['Tag']);
    expect(await store.indexSize()).toBe(0);
    expect(store.get('k49')).toBeUndefined();
    if (!redis) return;
    // In Redis: every key under the prefix and expiring; each index member is a live response.
    const keys = await ourKeys();
    expect(keys.length).toBeGreaterThan(0);
    // But the purge sequence, which must never go back.
    for (const key of keys.filter((k) => !k.endsWith('seq'))) expect(await redis.pttl(key), key).toBeGreaterThan(0);
    for (const tag of keys.filter((k) => k.startsWith(`${cacheKeyPrefix()}t:`))) {
      for (const id of await redis.zrange(tag, 0, -1)) expect(await redis.exists(`${cacheKeyPrefix()}b:${id}`), id).toBe(1);
    }
  });

  it('never stores an answer whose miss came before a purge of one of its tags', async () => {
    const stores: [string, TaggedCache][] = [['memory', memoryStore(100, () => [])]];
    if (redis) stores.push(['redis', redisStore(redis, `${cacheKeyPrefix()}race${Date.now()}:`, () => [])]);
    const article = [{ typename: 'Article', id: 7 }];
    const answer = { data: { article: { id: 7 } } };
    for (const [name, store] of stores) {
      // A request as the plugin runs it: its key is built, then looked up (twice) and missed.
      const miss = async (id: string) => {
        store.begin(id);
        expect(await store.get(id), name).toBeUndefined();
        expect(await store.get(id), name).toBeUndefined();
      };
      // The race: the request misses and reads the old row, the write commits and is purged,
      // then the request stores what it read.
      await miss('a');
      await store.purge(['Article:7']);
      await store.set('a', answer, article, 60_000);
      expect(await store.get('a'), name).toBeUndefined();
      // A miss after that purge stores; a purge of another tag does not stop it.
      await miss('a');
      await store.purge(['Article:8']);
      await store.set('a', answer, article, 60_000);
      expect(sentBody(await store.get('a')), name).toBe(JSON.stringify(answer));
      // Overlapping requests: r1 misses before the purge, r2 misses and stores before it,
      // r3 misses after it; r1's answer (read before the write) must not be stored, whatever
      // order the others end in.
      await miss('b'); // r1
      await miss('b'); // r2
      await store.set('b', answer, article, 60_000); // r2, before the purge: stored
      await store.purge(['Article:7']);
      await miss('b'); // r3
      await store.set('b', { data: { stale: true } }, article, 60_000); // r1
      expect(await store.get('b'), name).toBeUndefined();
      // An answer with no request begun (or one forgotten) is not stored.
      await store.set('c', answer, article, 60_000);
      expect(await store.get('c'), name).toBeUndefined();
    }
  });

  it('forgets a miss after a minute or past 10,000 requests out, and then stores nothing for it', async () => {
    const store = memoryStore(100, () => []);
    const answer = { data: { ok: true } };
    const tags = [{ typename: 'Tag', id: 1 }];
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      store.begin('slow');
      store.get('slow');
      vi.setSystemTime(Date.now() + 61_000);
      store.set('slow', answer, tags, 60_000);
      expect(store.get('slow')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    store.begin('first');
    store.get('first');
    for (let i = 0; i < 10_000; i++) store.begin(`other${i}`);
    store.set('first', answer, tags, 60_000);
    expect(store.get('first')).toBeUndefined();
    // The newest of them is still remembered, and stores.
    store.get('other9999');
    store.set('other9999', answer, tags, 60_000);
    expect(sentBody(await store.get('other9999'))).toBe(JSON.stringify(answer));
  });

  it('never caches nor shares a response to a request with a key', async () => {
    const { key } = await createKey('cache-preview', ['preview']);
    const draft = await prisma.article.findFirst({ where: { status: { not: 'PUBLISHED' } } });
    expect(draft).not.toBeNull();
    const post = async (headers: Record<string, string>) =>
      await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: PAGE, variables: { slug: draft!.slug } }),
      });
    for (let i = 0; i < 2; i++) {
      const keyed = await countQueries(() => post({ authorization: `Bearer ${key}` }));
      expect(keyed.result.headers.get('cache-control')).toBe('private, no-store');
      expect(((await keyed.result.json()) as { data: { article: { title: string } } }).data.article.title).toBe(draft!.title);
      expect(keyed.statements.length).toBeGreaterThan(0);
    }
    // The same operation and variables, anonymous: not the preview answer.
    const anonymous = await post({});
    expect(anonymous.headers.get('cache-control')).not.toContain('private');
    expect(((await anonymous.json()) as { data: { article: unknown } }).data.article).toBeNull();
  });
});
