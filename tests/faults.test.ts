import pg from 'pg';
import { describe, expect, it } from 'vitest';

// Database faults seen through GraphQL: a pool with one connection, held; a statement that waits
// on a lock past the statement timeout. Each is a fast, masked error with a code of its own
// (SERVICE_OVERLOADED, STATEMENT_TIMEOUT) and a retry hint, and the next request is served; a
// database error that is no fault of load or reachability stays INTERNAL_SERVER_ERROR. (tests/pool.test.ts covers the same limits at the pg level;
// tests/server.test.ts a database that goes down and comes back.)
process.env.DB_POOL_MAX = '1';
process.env.DB_ACQUIRE_TIMEOUT_MS = '300';
process.env.DB_STATEMENT_TIMEOUT_MS = '1500'; // the demo seed runs under it too, on a shared machine
const { pool, useDemoContent } = await import('./helpers/db.ts');
const { yoga } = await import('../src/yoga.ts');
const { env } = await import('../src/env.ts');

useDemoContent();
const q = '{ articles(first: 3) { edges { node { slug } } } }';

type Result = {
  status: number;
  headers: Headers;
  data?: { articles: { edges: unknown[] } };
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
/** The query through yoga.fetch, with the response's status and headers (the retry hint travels in Retry-After). */
async function graphql(query: string): Promise<Result> {
  const res = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, headers: res.headers, ...((await res.json()) as object) };
}

function expectMasked(res: Result, code: string, message: string) {
  expect(res.status).toBe(200); // a field's error: other fields could hold data
  expect(res.errors).toHaveLength(1);
  expect(res.errors?.[0].extensions).toMatchObject({ code, retryAfterSeconds: 1 });
  expect(res.errors?.[0].message).toBe(message);
  expect(res.headers.get('retry-after')).toBe('1');
  // nothing of the internals: no driver message, SQL, table, stack
  expect(JSON.stringify(res.errors)).not.toMatch(/exceeded|canceling|pg_|Article|\.ts:\d+|at .+\(/);
}

describe('database faults through GraphQL', () => {
  it('an exhausted pool answers fast with a masked error, and serves again once a connection is free', async () => {
    const held = await pool.connect();
    try {
      const started = performance.now();
      expectMasked(await graphql(q), 'SERVICE_OVERLOADED', 'The server is too busy to answer; retry shortly.');
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      held.release();
    }
    const ok = await graphql(q);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.articles.edges).toHaveLength(3);
  });

  it('a statement past the statement timeout is cancelled with a masked error; the server keeps serving', async () => {
    const locker = new pg.Client({ connectionString: env().DATABASE_URL, options: `-c search_path="${env().DATABASE_SCHEMA}"` });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Article" IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      expectMasked(await graphql(q), 'STATEMENT_TIMEOUT', 'The request took too long and was stopped; retry later or ask for less.');
      expect(performance.now() - started).toBeLessThan(3_000);
      await locker.query('ROLLBACK');
    } finally {
      await locker.end();
    }
    const ok = await graphql(q);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.articles.edges).toHaveLength(3);
  });

  it('any other database error stays a masked INTERNAL_SERVER_ERROR', async () => {
    await pool.query('ALTER TABLE "Article" RENAME TO "ArticleAway"');
    try {
      const res = await graphql(q);
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors?.[0].message).toBe('Unexpected error.');
      expect(res.headers.get('retry-after')).toBeNull();
      expect(JSON.stringify(res.errors)).not.toMatch(/Article|relation|\.ts:\d+/);
    } finally {
      await pool.query('ALTER TABLE "ArticleAway" RENAME TO "Article"');
    }
    expect((await graphql(q)).errors).toBeUndefined();
  });
});
