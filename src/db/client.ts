import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { env, type Env } from '../env.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { logger } from '../logger.ts';

// One pool and one Prisma client per process (STYLE.md: never on the request context), made on
// first use rather than at import: the schema can be built and printed without a database, and
// server.ts can start the embedded database and set DATABASE_URL before anything connects.

export function poolConfig(url: string, schema: string, e: Env = env()): pg.PoolConfig {
  return {
    connectionString: url,
    max: e.DB_POOL_MAX,
    // pg-pool applies this to waiting for a free client too, so no request waits forever.
    connectionTimeoutMillis: e.DB_ACQUIRE_TIMEOUT_MS,
    idleTimeoutMillis: e.DB_IDLE_TIMEOUT_MS,
    statement_timeout: e.DB_STATEMENT_TIMEOUT_MS,
    // Every statement is prepared (see statementNameGenerator below); a generic plan is made once
    // per connection instead of planning each execution anew (planning cost more than running
    // the nested page queries: 1.8 ms against 2.1 ms for the home feed). JIT: see DB_JIT in env.ts.
    options: `-c search_path="${schema}" -c plan_cache_mode=${e.DB_PLAN_CACHE_MODE} -c jit=${e.DB_JIT}`,
    application_name: 'content-gateway',
  };
}

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the server through src/server.ts, which starts an embedded database.');
  return url;
}

export function createPool(config: pg.PoolConfig): pg.Pool {
  const p = new pg.Pool(config);
  // An idle client whose connection drops emits here; without a listener the process would crash.
  p.on('error', (err) => logger.warn({ err: err.message }, 'idle database connection lost'));
  return p;
}

// Named statements are prepared once per connection and reused: PostgreSQL then skips parsing
// and, once its plan is cached, planning. (Behind PgBouncer use session pooling, or leave this off.)
// Names are memoised by SQL text: the gateway issues a few hundred distinct statements, each many
// times, and hashing the text on every execution showed in profiles. Bounded all the same.
const statementNames = new Map<string, string>();
export const statementName = (sql: string): string => {
  let name = statementNames.get(sql);
  if (!name) {
    name = `cg_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
    if (statementNames.size >= 5_000) statementNames.clear();
    statementNames.set(sql, name);
  }
  return name;
};

function createClient(p: pg.Pool, e: Env) {
  return new PrismaClient({
    adapter: new PrismaPg(p, { schema: e.DATABASE_SCHEMA, statementNameGenerator: (query) => statementName(query.sql) }),
    // Query events cost CPU on every statement; only the tests, which count statements, turn them on.
    log: e.DB_QUERY_EVENTS ? [{ emit: 'event', level: 'query' }] : [],
  });
}
export type Db = ReturnType<typeof createClient>;

let opened: { pool: pg.Pool; prisma: Db } | undefined;

function open() {
  if (opened) return opened;
  const e = env();
  const p = createPool(poolConfig(databaseUrl(), e.DATABASE_SCHEMA));
  opened = { pool: p, prisma: createClient(p, e) };
  return opened;
}

/** The process's pg pool, opened on first use. */
export const pool = (): pg.Pool => open().pool;

/** The process's Prisma client, opened on first use. */
export const prisma = (): Db => open().prisma;

/** Connections of the pool (total, idle, waiting requests), or null before it is opened (metrics). */
export const poolStats = () =>
  opened ? { total: opened.pool.totalCount, idle: opened.pool.idleCount, waiting: opened.pool.waitingCount } : null;

export async function closeDb(): Promise<void> {
  if (!opened) return;
  const { pool: p, prisma: client } = opened;
  await client.$disconnect();
  if (!p.ended) await p.end();
}
