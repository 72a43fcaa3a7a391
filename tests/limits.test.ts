import { describe, expect, it } from 'vitest';

// The default cost limit (the rest of the suite raises it), set before the app is loaded.
process.env.MAX_COST = '5000';
const { limits } = await import('../src/limits.ts');
const { countQueries, useDemoContent } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { operation } = await import('./helpers/operations.ts');
const { yoga } = await import('../src/yoga.ts');

useDemoContent();

const ops = ['article-page', 'home-feed', 'category-page', 'person-page'] as const;
const refusedWithoutSql = async (query: string, variables?: Record<string, unknown>) => {
  const { result, statements } = await countQueries(() => graphql(query, variables));
  expect(statements).toHaveLength(0);
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  return result.errors![0];
};

describe('request limits', () => {
  it('accepts every canonical operation and reports its cost', async () => {
    for (const op of ops) {
      const res = await graphql(operation(op));
      expect(res.errors, op).toBeUndefined();
      const cost = (res as { extensions?: { cost: { requested: number; limit: number } } }).extensions!.cost;
      expect(cost.limit).toBe(limits().cost);
      expect(cost.requested).toBeGreaterThan(1);
      expect(cost.requested * 2, op).toBeLessThanOrEqual(cost.limit);
    }
  });

  it('counts page sizes given as variables', async () => {
    const q = `query ($n: Int) { articles(first: $n) { edges { node { id title } } } }`;
    const small = (await graphql(q, { n: 5 })) as { extensions?: { cost: { requested: number } } };
    const large = (await graphql(q, { n: 50 })) as { extensions?: { cost: { requested: number } } };
    expect(large.extensions!.cost.requested).toBeGreaterThan(small.extensions!.cost.requested * 5);
    // Costs are remembered per document and variables: the same document alternating between
    // variable sets keeps each one's cost, and a refused size stays refused after an accepted one.
    for (const [n, cost] of [
      [5, small],
      [50, large],
      [5, small],
    ] as const) {
      expect(((await graphql(q, { n })) as typeof small).extensions!.cost.requested).toBe(cost.extensions!.cost.requested);
    }
    const nested = `query ($n: Int, $m: Int) { articles(first: $n) { edges { node { related(first: $m) { edges { node { id title } } } } } } }`;
    expect((await graphql(nested, { n: 2, m: 2 })).errors).toBeUndefined();
    const err = await refusedWithoutSql(nested, { n: 100, m: 50 });
    expect(err.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(err.extensions?.cost).toMatchObject({ limit: limits().cost });
  });

  it("refuses the issue's hostile request (200 aliases of articles(first:100) with related(first:50)) before any SQL", async () => {
    const alias = (i: number) => `a${i}: articles(first: 100) { edges { node { id related(first: 50) { edges { node { id title } } } } } }`;
    const err = await refusedWithoutSql(`{ ${Array.from({ length: 200 }, (_, i) => alias(i)).join(' ')} }`);
    expect(['TOO_MANY_ALIASES', 'QUERY_TOO_COMPLEX', 'TOO_MANY_TOKENS']).toContain(err.extensions?.code);
  });

  it('refuses deep, alias-heavy, token-heavy and directive-heavy documents with their own codes', async () => {
    const l = limits();
    const deep = `{ article(slug: "x") { ${'category { parent { '.repeat(l.depth)}name${' } }'.repeat(l.depth)} } }`;
    expect((await refusedWithoutSql(deep)).extensions?.code).toBe('QUERY_TOO_DEEP');
    const aliases = `{ ${Array.from({ length: l.aliases + 1 }, (_, i) => `t${i}: tag(slug: "x") { name }`).join(' ')} }`;
    expect((await refusedWithoutSql(aliases)).extensions?.code).toBe('TOO_MANY_ALIASES');
    const tokens = `{ tags(first: 1) { edges { node { ${'name '.repeat(l.tokens)} } } } }`;
    expect((await refusedWithoutSql(tokens)).extensions?.code).toBe('TOO_MANY_TOKENS');
    const directives = `{ tag(slug: "x") { name ${'@include(if: true) '.repeat(l.directives + 1)} } }`;
    expect((await refusedWithoutSql(directives)).extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuses an oversized body, with or without Content-Length', async () => {
    const big = JSON.stringify({ query: `{ tags(first: 1) { edges { cursor } } }`, variables: { pad: 'x'.repeat(limits().bodyBytes) } });
    const withLength = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(withLength.status).toBe(413);
    expect((await withLength.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    const streamed = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    // A Content-Length that is not one plain number (as in request smuggling) is not believed:
    // the body is counted.
    for (const length of ['10, 10', '-1', 'abc']) {
      const lying = await yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': length },
        body: big,
      });
      expect(lying.status, length).toBe(413);
      expect((await lying.json()).errors[0].extensions.code, length).toBe('REQUEST_TOO_LARGE');
    }
  });

  it('masks unexpected errors and puts a request id in every error and response', async () => {
    const res = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-req-0001' },
      body: JSON.stringify({ query: '{ article(slug: "x") { nope } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('client-req-0001');
    const body = await res.json();
    expect(body.errors[0].extensions.requestId).toBe('client-req-0001');
    const generated = await graphql('{ article { id } }');
    expect(generated.errors?.[0].extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
