import { afterAll, describe, expect, it } from 'vitest';

// A limit of 5 points a minute, clients told apart by X-Forwarded-For (as behind a proxy), one
// browser origin allowed. With REDIS_URL set the counters are in Redis.
process.env.RATE_LIMIT_POINTS = '5';
process.env.TRUST_PROXY = 'true';
process.env.CORS_ORIGINS = 'https://news.example';
const { useDemoContent } = await import('./helpers/db.ts');
const { yoga } = await import('../src/yoga.ts');
const { createKey } = await import('../src/keys/keys.ts');

useDemoContent();
afterAll(() => new Promise((r) => setTimeout(r, 10)));

const run = { n: 0 };
const client = () => `10.${process.pid % 250}.${Date.now() % 250}.${++run.n}`;
const post = (body: object, headers: Record<string, string>) =>
  yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('rate limits', () => {
  it('50 concurrent requests of one client against a limit of 5 let 5 in; the rest get 429 with Retry-After and RateLimit headers', async () => {
    const ip = client();
    const responses = await Promise.all(Array.from({ length: 50 }, () => post({ query: '{ __typename }' }, { 'x-forwarded-for': ip })));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(ok).toHaveLength(5);
    expect(limited).toHaveLength(45);
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited[0].headers.get('ratelimit-limit')).toBe('5');
    expect(limited[0].headers.get('ratelimit-remaining')).toBe('0');
    expect((await limited[0].json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(ok[0].headers.get('ratelimit-remaining')).toMatch(/^[0-4]$/);
    // Another client is not affected.
    expect((await post({ query: '{ __typename }' }, { 'x-forwarded-for': client() })).status).toBe(200);
  });

  it('charges the cost of the request, not one per request', async () => {
    const ip = client();
    const res = await post({ query: '{ tags(first: 2) { edges { node { slug } } } }' }, { 'x-forwarded-for': ip });
    expect(res.status).toBe(429); // costs more than 5 points
  });

  it('counts an API key apart from its address', async () => {
    const ip = client();
    for (let i = 0; i < 5; i++) await post({ query: '{ __typename }' }, { 'x-forwarded-for': ip });
    expect((await post({ query: '{ __typename }' }, { 'x-forwarded-for': ip })).status).toBe(429);
    expect(
      (
        await post(
          { query: '{ __typename }' },
          { 'x-forwarded-for': ip, authorization: `Bearer ${(await createKey(`rate-${ip}`, ['preview'])).key}` },
        )
      ).status,
    ).toBe(200);
  });
});

describe('CORS and CSRF', () => {
  it('answers only allowed origins, each with its own origin, never with credentials', async () => {
    const pre = (origin: string) =>
      yoga.fetch('http://gateway.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await pre('https://news.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await pre('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a GET without a preflight header, accepts it with one', async () => {
    const url = `http://gateway.test/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const bare = await yoga.fetch(url, { headers: { accept: 'application/json', 'x-forwarded-for': client() } });
    expect(bare.status).toBe(403);
    expect((await bare.json()).errors[0].extensions.code).toBe('CSRF_HEADER_REQUIRED');
    const withHeader = await yoga.fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', 'x-forwarded-for': client() },
    });
    expect(withHeader.status).toBe(200);
  });
});
