import { join } from 'node:path';
import { startEmbeddedDb } from './embedded.ts';
import { env } from '../env.ts';
import { logger } from '../logger.ts';

/**
 * Makes sure a database is reachable: DATABASE_URL when set, otherwise an embedded PostgreSQL
 * with its data under DATA_DIR. Sets env().DATABASE_URL so src/db.ts connects to it.
 */
export async function openDatabase(): Promise<{ url: string; schema: string; stop(): Promise<void> }> {
  const e = env();
  if (e.DATABASE_URL) return { url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA, stop: async () => undefined };
  const dataDir = join(e.DATA_DIR, 'postgres');
  logger.info({ dataDir, port: e.EMBEDDED_PG_PORT }, 'DATABASE_URL not set: starting embedded PostgreSQL');
  const db = await startEmbeddedDb({
    dataDir,
    port: e.EMBEDDED_PG_PORT,
    onLog: (line) => logger.debug({ postgres: line.trim() }),
  });
  e.DATABASE_URL = db.url;
  return { url: db.url, schema: e.DATABASE_SCHEMA, stop: db.stop };
}
