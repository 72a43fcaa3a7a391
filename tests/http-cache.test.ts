import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// With the response cache on (as in service): its own ETag handling must not answer for it.
process.env.RESPONSE_CACHE_TTL_MS = '60000';
const { useDemoContent } = await import('./helpers/db.ts');
const { yoga } = await import('../src/yoga.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { chooseEncoding } = await import('../src/http-cache.ts');
const { operation } = await import('./helpers/operations.ts');

useDemoContent();

const get = (query: string, headers: Record<string, string> = {}) =>
  yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', ...headers },
  });
const A = '{ tags(first: 1) { edges { node { slug } } } }';
const B = '{ tags(first: 2) { edges { node { slug } } } }';

describe('HTTP caching', () => {
  it('anonymous reads are public with max-age and stale-while-revalidate, and vary', async () => {
    const res = await get(A);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(res.headers.get('vary')).toMatch(/Authorization/);
  });

  it('key holders get private, no-store; errors are never cacheable', async () => {
    const keyed = await get(A, { authorization: `Bearer ${(await createKey('http-cache-desk', ['preview'])).key}` });
    expect(keyed.headers.get('cache-control')).toBe('private, no-store');
    const bad = await get('{ articles(first: 500) { totalCount } }');
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });

  it('the ETag is a quoted hash of the body: 304 only when that body is unchanged, never for another query', async () => {
    const a = await get(A);
    const etag = a.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await get(A);
    expect(again.headers.get('etag')).toBe(etag);
    const revalidated = await get(A, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const other = await get(B, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect((await other.json()).data.tags.edges).toHaveLength(2);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('compresses with brotli or gzip when accepted, by q-value', async () => {
    const page = operation('article-page');
    const plain = await (await get(page)).text();
    const br = await get(page, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
    const gz = await get(page, { 'accept-encoding': 'br;q=0.1, gzip;q=0.9' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(plain);
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    const small = await get(A, { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});
