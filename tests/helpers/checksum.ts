import { pool } from './db.ts';

/** Row count and md5 of every row of every table of the worker's schema: equal sums mean byte-identical rows. */
export async function checksum(): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename",
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const { rows } = await pool.query<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${tablename}" t`,
    );
    out[tablename] = `${rows[0].n}:${rows[0].sum}`;
  }
  return out;
}
