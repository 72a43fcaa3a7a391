import { join } from 'node:path';
import pg from 'pg';
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import { databaseStartupError } from '../startup-errors.ts';
import { startEmbeddedDb } from './embedded.ts';

/** Connects once, so an unreachable database is reported by name before anything else runs. */
async function probe(url: string, source: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw databaseStartupError(err, url, source);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Makes sure a database is reachable: DATABASE_URL when set, otherwise an embedded PostgreSQL
 * with its data under DATA_DIR. Sets env().DATABASE_URL so src/db/client.ts connects to it.
 */
export async function openDatabase(): Promise<{ url: string; schema: string; stop(): Promise<void> }> {
  const e = env();
  if (e.DATABASE_URL) {
    await probe(e.DATABASE_URL, 'DATABASE_URL');
    return { url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA, stop: async () => undefined };
  }
  const dataDir = join(e.DATA_DIR, 'postgres');
  logger.info({ dataDir, port: e.EMBEDDED_PG_PORT }, 'DATABASE_URL not set: starting embedded PostgreSQL');
  const db = await startEmbeddedDb({
    dataDir,
    port: e.EMBEDDED_PG_PORT,
    onLog: (line) => logger.debug({ postgres: line.trim() }),
  });
  // The password is the fixed local one of the embedded server (it listens on 127.0.0.1 only).
  logger.info({ url: db.url }, `embedded PostgreSQL ready; attach with: psql ${db.url}`);
  e.DATABASE_URL = db.url;
  return { url: db.url, schema: e.DATABASE_SCHEMA, stop: db.stop };
}
