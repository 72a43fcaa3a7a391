import { join } from 'node:path';
import pg from 'pg';
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import { databaseStartupError, describeDatabaseError } from '../startup-errors.ts';
import { startEmbeddedDb } from './embedded.ts';
import { dbFault } from './faults.ts';

export interface OpenedDatabase {
  url: string;
  schema: string;
  /** Started by this process (DATA_DIR), rather than named by DATABASE_URL. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** Connects once and asks for nothing; throws the driver's own error when the database does not answer. */
async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database to use: DATABASE_URL when set, otherwise an embedded PostgreSQL with its data under
 * DATA_DIR, started now. Sets env().DATABASE_URL so src/db/client.ts connects to it. DATABASE_URL
 * is connected to once, so that an unreachable database is reported by name before anything else
 * runs, unless `probe` is false (the server waits for it instead: prepareDatabase).
 */
export async function openDatabase({ probe: check = true } = {}): Promise<OpenedDatabase> {
  const e = env();
  if (e.DATABASE_URL) {
    if (check) await probe(e.DATABASE_URL).catch((err) => Promise.reject(databaseStartupError(err, e.DATABASE_URL!, 'DATABASE_URL')));
    return { url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA, embedded: false, stop: async () => undefined };
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
  return { url: db.url, schema: e.DATABASE_SCHEMA, embedded: true, stop: db.stop };
}

/** Faults worth waiting out at start: the server is not up (yet), or restarting. A host that does not resolve is a typo. */
const waitable = (err: unknown) => {
  const e = err as { code?: string; errors?: { code?: string }[] };
  return dbFault(err) === 'unavailable' && (e.code ?? e.errors?.[0]?.code) !== 'ENOTFOUND';
};

const FIRST_DELAY_MS = 200;
const MAX_DELAY_MS = 2_000;
const LOG_EVERY_MS = 5_000;

/**
 * Runs `prepare` (migrations, seeding) once the database answers. An embedded one has just been
 * started, so any error is final. A DATABASE_URL server that is down or not up yet is retried
 * with a bounded backoff (200 ms doubling to 2 s, jittered), logging why at once and then at most
 * every 5 s, until it answers or DB_START_TIMEOUT_MS (when set) has passed. Other errors (wrong
 * password, no such database or host, a failed migration) are final.
 */
export async function prepareDatabase(db: OpenedDatabase, prepare: () => Promise<void>): Promise<void> {
  if (db.embedded) return prepare();
  const timeout = env().DB_START_TIMEOUT_MS;
  const started = Date.now();
  let attempts = 0;
  let loggedAt = 0;
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    try {
      await probe(db.url);
      await prepare();
      if (attempts) logger.info({ attempts, waitedMs: Date.now() - started }, 'the database answers: serving');
      return;
    } catch (err) {
      if (!waitable(err)) throw databaseStartupError(err, db.url, 'DATABASE_URL');
      attempts++;
      const waited = Date.now() - started;
      if (timeout > 0 && waited >= timeout) {
        throw databaseStartupError(err, db.url, 'DATABASE_URL', `; still so after ${(waited / 1000).toFixed(1)} s (DB_START_TIMEOUT_MS)`);
      }
      if (Date.now() - loggedAt >= LOG_EVERY_MS) {
        loggedAt = Date.now();
        const why = describeDatabaseError(err, db.url, 'DATABASE_URL') ?? 'the database in DATABASE_URL: it does not answer';
        logger.warn({ attempts, waitedSeconds: Math.round(waited / 1000) }, `waiting for ${why}; retrying`);
      }
      const pause = delay * (0.5 + Math.random() / 2);
      await new Promise((r) => setTimeout(r, timeout > 0 ? Math.min(pause, Math.max(timeout - waited, 0) + 1) : pause));
    }
  }
}
