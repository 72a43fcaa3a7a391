import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DEFAULT_SEED, MAX_ARTICLES, seedSynthetic } from '../src/seed/synthetic.ts';
import type { SeedPhase } from '../src/seed/synthetic.ts';

// Fills a database schema with synthetic articles for load and search tests:
//   DATABASE_URL=postgresql://… [DATABASE_SCHEMA=public] tsx scripts/seed-synthetic.ts --articles 200000 [--seed 42] [--reset]

const USAGE = `Usage: tsx scripts/seed-synthetic.ts --articles N [--seed S] [--reset]

  --articles N   how many articles to generate (1 to ${MAX_ARTICLES.toLocaleString('en-US')})
  --seed S       seed of the generator (default ${DEFAULT_SEED}); the same seed and count give the same rows
  --reset        delete all existing content of the schema first (without it, a schema holding content is refused)

Environment: DATABASE_URL (required), DATABASE_SCHEMA (default public).`;

function fail(message: string): never {
  process.stderr.write(`seed-synthetic: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) fail(`--${name} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    fail(`--${name} must be from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, got ${value}`);
  }
  return n;
}

const parseOptions = () =>
  parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
let args: ReturnType<typeof parseOptions>;
try {
  args = parseOptions();
} catch (err) {
  fail((err as Error).message);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.articles === undefined) fail('--articles is required');
const articles = integer('articles', args.articles, 1, MAX_ARTICLES)!;
const seed = integer('seed', args.seed, 0, 2 ** 32 - 1) ?? DEFAULT_SEED;

const url = process.env.DATABASE_URL;
if (!url) fail('DATABASE_URL is not set; point it at the PostgreSQL database to fill, e.g. postgresql://user@host:5432/db');
if (!/^postgres(ql)?:\/\//.test(url)) fail('DATABASE_URL must be a postgres:// or postgresql:// URL');
const schema = process.env.DATABASE_SCHEMA || 'public';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) fail(`DATABASE_SCHEMA must be a lower-case SQL identifier, got "${schema}"`);

const PHASE_LABEL: Record<SeedPhase, string> = {
  migrate: 'migrating',
  prepare: 'preparing',
  entities: 'entities',
  articles: 'articles',
  indexes: 'indexes',
  finish: 'finishing',
  related: 'related',
};
const bar = new cliProgress.SingleBar(
  {
    stream: process.stderr,
    format: '{phase} |{bar}| {percentage}% | {value}/{total} articles | {eta_formatted} left',
    hideCursor: true,
    etaBuffer: 50,
  },
  cliProgress.Presets.shades_classic,
);
bar.start(articles, 0, { phase: PHASE_LABEL.migrate.padEnd(9) });

try {
  const result = await seedSynthetic({
    url,
    schema,
    articles,
    seed,
    reset: args.reset,
    onProgress: (done) => bar.update(done),
    onPhase: (phase) => bar.update({ phase: PHASE_LABEL[phase].padEnd(9) }),
  });
  bar.stop();
  const p = result.phases;
  const f = (s: number) => `${s.toFixed(1)} s`;
  process.stderr.write(
    `Phases: migrate ${f(p.migrate)}, prepare ${f(p.prepare)}, entities ${f(p.entities)}, ` +
      `articles ${f(p.articles)} (generating ${f(p.generate)}), indexes, foreign keys and analyze ${f(p.indexes)} ` +
      `(search index ${f(p.searchIndex)}), sequences ${f(p.finish)}, related lists ${f(p.related)}\n`,
  );
  process.stdout.write(`Loaded ${result.articles} articles in ${result.seconds.toFixed(1)} s (${Math.round(result.rate)} articles/s)\n`);
} catch (err) {
  bar.stop();
  process.stderr.write(`seed-synthetic: ${(err as Error).message}\n`);
  process.exit(1);
}
