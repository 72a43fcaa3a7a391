import pg from 'pg';
import { describe, expect, it } from 'vitest';

// Database faults seen through GraphQL: a pool with one connection, held; a statement that waits
// on a lock past the statement timeout. Each is a fast, masked error with a stable code, and the
// next request is served. (tests/pool.test.ts covers the same limits at the pg level;
// tests/server.test.ts a database that goes down and comes back.)
process.env.DB_POOL_MAX = '1';
process.env.DB_ACQUIRE_TIMEOUT_MS = '300';
process.env.DB_STATEMENT_TIMEOUT_MS = '800';
const { pool, useDemoContent } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { env } = await import('../src/env.ts');

useDemoContent();
const q = '{ articles(first: 3) { edges { node { slug } } } }';

function expectMasked(res: Awaited<ReturnType<typeof graphql>>) {
  expect(res.status).toBe(200);
  expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(res.errors?.[0].message).toBe('Unexpected error.');
  expect(JSON.stringify(res)).not.toMatch(/timeout|pg_|\.ts:\d+|at .+\(/); // nothing of the internals
}

describe('database faults through GraphQL', () => {
  it('an exhausted pool answers fast with a masked error, and serves again once a connection is free', async () => {
    const held = await pool.connect();
    try {
      const started = performance.now();
      expectMasked(await graphql(q));
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      held.release();
    }
    const ok = await graphql(q);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.articles.edges).toHaveLength(3);
  });

  it('a statement past the statement timeout is cancelled with a masked error; the server keeps serving', async () => {
    const locker = new pg.Client({ connectionString: env().DATABASE_URL, options: `-c search_path="${env().DATABASE_SCHEMA}"` });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Article" IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      expectMasked(await graphql(q));
      expect(performance.now() - started).toBeLessThan(3_000);
      await locker.query('ROLLBACK');
    } finally {
      await locker.end();
    }
    const ok = await graphql(q);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.articles.edges).toHaveLength(3);
  });
});
