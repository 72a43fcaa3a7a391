import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { env } from '../src/env.ts';
import { migrate, MigrationError, readMigrations, type Migration } from '../src/db/migrate.ts';

// Each case runs in a scratch schema of its own (global-setup drops vt_* schemas).
const url = env().DATABASE_URL!;
const admin = new pg.Pool({ connectionString: url, max: 2 });
let n = 0;
const scratch = () => `vt_${process.env.VITEST_POOL_ID ?? 1}_mig_${++n}_${Date.now() % 100000}`;
afterAll(() => admin.end());

const mig = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash('sha256').update(sql).digest('hex'),
});

describe('migrations', () => {
  it('applies every migration once and records it as Prisma does', async () => {
    const schema = scratch();
    const all = await readMigrations();
    expect(all.length).toBeGreaterThan(0);
    expect(await migrate({ url, schema })).toEqual(all.map((m) => m.name));
    expect(await migrate({ url, schema })).toEqual([]);

    const { rows } = await admin.query(
      `SELECT id, checksum, migration_name, finished_at, rolled_back_at, applied_steps_count, logs FROM "${schema}"."_prisma_migrations"`,
    );
    const first = all[0];
    const file = readFileSync(`prisma/migrations/${first.name}/migration.sql`);
    expect(rows).toHaveLength(all.length);
    expect(rows[0]).toMatchObject({
      checksum: createHash('sha256').update(file).digest('hex'),
      migration_name: first.name,
      rolled_back_at: null,
      applied_steps_count: 1,
      logs: null,
    });
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it('refuses a migration that changed after it was applied', async () => {
    const schema = scratch();
    await migrate({ url, schema }, [mig('001_a', 'CREATE TABLE a (id int)')]);
    await expect(migrate({ url, schema }, [mig('001_a', 'CREATE TABLE a (id bigint)')])).rejects.toThrow(
      /Migration 001_a was changed after it was applied/,
    );
  });

  it('rolls a failing migration back whole and records nothing', async () => {
    const schema = scratch();
    const broken = mig('002_broken', 'CREATE TABLE b (id int); SELECT no_such_function();');
    await expect(migrate({ url, schema }, [mig('001_a', 'CREATE TABLE a (id int)'), broken])).rejects.toThrow(MigrationError);
    const tables = await admin.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [schema]);
    expect(tables.rows.map((r) => r.tablename)).toEqual(['_prisma_migrations', 'a']);
    const recorded = await admin.query(`SELECT migration_name FROM "${schema}"."_prisma_migrations"`);
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(['001_a']);
    // Once fixed, it applies.
    expect(await migrate({ url, schema }, [mig('001_a', 'CREATE TABLE a (id int)'), mig('002_broken', 'CREATE TABLE b (id int)')])).toEqual(
      ['002_broken'],
    );
  });

  it('lets instances that start together apply each migration exactly once', async () => {
    const schema = scratch();
    const all = await readMigrations();
    const results = await Promise.all([1, 2, 3, 4].map(() => migrate({ url, schema })));
    expect(results.flat().sort()).toEqual(all.map((m) => m.name).sort());
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "${schema}"."_prisma_migrations"`);
    expect(rows[0].n).toBe(all.length);
  });

  it('refuses to go on past a migration Prisma recorded as failed', async () => {
    const schema = scratch();
    await migrate({ url, schema }, [mig('001_a', 'SELECT 1')]);
    await admin.query(
      `INSERT INTO "${schema}"."_prisma_migrations" (id, checksum, migration_name, logs) VALUES ('00000000-0000-0000-0000-000000000001', 'x', '002_failed', 'boom')`,
    );
    await expect(migrate({ url, schema }, [mig('001_a', 'SELECT 1')])).rejects.toThrow(/002_failed failed earlier/);
  });
});
