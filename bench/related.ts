import { readFileSync } from 'node:fs';
import pg from 'pg';
import { benchDatabase } from './db.ts';

// npm run bench:related: what ranking related articles at write time costs and saves at
// benchmark scale. Prints a Markdown summary (pasted into bench/RESULTS.md by hand):
// - the article page statement's PostgreSQL execution time (EXPLAIN ANALYZE of the statement the
//   gateway issues, prepared with a generic plan as the gateway runs it) over a sample of articles;
// - the background refresh: the fan-out of one publication (how many lists it queues, how long)
//   and the ranking of one batch of lists, each in a transaction rolled back, so nothing changes.
// GATEWAY_SRC=/path/to/other/src measures another checkout's article page against the same database.

const SAMPLE = Number(process.env.BENCH_RELATED_SAMPLE ?? 30);
const BATCH = Number(process.env.RELATED_REFRESH_BATCH ?? 500);
const src = process.env.GATEWAY_SRC ?? new URL('../src', import.meta.url).pathname;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main() {
  const db = await benchDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.DATABASE_SCHEMA = db.schema;
  process.env.NODE_ENV = 'production';
  process.env.RESPONSE_CACHE_TTL_MS = '0';
  process.env.DB_QUERY_EVENTS = 'true';
  const { yoga } = await import(`${src}/yoga.ts`);
  const { prisma, closeDb } = await import(`${src}/db/client.ts`);
  const captured: { query: string; params: string }[] = [];
  prisma().$on('query', (e: { query: string; params: string }) => captured.push(e));
  const client = new pg.Client({
    connectionString: db.url,
    options: `-c search_path="${db.schema}" -c plan_cache_mode=force_generic_plan`,
  });
  await client.connect();
  const query = readFileSync(new URL('../operations/article-page.graphql', import.meta.url), 'utf8');
  try {
    // Evenly spread published articles, the same ones for every checkout.
    const { rows: sample } = await client.query<{ slug: string }>(
      `SELECT slug FROM (SELECT slug, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total
         FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now()) s
       WHERE n % (total / $1) = 0 ORDER BY n LIMIT $1`,
      [SAMPLE],
    );
    const times: number[] = [];
    let statements = 0;
    for (const { slug } of sample) {
      const body = JSON.stringify({ query, variables: { slug, first: 5 } });
      const run = () => yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await run();
      captured.length = 0;
      const json = (await (await run()).json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      statements = Math.max(statements, captured.length);
      const [s] = captured;
      const params = JSON.parse(s.params) as unknown[];
      const literal = (v: unknown) =>
        v == null
          ? 'NULL'
          : typeof v === 'number' || typeof v === 'boolean'
            ? String(v)
            : client.escapeLiteral(typeof v === 'string' ? v : JSON.stringify(v));
      await client.query(`PREPARE page AS ${s.query}`);
      const args = params.length ? `(${params.map(literal).join(', ')})` : '';
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE) EXECUTE page${args}`);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        best = Math.min(best, Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]));
      }
      await client.query('DEALLOCATE page');
      times.push(best);
    }
    const articles = (await client.query('SELECT count(*)::int AS n FROM "Article"')).rows[0].n;
    const out = [
      `Article page (${src === process.env.GATEWAY_SRC ? src : 'this checkout'}), ${articles} articles, ${sample.length} articles sampled, best of 3 each:`,
      `statements ${statements}, PostgreSQL execution median ${ms(median(times))}, p90 ${ms(p90(times))}, mean ${ms(times.reduce((a, b) => a + b, 0) / times.length)}`,
    ];
    const hasTable = (await client.query(`SELECT to_regproc('related_fan_out') IS NOT NULL AS ok`)).rows[0].ok;
    if (hasTable) {
      // The newest articles, as the benchmark's publications would be.
      const { rows: recent } = await client.query<{ id: number }>(
        `SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 5`,
      );
      const fan: { queued: number; ms: number }[] = [];
      for (const { id } of recent) {
        await client.query('BEGIN');
        const t = performance.now();
        const { rows } = await client.query('SELECT related_fan_out($1::int[], now()) AS n', [[id]]);
        fan.push({ queued: rows[0].n, ms: performance.now() - t });
        await client.query('ROLLBACK');
      }
      // Batches in the sweep's order (lists ranked at one time go by id), from three places.
      const batches: number[] = [];
      for (let k = 0; k < 3; k++) {
        const { rows } = await client.query<{ id: number }>(
          `SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND id > $1 ORDER BY id LIMIT $2`,
          [k * 60_000, BATCH],
        );
        await client.query('BEGIN');
        const t = performance.now();
        await client.query('SELECT related_rerank($1::int[])', [rows.map((r) => r.id)]);
        batches.push(performance.now() - t);
        await client.query('ROLLBACK');
      }
      const lists = (await client.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE rank = 1`)).rows[0].n;
      const perList = median(batches) / BATCH;
      out.push(
        `Expanding one publication (5 newest articles; lists holding or picking it queued): ${fan.map((f) => f.queued).join(', ')} lists; ${fan.map((f) => ms(f.ms)).join(', ')}`,
        `Ranking a batch of ${BATCH} lists (3 batches in sweep order): ${batches.map(ms).join(', ')} (${ms(perList)} a list)`,
        `A whole sweep of ${lists} lists at that rate: ${((lists * perList) / 60_000).toFixed(1)} minutes of one PostgreSQL backend`,
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await client.end();
    await closeDb();
    await db.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
