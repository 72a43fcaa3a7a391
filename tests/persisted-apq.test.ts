import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

// APQ mode (the default) with the response cache on, as in service.
process.env.PERSISTED_OPERATIONS = 'apq';
process.env.RESPONSE_CACHE_TTL_MS = '60000';
const { countQueries, useDemoContent } = await import('./helpers/db.ts');
const { yoga } = await import('../src/yoga.ts');
const { apolloManifest, relayManifest, sha256 } = await import('../src/operations.ts');
const { redis } = await import('../src/response-cache.ts');

useDemoContent();
afterAll(() => redis?.quit());

const post = (body: object) =>
  yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('persisted operations: APQ', () => {
  it('the committed manifests are the operations folder (npm run operations:manifest)', () => {
    const read = (f: string) => JSON.parse(readFileSync(new URL(`../operations/${f}`, import.meta.url), 'utf8'));
    expect(read('manifest.json')).toEqual(relayManifest());
    expect(read('persisted-query-manifest.json')).toEqual(apolloManifest());
    for (const [hash, body] of Object.entries(relayManifest())) expect(sha256(body as string)).toBe(hash);
  });

  it('runs a registered operation by hash alone, by POST and by GET', async () => {
    const [hash] = Object.entries(relayManifest()).find(([, body]) => (body as string).includes('query HomeFeed'))!;
    const byPost = await (await post({ extensions: apq(hash) })).json();
    expect(byPost.errors).toBeUndefined();
    expect(byPost.data.articles.edges.length).toBeGreaterThan(0);
    const url = `http://gateway.test/graphql?extensions=${encodeURIComponent(JSON.stringify(apq(hash)))}`;
    const byGet = await yoga.fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(byGet.status).toBe(200);
    expect((await byGet.json()).data).toEqual(byPost.data);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, then accepts the document and runs it by hash', async () => {
    const query = '{ tags(first: 2) { edges { node { slug } } } }';
    const hash = sha256(query);
    const miss = await post({ extensions: apq(hash) });
    const missBody = await miss.json();
    expect(missBody.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    const register = await (await post({ query, extensions: apq(hash) })).json();
    expect(register.data.tags.edges).toHaveLength(2);
    const again = await (await post({ extensions: apq(hash) })).json();
    expect(again.data).toEqual(register.data);
  });

  it('refuses a document whose hash does not match', async () => {
    const res = await (await post({ query: '{ tags(first: 1) { edges { cursor } } }', extensions: apq(sha256('{ other }')) })).json();
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("never answers one operation with another's cached result", async () => {
    const a = '{ tags(first: 1) { edges { node { slug } } } }';
    const b = '{ tags(first: 3) { edges { node { slug } } } }';
    await post({ query: a, extensions: apq(sha256(a)) });
    await post({ query: b, extensions: apq(sha256(b)) });
    const first = await countQueries(async () => (await post({ extensions: apq(sha256(a)) })).json());
    const second = await countQueries(async () => (await post({ extensions: apq(sha256(b)) })).json());
    expect(first.statements).toHaveLength(0); // served from the cache
    expect(second.statements).toHaveLength(0);
    expect(first.result.data.tags.edges).toHaveLength(1);
    expect(second.result.data.tags.edges).toHaveLength(3);
  });
});
