import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The response cache is off in the rest of the suite (vitest.config.ts) so that tests see their
// own writes at once; this file turns it on before the app is loaded. With REDIS_URL set (CI's
// first run) it exercises the shared Redis cache, otherwise the in-memory one.
process.env.RESPONSE_CACHE_TTL_MS = '60000';
const { countQueries, prisma, useDemoContent } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { cacheKeyPrefix, redis } = await import('../src/response-cache.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { yoga } = await import('../src/yoga.ts');

useDemoContent();
// Entries a previous run left in the shared Redis would answer for rows that no longer exist.
beforeAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${cacheKeyPrefix()}*`);
  if (keys.length) await redis.del(...keys);
});
afterAll(() => redis?.quit());

const PAGE = `query ($slug: String!) { article(slug: $slug) { id title tags { slug } } }`;

describe(`response cache (${process.env.REDIS_URL ? 'Redis' : 'in memory'})`, () => {
  it('serves a repeated read without touching the database', async () => {
    const slug = 'central-bank-holds-rates-steady';
    const first = await countQueries(() => graphql(PAGE, { slug }));
    expect(first.result.errors).toBeUndefined();
    expect(first.statements.length).toBeGreaterThan(0);
    const second = await countQueries(() => graphql(PAGE, { slug }));
    expect(second.result.data).toEqual(first.result.data);
    expect(second.statements).toHaveLength(0);
  });

  it('keys entries by variables', async () => {
    const other = await prisma.article.findFirst({ where: { status: 'PUBLISHED', slug: { not: 'central-bank-holds-rates-steady' } } });
    const res = await countQueries(() => graphql(PAGE, { slug: other!.slug }));
    expect(res.result.data.article.title).toBe(other!.title);
    expect(res.statements.length).toBeGreaterThan(0);
  });

  it('never caches errors', async () => {
    const bad = `{ articles(first: 500) { totalCount } }`;
    const once = await graphql(bad);
    const again = await countQueries(() => graphql(bad));
    expect(once.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
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
      expect(keyed.result.headers.get('etag')).toBeNull();
      expect(((await keyed.result.json()) as { data: { article: { title: string } } }).data.article.title).toBe(draft!.title);
      expect(keyed.statements.length).toBeGreaterThan(0);
    }
    // The same operation and variables, anonymous: not the preview answer.
    const anonymous = await post({});
    expect(anonymous.headers.get('cache-control')).toBeNull();
    expect(((await anonymous.json()) as { data: { article: unknown } }).data.article).toBeNull();
  });
});
