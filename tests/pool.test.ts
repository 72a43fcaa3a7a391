import { afterAll, describe, expect, it } from 'vitest';
import { createPool, pool, poolConfig } from '../src/db/client.ts';
import { env, parseEnv } from '../src/env.ts';
import { migrateOnce } from './helpers/db.ts';

// The pool never lets a request wait forever, never lets a query run forever, and survives a
// connection the server drops.
const small = createPool(
  poolConfig(
    env().DATABASE_URL!,
    env().DATABASE_SCHEMA,
    parseEnv({ DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '300', DB_STATEMENT_TIMEOUT_MS: '500' }),
  ),
);
afterAll(() => small.end());

describe('database pool', () => {
  it('gives up waiting for a free connection after the acquire timeout', async () => {
    const held = await small.connect();
    try {
      const started = Date.now();
      await expect(small.query('SELECT 1')).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      held.release();
    }
    expect((await small.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });

  it('cancels a statement that runs past the statement timeout', async () => {
    await expect(small.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
    expect((await small.query('SELECT 2 AS two')).rows[0].two).toBe(2);
  });

  it('survives the server dropping an idle connection', async () => {
    await migrateOnce();
    const client = await pool().connect();
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    client.release();
    const killer = await small.connect();
    await killer.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    killer.release();
    await new Promise((r) => setTimeout(r, 200));
    // The dropped client left the pool through the error handler; new work still runs.
    expect((await pool().query('SELECT 3 AS three')).rows[0].three).toBe(3);
  });
});
