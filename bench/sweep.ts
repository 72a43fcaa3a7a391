import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { apiWriter } from './api-writes.ts';
import { postgresCpuSeconds } from './cpu.ts';

// npm run bench:sweep: what the related-list refresh costs under bench:mix's writes, with the
// sweep's check (RELATED_SWEEP_CHECK=on: only the lists a change can have reached are ranked
// again) and without it (off: every swept list is ranked again), alternated in blocks in one run
// on the same database. Each tick does what one second of bench:mix does to the database: a write
// through our API (alternately a new article published into a leaf category, as the mix's writer
// does, and a retitle of one of the 100 newest articles), then one refresh step of
// RELATED_REFRESH_BATCH lists. It reports, per mode, the step's wall time, PostgreSQL's CPU per
// step (every backend, from /proc), and the lists ranked and passed over; the freshness (how long
// the sweep takes through every list) does not change, since both go through the same lists.
//
// The database is written to: point BENCH_DATABASE_URL at a copy (CREATE DATABASE sweep TEMPLATE bench).

const { values: opt } = parseArgs({
  options: {
    blocks: { type: 'string', default: '6' },
    ticks: { type: 'string', default: '10' },
    out: { type: 'string', default: '' },
  },
});
const BLOCKS = Number(opt.blocks);
const TICKS = Number(opt.ticks);

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required: a writable copy of a 200,000-article database (see the header)');
const schema = process.env.BENCH_SCHEMA ?? 'bench';
Object.assign(process.env, { DATABASE_URL: url, DATABASE_SCHEMA: schema, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
const { migrate } = await import('../src/db/migrate.ts');
await migrate({ url, schema });
const { yoga } = await import('../src/yoga.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { encodeGlobalID } = await import('../src/schema/global-id.ts');
const { closeDb } = await import('../src/db/client.ts');
const { refreshRelatedBatch } = await import('../src/related/refresh.ts');
const { env } = await import('../src/env.ts');

const db = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"` });
await db.connect();
const leaves: number[] = (
  await db.query(
    `SELECT c.id FROM "Category" c WHERE NOT EXISTS (SELECT 1 FROM "Category" k WHERE k."parentId" = c.id)
     AND EXISTS (SELECT 1 FROM "Article" a WHERE a."categoryId" = c.id) ORDER BY c.id`,
  )
).rows.map((r) => r.id);
const newest: string[] = (
  await db.query(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC, id DESC LIMIT 100`)
).rows.map((r) => r.slug);
const publicationId: number = (await db.query(`SELECT id FROM "Publication" ORDER BY id LIMIT 1`)).rows[0].id;
const lists: number = (await db.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE rank = 1`)).rows[0].n;

const writer = apiWriter(yoga, (await createKey(`bench-sweep-${Date.now()}`, ['write', 'publish'])).key);

let n = 0;
/** One second of bench:mix's writes. */
async function tick() {
  const i = ++n;
  const marker = `sweep${Date.now().toString(36)}${i}`;
  if (i % 2)
    await writer.publish({
      slug: marker,
      title: `Sweep bench story ${marker}`,
      categoryId: encodeGlobalID('Category', leaves[i % leaves.length]),
      publicationId: encodeGlobalID('Publication', publicationId),
      text: 'A story the sweep benchmark publishes.',
    });
  else await writer.retitle(newest[i % newest.length], `Retitled by the sweep bench ${marker}`);
}

interface Totals {
  steps: number;
  ms: number[];
  pgCpu: number;
  ranked: number;
  passed: number;
}
const totals: Record<'on' | 'off', Totals> = {
  on: { steps: 0, ms: [], pgCpu: 0, ranked: 0, passed: 0 },
  off: { steps: 0, ms: [], pgCpu: 0, ranked: 0, passed: 0 },
};
const batch = env().RELATED_REFRESH_BATCH;
// The first publication makes every list due; one step of each mode before measuring.
await tick();
await refreshRelatedBatch(batch, true);
await refreshRelatedBatch(batch, false);
for (let b = 0; b < BLOCKS; b++) {
  // Alternate, and swap the order every other pair, so drift favours neither.
  const mode: 'on' | 'off' = (b % 2 === 0) === (Math.floor(b / 2) % 2 === 0) ? 'on' : 'off';
  const t = totals[mode];
  for (let i = 0; i < TICKS; i++) {
    await tick();
    const cpu0 = postgresCpuSeconds();
    const t0 = performance.now();
    const r = await refreshRelatedBatch(batch, mode === 'on');
    t.ms.push(performance.now() - t0);
    t.pgCpu += postgresCpuSeconds() - cpu0;
    t.steps++;
    t.ranked += r.refreshed;
    t.passed += r.passed;
  }
  console.error(`block ${b + 1}/${BLOCKS} (${mode}) done`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const row = (mode: 'on' | 'off') => {
  const t = totals[mode];
  return `| ${mode} | ${t.steps} | ${mean(t.ms).toFixed(0)} / ${median(t.ms).toFixed(0)} ms | ${((t.pgCpu / t.steps) * 1000).toFixed(0)} ms | ${(t.ranked / t.steps).toFixed(0)} | ${(t.passed / t.steps).toFixed(0)} |`;
};
const on = totals.on;
const off = totals.off;
const report = [
  `### Related-list refresh under the mix's writes (npm run bench:sweep, ${new Date().toISOString().slice(0, 10)})`,
  '',
  `${lists.toLocaleString('en')} lists, ${leaves.length} leaf categories, RELATED_REFRESH_BATCH ${batch}; ${BLOCKS} blocks of ${TICKS} ticks (a write, then a refresh step), the check on and off alternated.`,
  '',
  '| RELATED_SWEEP_CHECK | steps | step wall time (mean / median) | PostgreSQL CPU a step | lists ranked a step | lists passed over a step |',
  '| --- | --- | --- | --- | --- | --- |',
  row('on'),
  row('off'),
  '',
  `With the check, a step costs ${((on.pgCpu / on.steps / (off.pgCpu / off.steps)) * 100).toFixed(0)}% of the PostgreSQL CPU and ${((mean(on.ms) / mean(off.ms)) * 100).toFixed(0)}% of the wall time it costs without (the writes' own CPU is outside the measured steps).`,
  '',
].join('\n');
console.log(report);
if (opt.out) writeFileSync(opt.out, report);
await db.end();
await closeDb();
process.exit(0);
