import { afterAll, describe, expect, it } from 'vitest';

// Redis configured but unreachable (nothing listens on port 1): the response cache and the rate
// limits must degrade to uncached reads and in-memory counters, fast, never an error.
process.env.REDIS_URL = 'redis://127.0.0.1:1/5';
process.env.RESPONSE_CACHE_TTL_MS = '60000';
process.env.RATE_LIMIT_POINTS = '1000000';
const { countQueries, useDemoContent } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { redis } = await import('../src/response-cache.ts');

useDemoContent();
afterAll(() => redis?.disconnect());

describe('Redis down', () => {
  it('serves reads uncached, quickly, without errors', async () => {
    const q = '{ articles(first: 3) { edges { node { slug } } } }';
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const { result, statements } = await countQueries(() => graphql(q));
      expect(result.errors).toBeUndefined();
      expect(result.data.articles.edges).toHaveLength(3);
      expect(statements.length).toBeGreaterThan(0); // nothing cached anywhere
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
