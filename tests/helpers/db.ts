import { beforeAll, beforeEach } from 'vitest';
import { pool as openPool, prisma as openPrisma } from '../../src/db/client.ts';
import { onDirectStatement } from '../../src/db/direct-reads.ts';
import { env } from '../../src/env.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/seed/demo.ts';

// Tests use the process's pool and client directly; opening them here is fine for tests.
export const pool = openPool();
export const prisma = openPrisma();

let migrated: Promise<unknown> | undefined;

/** Applies the migrations to this worker's schema, once per worker. */
export function migrateOnce(): Promise<unknown> {
  migrated ??= migrate({ url: env().DATABASE_URL!, schema: env().DATABASE_SCHEMA });
  return migrated;
}

export async function truncateAll(): Promise<void> {
  const { rows } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
  );
  if (rows.length) {
    await pool.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
}

/** Every test of the file starts from empty tables. */
export function useCleanDb(): void {
  beforeAll(migrateOnce);
  beforeEach(truncateAll);
}

/** The file's tests read the demo content, loaded once into clean tables; they must not write. */
export function useDemoContent(): void {
  beforeAll(async () => {
    await migrateOnce();
    await truncateAll();
    await seedDemo(prisma);
  });
}

/** Runs `fn` and returns its result with the SQL statements Prisma and the direct reads sent meanwhile. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const listener = (e: { query: string }) => statements.push(e.query);
  listeners.add(listener);
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    listeners.delete(listener);
  }
}

const listeners = new Set<(e: { query: string }) => void>();
prisma.$on('query', (e) => {
  for (const l of listeners) l(e);
});
// The reads src/db/direct-reads.ts sends on the pool are statements too.
onDirectStatement((e) => {
  for (const l of listeners) l(e);
});
