import { pool } from './db.ts';

/** One md5 over every row of every table of the worker's schema: equal means byte-identical rows. */
export async function checksum(): Promise<string> {
  const { rows: tables } = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename",
  );
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const { rows } = await pool.query<{ sum: string | null }>(
      `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${tablename}" t`,
    );
    parts.push(`${tablename}:${rows[0].sum}`);
  }
  return parts.join(' ');
}
