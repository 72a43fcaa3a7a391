import { createServer, type Server as HttpServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuSeconds, postgresCpuSeconds } from './cpu.ts';
import { mainThreadProfile, summarizeProfile } from './cpuprofile.ts';
import { apiWriter } from './api-writes.ts';
import { benchNode, gatewayArgs, gatewayEnv, root, type Started, startServer, stopServer } from './servers.ts';

// npm run bench:mix: a real read mix at 200,000 articles (issue 11). Article pages drawn from a
// Zipf distribution over every visible article (newest first: rank 1 the newest), plus the home
// feed and leaf category pages, while a writer publishes a new article or retitles a popular one
// every second. Our gateway serves it with its response cache (purged through the outbox); the
// peer (PostGraphile 5) uncached, and behind a 30 s TTL cache (a small proxy in this process).
// After every write the benchmark reads back what it wrote through the server under test, with
// the same documents and variables the load sends (so the same cache entries), and records when
// the change became visible: the freshness check.
//
// Writes go through our GraphQL API (an in-process yoga with an API key) in every run, so the
// database does the same work for each server. The database is written to: point
// BENCH_DATABASE_URL at a copy (CREATE DATABASE mix TEMPLATE bench).

const { values: opt } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    'write-ms': { type: 'string', default: '1000' },
    zipf: { type: 'string', default: '1.0' },
    peer: { type: 'boolean', default: true },
    'no-peer': { type: 'boolean', default: false },
    // Our gateway under `node --cpu-prof`: its self time by package and function after the run.
    profile: { type: 'boolean', default: false },
    // RELATED_REFRESH_INTERVAL_MS for our gateway (0: no background refresh, to see what it costs).
    'refresh-ms': { type: 'string', default: '1000' },
    // RELATED_SWEEP_CHECK for our gateway (off: the sweep ranks every list again, as before).
    'sweep-check': { type: 'string', default: 'on' },
    out: { type: 'string', default: 'bench/RESULTS.md' },
  },
});
const DURATION = Number(opt.duration);
const WARMUP = Number(opt.warmup);
const CONNECTIONS = opt.connections.split(',').map(Number);
const WRITE_MS = Number(opt['write-ms']);
const withPeer = opt.peer && !opt['no-peer'];
const FRESH_MS = 1_000;

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required: a writable copy of a 200,000-article database (see the header)');
const schema = process.env.BENCH_SCHEMA ?? 'bench';
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL;
Object.assign(process.env, {
  DATABASE_URL: url,
  DATABASE_SCHEMA: schema,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  RESPONSE_CACHE_TTL_MS: '0',
  RATE_LIMIT_POINTS: '0',
  PERSISTED_OPERATIONS: 'off',
  CSRF_PREVENTION: 'false',
});
const { yoga } = await import('../src/yoga.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { encodeGlobalID } = await import('../src/schema/global-id.ts');
const { closeDb } = await import('../src/db/client.ts');

const ours = (name: string) => readFileSync(join(root, 'operations', `${name}.graphql`), 'utf8');
const theirs = (name: string) => readFileSync(join(root, 'bench/peer/operations', `${name}.graphql`), 'utf8');

// ---- the data the mix reads ----
const db = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"` });
await db.connect();
const slugs: string[] = (
  await db.query(`SELECT slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC, id DESC`)
).rows.map((r) => r.slug);
const leaves: { id: number; slug: string }[] = (
  await db.query(
    `SELECT c.id, c.slug FROM "Category" c WHERE NOT EXISTS (SELECT 1 FROM "Category" k WHERE k."parentId" = c.id)
     AND EXISTS (SELECT 1 FROM "Article" a WHERE a."categoryId" = c.id) ORDER BY c.id`,
  )
).rows;
const publicationId: number = (await db.query(`SELECT id FROM "Publication" ORDER BY id LIMIT 1`)).rows[0].id;
const pgVersion: string = (await db.query('SHOW server_version')).rows[0].server_version;
await db.end();

/** Zipf sampling by inverse CDF over ranks 1..n (s = the exponent). */
function zipf(n: number, s: number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const u = Math.random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
const pickArticle = zipf(slugs.length, Number(opt.zipf));

// 80% article pages, 10% the home feed, 10% a leaf category's page.
type Op = 'article-page' | 'home-feed' | 'category-page';
const varsOf = {
  'article-page': (slug: string) => ({ slug, first: 5 }),
  'home-feed': () => ({ first: 20 }),
  'category-page': (slug: string) => ({ slug, first: 20 }),
};
function nextRequest(): [Op, object] {
  const r = Math.random();
  if (r < 0.8) return ['article-page', varsOf['article-page'](slugs[pickArticle()])];
  if (r < 0.9) return ['home-feed', varsOf['home-feed']()];
  return ['category-page', varsOf['category-page'](leaves[Math.floor(Math.random() * leaves.length)].slug)];
}

// ---- writes, through our API ----
const api = apiWriter(yoga, (await createKey(`bench-mix-${Date.now()}`, ['write', 'publish'])).key);

interface Target {
  name: string;
  url: string;
  pids: () => number[];
  docs: Record<Op, string>;
}

/** Polls `target` with the load's own request until `seen` holds; ms from the write's commit, or null. */
async function visibleAfter(target: Target, op: Op, variables: object, seen: (body: string) => boolean, limitMs: number) {
  const start = performance.now();
  for (;;) {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: target.docs[op], variables }),
    }).catch(() => null);
    const text = res ? await res.text() : '';
    const elapsed = performance.now() - start;
    if (seen(text)) return elapsed;
    if (elapsed > limitMs) return null;
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Freshness {
  checks: number;
  within1s: number;
  never: number;
  lags: number[];
}

/** Every WRITE_MS: publish a new article (alternately) or retitle one of the 100 most read; check each. */
function writer(target: Target, limitMs: number) {
  const fresh: Freshness = { checks: 0, within1s: 0, never: 0, lags: [] };
  const pending: Promise<void>[] = [];
  let n = 0;
  let writes = 0;
  const record = (lag: number | null) => {
    fresh.checks++;
    if (lag == null) fresh.never++;
    else {
      fresh.lags.push(lag);
      if (lag <= FRESH_MS) fresh.within1s++;
    }
  };
  const tick = async () => {
    const i = ++n;
    const marker = `mix${Date.now().toString(36)}${i}`;
    if (i % 2) {
      const leaf = leaves[i % leaves.length];
      await api.publish({
        slug: marker,
        title: `Mix bench story ${marker}`,
        categoryId: encodeGlobalID('Category', leaf.id),
        publicationId: encodeGlobalID('Publication', publicationId),
        text: 'A story the read-mix benchmark publishes.',
      });
      writes++;
      pending.push(
        visibleAfter(target, 'category-page', varsOf['category-page'](leaf.slug), (b) => b.includes(marker), limitMs).then(record),
        visibleAfter(target, 'home-feed', varsOf['home-feed'](), (b) => b.includes(marker), limitMs).then(record),
      );
    } else {
      const slug = slugs[i % 100];
      await api.retitle(slug, `Retitled by the mix ${marker}`);
      writes++;
      pending.push(visibleAfter(target, 'article-page', varsOf['article-page'](slug), (b) => b.includes(marker), limitMs).then(record));
    }
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      await tick().catch((err) => console.error((err as Error).message));
      await new Promise((r) => setTimeout(r, Math.max(0, WRITE_MS - (Date.now() - started))));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await Promise.all(pending);
      return { ...fresh, writes };
    },
  };
}

/** A 30 s TTL cache in front of the peer, keyed by the request body: what a CDN would give it. */
function ttlProxy(upstream: string, port: number, ttlMs: number): Promise<HttpServer> {
  const cache = new Map<string, { at: number; status: number; body: Buffer; type: string }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString();
      const hit = cache.get(body);
      if (hit && Date.now() - hit.at < ttlMs) {
        res.writeHead(hit.status, { 'content-type': hit.type, 'x-cache': 'hit' }).end(hit.body);
        return;
      }
      try {
        const r = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const buf = Buffer.from(await r.arrayBuffer());
        const type = r.headers.get('content-type') ?? 'application/json';
        if (r.ok) cache.set(body, { at: Date.now(), status: r.status, body: buf, type });
        res.writeHead(r.status, { 'content-type': type }).end(buf);
      } catch {
        res.writeHead(502).end();
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

interface Row {
  server: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  serverMs: number;
  dbMs: number;
  hitRatio: number | null;
  /** Our gateway's purges in the measured run (its metric): mean ms from the write's transaction start, and the share within 1 s. */
  purge: { meanMs: number; within1s: number } | null;
  fresh: Freshness & { writes: number };
}

async function cacheCounters(metricsUrl: string | undefined) {
  if (!metricsUrl) return null;
  const text = await fetch(metricsUrl)
    .then((r) => r.text())
    .catch(() => '');
  const sum = (name: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith(name))
      .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
  return {
    hits: sum('gateway_response_cache_lookups_total{result="hit"}'),
    misses: sum('gateway_response_cache_lookups_total{result="miss"}'),
    purges: sum('gateway_cache_purge_lag_seconds_count'),
    purgeSeconds: sum('gateway_cache_purge_lag_seconds_sum'),
    purgesWithin1s: sum('gateway_cache_purge_lag_seconds_bucket{le="1"}'),
  };
}

async function run(target: Target, connections: number, metricsUrl?: string, freshLimitMs = 5_000): Promise<Row> {
  const requests = [
    {
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => {
        const [op, variables] = nextRequest();
        req.body = JSON.stringify({ query: target.docs[op], variables });
        return req;
      },
    },
  ];
  const cannon = (seconds: number) => autocannon({ url: target.url, connections, duration: seconds, requests });
  await cannon(WARMUP); // fills the caches as a running site has them
  const w = writer(target, freshLimitMs);
  const before = { server: cpuSeconds(target.pids()), db: postgresCpuSeconds(), cache: await cacheCounters(metricsUrl) };
  const r = await cannon(DURATION);
  const after = { server: cpuSeconds(target.pids()), db: postgresCpuSeconds(), cache: await cacheCounters(metricsUrl) };
  const fresh = await w.stop();
  const per = (sec: number) => (sec * 1000) / Math.max(r.requests.total, 1);
  const hits = before.cache && after.cache ? after.cache.hits - before.cache.hits : 0;
  const misses = before.cache && after.cache ? after.cache.misses - before.cache.misses : 0;
  const row: Row = {
    server: target.name,
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    serverMs: per(after.server - before.server),
    dbMs: per(after.db - before.db),
    hitRatio: hits + misses ? hits / (hits + misses) : null,
    purge: null,
    fresh,
  };
  if (before.cache && after.cache && after.cache.purges > before.cache.purges) {
    const n = after.cache.purges - before.cache.purges;
    row.purge = {
      meanMs: ((after.cache.purgeSeconds - before.cache.purgeSeconds) * 1000) / n,
      within1s: (after.cache.purgesWithin1s - before.cache.purgesWithin1s) / n,
    };
  }
  console.error(
    `${row.server} c=${connections}: ${row.rps.toFixed(0)} req/s p50 ${row.p50} p99 ${row.p99} errors ${row.errors} server ${row.serverMs.toFixed(2)} ms db ${row.dbMs.toFixed(2)} ms hit ${row.hitRatio?.toFixed(3)} fresh ${fresh.within1s}/${fresh.checks}${row.purge ? ` purge lag mean ${row.purge.meanMs.toFixed(0)} ms, ${(row.purge.within1s * 100).toFixed(0)}% within 1 s` : ''}`,
  );
  return row;
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function main() {
  if (withPeer && !existsSync(join(root, 'bench/peer/node_modules/postgraphile')))
    throw new Error('The peer is not installed: run `npm --prefix bench/peer ci` (or pass --no-peer).');
  const rows: Row[] = [];
  const docs = (read: (n: string) => string) =>
    Object.fromEntries((['article-page', 'home-feed', 'category-page'] as Op[]).map((o) => [o, read(o)])) as Record<Op, string>;
  const { bin: nodeBin, name: nodeName } = benchNode();
  const cacheEnv: Record<string, string> = {
    RESPONSE_CACHE_TTL_MS: '600000',
    METRICS_PORT: '4199',
    CACHE_KEY_PREFIX: `mix${Date.now().toString(36)}:`,
    // The mix writes, so the related-list refresh has work, as in service (gatewayEnv turns it off).
    RELATED_REFRESH_INTERVAL_MS: opt['refresh-ms'],
    RELATED_SWEEP_CHECK: opt['sweep-check'],
  };
  if (redisUrl) cacheEnv.REDIS_URL = redisUrl;
  const cacheWhere = redisUrl ? 'Redis' : 'in-memory';
  let started: Started | undefined;
  let proxy: HttpServer | undefined;
  try {
    for (const c of CONNECTIONS) {
      const profDir = opt.profile ? mkdtempSync(join(tmpdir(), 'cg-mix-prof-')) : undefined;
      const flags = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
      started = await startServer(nodeBin, gatewayArgs(flags), gatewayEnv(url!, schema, cacheEnv), 4201);
      const s = started;
      const target = { name: `ours + ${cacheWhere} response cache (${nodeName})`, url: s.url, pids: () => [s.proc.pid!], docs: docs(ours) };
      const row = await run(target, c, 'http://127.0.0.1:4199/metrics');
      rows.push(row);
      await stopServer(s);
      started = undefined;
      if (profDir) {
        const file = mainThreadProfile(profDir);
        summarizeProfile(file, Math.round(row.rps * DURATION), Math.round(row.rps * WARMUP), 40);
        console.log(`\nprofile: ${file}`);
      }
      if (!withPeer) continue;
      started = await startServer(
        nodeBin,
        ['bench/peer/server.mjs'],
        { PEER_DATABASE_URL: url!, PEER_SCHEMA: schema, PEER_POOL_MAX: '20' },
        4202,
      );
      const p = started;
      rows.push(
        await run({ name: `PostGraphile 5, uncached (${nodeName})`, url: p.url, pids: () => [p.proc.pid!], docs: docs(theirs) }, c),
      );
      proxy = await ttlProxy(p.url, 4203, 30_000);
      rows.push(
        await run(
          {
            name: 'PostGraphile 5 behind a 30 s TTL cache',
            url: 'http://127.0.0.1:4203/graphql',
            pids: () => [p.proc.pid!],
            docs: docs(theirs),
          },
          c,
          undefined,
          35_000,
        ),
      );
      await new Promise((r) => proxy!.close(r));
      proxy = undefined;
      await stopServer(p);
      started = undefined;
    }
  } finally {
    if (started) await stopServer(started);
    proxy?.close();
  }
  writeSection(rows, cacheWhere);
  await closeDb();
  const failed = rows.filter((r) => r.server.startsWith('ours') && (r.fresh.within1s < r.fresh.checks || r.errors > 0));
  const peerRows = rows.filter((r) => r.server.startsWith('PostGraphile 5, uncached'));
  const slow = rows
    .filter((r) => r.server.startsWith('ours'))
    .filter((r) => {
      const p = peerRows.find((x) => x.connections === r.connections);
      return p && r.rps < 5 * p.rps;
    });
  if (failed.length || slow.length) {
    console.error(`bench:mix: ${failed.length} run(s) stale or with errors, ${slow.length} under 5x the peer`);
    process.exitCode = 1;
  }
}

function writeSection(rows: Row[], cacheWhere: string) {
  const lines: string[] = [];
  lines.push('<!-- mix: written by npm run bench:mix -->', '## A read mix with a write every second (npm run bench:mix)', '');
  const args = process.argv.slice(2).join(' ');
  lines.push(
    `Made by \`npm run bench:mix${args ? ` -- ${args}` : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0].model}, Linux ${release()}, PostgreSQL ${pgVersion}, ${slugs.length.toLocaleString('en-US')} visible articles. The load generator, the servers, Redis and PostgreSQL share the machine's cores; read the ratios.`,
    '',
    `- Mix: 80% article pages drawn by Zipf (s = ${opt.zipf}) over all ${slugs.length.toLocaleString('en-US')} visible articles (newest most read), 10% the home feed, 10% one of ${leaves.length} leaf category pages; the canonical documents (operations/, the peer's translations in bench/peer/operations/).`,
    `- Writes: every ${WRITE_MS} ms, alternately a new article published into a leaf category, or one of the 100 most read articles retitled; through our API in every run. ${WARMUP} s of warm-up (cache filling), then ${DURATION} s measured.`,
    `- Freshness: after each write the benchmark reads the changed page (the category page and the feed for a publish, the article page for a retitle) with the load's own document and variables until the change shows; "fresh" means within ${FRESH_MS} ms of the write's response.`,
    `- Our gateway: its response cache in ${cacheWhere}, purged through the outbox (src/events/cache-purge.ts), TTL 10 minutes. The peer caches nothing; its second row is behind a 30 s TTL cache keyed by the request body (a proxy in the benchmark's process).`,
    '',
    '| server | connections | req/s | p50 / p99 ms | errors | gateway CPU ms/req | PostgreSQL CPU ms/req | cache hit ratio | fresh within 1 s | lag p50 / p99 / max ms | never seen | purge lag mean ms (within 1 s) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of rows) {
    const f = r.fresh;
    lines.push(
      `| ${r.server} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} / ${r.p99} | ${r.errors} | ${r.serverMs.toFixed(2)} | ${r.dbMs.toFixed(2)} | ${r.hitRatio == null ? '–' : r.hitRatio.toFixed(3)} | ${f.within1s} of ${f.checks} | ${pct(f.lags, 50).toFixed(0)} / ${pct(f.lags, 99).toFixed(0)} / ${Math.max(0, ...f.lags).toFixed(0)} | ${f.never} | ${r.purge ? `${r.purge.meanMs.toFixed(0)} (${(r.purge.within1s * 100).toFixed(0)}%)` : '–'} |`,
    );
  }
  const peerRows = rows.filter((r) => r.server.startsWith('PostGraphile 5, uncached'));
  for (const r of rows.filter((x) => x.server.startsWith('ours'))) {
    const p = peerRows.find((x) => x.connections === r.connections);
    if (p)
      lines.push(
        '',
        `At ${r.connections} connections ours serves **${(r.rps / p.rps).toFixed(1)}x** the uncached peer's requests per second (target: 5x).`,
      );
  }
  lines.push('');
  const file = opt.out.startsWith('/') ? opt.out : join(root, opt.out);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = previous.indexOf('<!-- mix:');
  const next = start >= 0 ? previous.indexOf('\n<!-- ', start + 5) : -1;
  const section = lines.join('\n');
  const updated =
    start >= 0 ? previous.slice(0, start) + section + (next >= 0 ? previous.slice(next + 1) : '') : `${previous.trimEnd()}\n\n${section}`;
  writeFileSync(file, updated);
  console.error(`Wrote the mix section of ${opt.out}`);
}

await main();
