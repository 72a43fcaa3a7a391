import { beforeAll, beforeEach } from 'vitest';
import { pool, prisma } from '../../src/db.ts';
import { env } from '../../src/env.ts';
import { migrate } from '../../src/migrate.ts';
import { seedDemo } from '../../src/seed/demo.ts';

export { pool, prisma };

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

/** Runs `fn` and returns its result with the SQL statements Prisma sent meanwhile. */
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
