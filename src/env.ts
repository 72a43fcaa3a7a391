import { z } from 'zod';

// Configuration is read and validated once; a bad value stops the process with a message that
// names the variable, instead of surfacing later as a confusing runtime error.

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: int(0, 65535).default(4000),
  /** Unset: an embedded PostgreSQL is started with its data in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** PostgreSQL schema holding the tables (search_path); tests give each worker its own. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .default('public'),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: int(1, 65535).default(54329),
  DB_POOL_MAX: int(1, 1000).default(10),
  /**
   * How long a start waits for an unreachable DATABASE_URL before giving up (exit 1); 0 waits as
   * long as it takes. Meanwhile /health is 200, /ready 503 and GraphQL SERVICE_UNAVAILABLE.
   */
  DB_START_TIMEOUT_MS: int(0, 86_400_000).default(0),
  DB_ACQUIRE_TIMEOUT_MS: int(100, 600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: int(100, 3_600_000).default(10_000),
  DB_IDLE_TIMEOUT_MS: int(1_000, 3_600_000).default(30_000),
  /** PostgreSQL's plan_cache_mode for the gateway's (prepared) statements. */
  DB_PLAN_CACHE_MODE: z.enum(['auto', 'force_generic_plan', 'force_custom_plan']).default('force_generic_plan'),
  /**
   * PostgreSQL's JIT for the gateway's statements. Off: a generic plan's cost estimate for a
   * page (its LIMIT unknown at planning) passes jit_above_cost, and compiling then takes 30 ms
   * for a statement that runs in under 1 ms.
   */
  DB_JIT: z.enum(['on', 'off']).default('off'),
  /**
   * Run the hot article reads (article page, feed, list rows) as SQL of our own on the pg pool,
   * answering what Prisma answers (src/db/direct-reads.ts); off: every read goes through Prisma.
   */
  DB_DIRECT_READS: z.enum(['on', 'off']).default('on'),
  /** Execute operations with graphql-jit (compiled once per document) instead of graphql-js. */
  GRAPHQL_JIT: z.enum(['on', 'off']).default('on'),
  /** Seed the demo content at start when the database holds no article. */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** How long an anonymous read may be served from the response cache; 0 turns the cache off. */
  RESPONSE_CACHE_TTL_MS: int(0, 86_400_000).default(30_000),
  /** Prefix of every key this deployment writes to Redis; by default `cg:<DATABASE_SCHEMA>:`. */
  CACHE_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'letters, digits and : _ . -, at most 64')
    .optional(),
  /** Redis shared by all instances for the response cache; unset keeps a cache per instance. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Emit Prisma's per-statement query events (tests count statements with them); off in service. */
  DB_QUERY_EVENTS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * How a lead image's renditions are addressed: {url} (the original, as stored), {encodedUrl}
   * (the same, URI-encoded, for a path segment or query value), {width} and {height}. An image
   * CDN might be `{url}?w={width}`; unset, every rendition is the original URL.
   */
  IMAGE_URL_TEMPLATE: z
    .string()
    .min(1)
    .max(500)
    .regex(/\{(encodedU|u)rl\}/, 'must contain {url} or {encodedUrl}')
    .default('{url}'),
  /**
   * How often each instance looks for scheduled articles that have fallen due; 0 turns it off.
   * Half a second, so a due article is live (and purged from the response cache) within 1 s of
   * its time; the poll is one indexed query that finds nothing most of the time.
   */
  SCHEDULER_POLL_MS: int(0, 3_600_000).default(500),
  /** How often each instance refreshes a batch of other articles' related lists (src/related/refresh.ts); 0 turns it off. */
  RELATED_REFRESH_INTERVAL_MS: int(0, 3_600_000).default(1_000),
  /** Related lists the refresh goes through per step and instance (ranked again if a change can have reached them). */
  RELATED_REFRESH_BATCH: int(1, 100_000).default(500),
  /**
   * `on`: the refresh's sweep ranks again only the lists a change since their ranking can have
   * reached (related_sweep_due). `off`: every swept list is ranked again, as before; kept to
   * measure the check against (npm run bench:sweep, bench:mix --sweep-check off).
   */
  RELATED_SWEEP_CHECK: z.enum(['on', 'off']).default('on'),
  /** Request limits (src/limits.ts): a request over any of them is refused with HTTP 400 before it runs. */
  MAX_COST: int(1, 10_000_000).default(5_000),
  MAX_DEPTH: int(1, 100).default(12),
  MAX_ALIASES: int(0, 1_000).default(30),
  MAX_TOKENS: int(10, 1_000_000).default(4_000),
  MAX_DIRECTIVES: int(0, 1_000).default(20),
  MAX_BODY_BYTES: int(256, 100_000_000).default(100_000),
  MAX_STRING_LENGTH: int(1, 1_000_000).default(500),
  /**
   * off: any document; apq: any document, and Automatic Persisted Queries (Apollo's protocol);
   * allow-list: anonymous clients run only the registered operations (operations/), key holders anything.
   */
  PERSISTED_OPERATIONS: z.enum(['off', 'apq', 'allow-list']).default('apq'),
  /** Cache-Control of anonymous reads: how long browsers and CDNs may keep them, and serve them stale while they refetch. */
  HTTP_MAX_AGE_SECONDS: int(0, 86_400).default(5),
  HTTP_STALE_WHILE_REVALIDATE_SECONDS: int(0, 86_400).default(25),
  /** Responses at least this large are compressed (brotli or gzip) when the client accepts it. */
  COMPRESSION_MIN_BYTES: int(0, 100_000_000).default(1_024),
  /** Cost points a client (API key, else IP address) may spend per window; each request costs at least 1. 0 turns limiting off. */
  RATE_LIMIT_POINTS: int(0, 1_000_000_000).default(200_000),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 86_400).default(60),
  /** Take the client address from X-Forwarded-For (set only behind a proxy that writes it). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Origins allowed to call the API from a browser (comma-separated); empty: no CORS headers. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Refuse requests a browser would send without a preflight (GET, form posts) unless they carry a CSRF header. */
  CSRF_PREVENTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Port of the Prometheus metrics endpoint (GET /metrics), a separate listener from PORT; 0 turns it off (9464 is the usual choice). */
  METRICS_PORT: int(0, 65535).default(0),
  /** After SIGTERM, how long /ready answers 503 while requests are still served, before the port closes. */
  SHUTDOWN_DRAIN_MS: int(0, 600_000).default(3_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The process configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
