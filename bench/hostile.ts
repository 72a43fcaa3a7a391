import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabase, ensureArticles, pickVariables } from './db.ts';
import { hostileRequests, type RawRequest } from './hostile-requests.ts';
import { benchNode, gatewayArgs, gatewayEnv, root, type Started, startServer, stopServer } from './servers.ts';

// npm run bench:hostile: the gateway in production settings on the 200,000-article database,
// 64 connections. Phase 1: the canonical operations (operations/) alone. Phase 2: the same with a
// share of hostile requests (bench/hostile-requests.ts). Phase 3: phase 1 again against a server
// with the response cache on. Targets: no 5xx, healthy p99 of phase 2 within 2× of phase 1, RSS
// flat, every hostile response a 4xx or a coded GraphQL error. Writes its section of
// bench/RESULTS.md and exits 1 when a target is missed.

const { values: opt } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    'hostile-share': { type: 'string', default: '0.2' },
    out: { type: 'string', default: 'bench/RESULTS.md' },
  },
});
const DURATION = Number(opt.duration);
const CONNECTIONS = Number(opt.connections);
const SHARE = Number(opt['hostile-share']);
const OPS = ['article-page', 'home-feed', 'category-page', 'person-page'];
const START = '<!-- hostile:start -->';
const END = '<!-- hostile:end -->';
const TARGET = { p99Ratio: 2, rssGrowth: 0.1 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

interface HostileOutcome {
  count: number;
  statuses: Map<number, number>;
  codes: Map<string, number>;
  bad: number;
  example?: string;
}

interface Phase {
  name: string;
  rps: number;
  healthy: { count: number; latencies: number[]; failed: number; example?: string };
  hostile: HostileOutcome[];
  fiveXx: number;
  socketErrors: number;
  timeouts: number;
}

/** A hostile response passes when it is a 4xx, or a GraphQL error whose every error has a stable code (never INTERNAL_SERVER_ERROR). */
function judge(status: number, body: string): { ok: boolean; code: string } {
  let codes: string[] = [];
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
  } catch {
    // not JSON (yoga answers some HTTP-level refusals as plain text)
  }
  const code = codes[0] ?? '(no GraphQL error)';
  if (status >= 400 && status < 500) return { ok: true, code };
  const coded = codes.length > 0 && codes.every((c) => c !== '(no code)' && c !== 'INTERNAL_SERVER_ERROR');
  return { ok: status < 500 && coded, code };
}

/**
 * One autocannon run. Each connection cycles through 10 slots, `share` of them hostile; every slot
 * picks its request when it is sent (healthy ones round-robin over the operations, hostile ones
 * over the catalogue) and times it from send to response, so healthy and hostile latencies are
 * told apart (autocannon's own histogram mixes them).
 */
async function drive(
  name: string,
  url: string,
  healthyBodies: string[],
  hostile: RawRequest[],
  share: number,
  seconds: number,
): Promise<Phase> {
  const phase: Phase = {
    name,
    rps: 0,
    healthy: { count: 0, latencies: [], failed: 0 },
    hostile: hostile.map(() => ({ count: 0, statuses: new Map(), codes: new Map(), bad: 0 })),
    fiveXx: 0,
    socketErrors: 0,
    timeouts: 0,
  };
  const hostileSlots = Math.round(share * 10);
  let nextHealthy = 0;
  let nextHostile = 0;
  type Ctx = { sent?: number; kind?: number };
  const slot = (isHostile: boolean): autocannon.Request => ({
    setupRequest: (req, context) => {
      const ctx = context as Ctx;
      ctx.sent = performance.now();
      if (!isHostile) {
        ctx.kind = undefined;
        const body = healthyBodies[nextHealthy++ % healthyBodies.length];
        return { ...req, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body };
      }
      ctx.kind = nextHostile++ % hostile.length;
      const h = hostile[ctx.kind];
      return { ...req, method: h.method, path: h.path, headers: h.headers, body: h.body ?? '' };
    },
    onResponse: (status, body, context) => {
      const ctx = context as Ctx;
      if (status >= 500) phase.fiveXx++;
      if (ctx.kind === undefined) {
        phase.healthy.count++;
        phase.healthy.latencies.push(performance.now() - (ctx.sent ?? performance.now()));
        if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
          phase.healthy.failed++;
          phase.healthy.example ??= `${status} ${body.slice(0, 300)}`;
        }
        return;
      }
      const outcome = phase.hostile[ctx.kind];
      const { ok, code } = judge(status, body);
      outcome.count++;
      outcome.statuses.set(status, (outcome.statuses.get(status) ?? 0) + 1);
      outcome.codes.set(code, (outcome.codes.get(code) ?? 0) + 1);
      if (!ok) {
        outcome.bad++;
        outcome.example ??= `${status} ${body.slice(0, 300)}`;
      }
    },
  });
  // Hostile slots spread evenly over the cycle of 10.
  const requests = Array.from({ length: 10 }, (_, i) =>
    slot(Math.floor(((i + 1) * hostileSlots) / 10) > Math.floor((i * hostileSlots) / 10)),
  );
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests, timeout: 30 });
  phase.rps = result.requests.average;
  phase.socketErrors = result.errors;
  phase.timeouts = result.timeouts;
  return phase;
}

/**
 * Warm-up is measured in work, not time: the server's heap grows to its working size with the
 * requests it serves, so on a busy machine (a few dozen req/s) a fixed 10 s leaves it still
 * growing and the RSS comparison would read that as a leak. `--warmup` seconds at a time, until
 * WARM_UP_REQUESTS have been served or six rounds have passed. Returns the seconds it took.
 */
const WARM_UP_REQUESTS = 3_000;
async function warmUp(url: string, healthyBodies: string[], hostile: RawRequest[]): Promise<number> {
  let served = 0;
  let rounds = 0;
  while (served < WARM_UP_REQUESTS && rounds < 6) {
    const p = await drive('warm-up', url, healthyBodies, hostile, SHARE, Number(opt.warmup));
    served += p.healthy.count + p.hostile.reduce((n, h) => n + h.count, 0);
    rounds++;
  }
  return rounds * Number(opt.warmup);
}

/** Each hostile request once, alone, before the load: every kind is judged even in a short run. */
async function probeHostile(base: string, hostile: RawRequest[]) {
  const outcomes: { status: number; code: string; ok: boolean }[] = [];
  for (const h of hostile) {
    const res = await fetch(`${base}${h.path}`, { method: h.method, headers: h.headers, body: h.body });
    const body = await res.text();
    outcomes.push({ status: res.status, ...judge(res.status, body) });
    if (!outcomes.at(-1)!.ok) console.error(`${h.name}: ${res.status} ${body.slice(0, 300)}`);
  }
  return outcomes;
}

async function cacheLookups(metricsPort: number): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const read = (result: string) =>
    Number(new RegExp(`gateway_response_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
  return { hit: read('hit'), miss: read('miss') };
}

async function main() {
  const db = await benchDatabase();
  // A database named by BENCH_DATABASE_URL is only read; the embedded one is filled the first time.
  if (db.embedded) await ensureArticles(db, 200_000);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  db.articles = (await client.query(`SELECT count(*)::int AS n FROM "${db.schema}"."Article"`)).rows[0].n;
  await client.end();
  const variables = await pickVariables(db);
  const healthyBodies = OPS.map((op) =>
    JSON.stringify({ query: readFileSync(join(root, 'operations', `${op}.graphql`), 'utf8'), variables: variables[op] }),
  );
  const hostile = hostileRequests((variables['article-page'] as { slug: string }).slug);

  // Rate limits off: one load generator is one client, and its healthy share would be limited.
  // Hostile requests are refused before execution, so the limits would not change their cost.
  const settings = { RATE_LIMIT_POINTS: '0' };
  const [port, metricsPort, cachedPort, cachedMetricsPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const rss: { phase: string; mb: number }[] = [];
  let server: Started | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const phases: Phase[] = [];
  let cache = { hit: 0, miss: 0 };
  let alone: Awaited<ReturnType<typeof probeHostile>> = [];
  let warmedUp = 0;
  try {
    server = await startServer(
      benchNode().bin,
      gatewayArgs(),
      gatewayEnv(db.url, db.schema, { ...settings, METRICS_PORT: String(metricsPort) }),
      port,
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    alone = await probeHostile(`http://127.0.0.1:${port}`, hostile);
    let current = 'start';
    const pid = server.proc.pid!;
    sampler = setInterval(() => rss.push({ phase: current, mb: rssMb(pid) }), 1_000);
    current = 'warm-up';
    warmedUp = await warmUp(url, healthyBodies, hostile);
    current = 'canonical';
    phases.push(await drive('1. canonical operations', url, healthyBodies, hostile, 0, DURATION));
    log(phases.at(-1)!);
    current = 'hostile';
    phases.push(await drive(`2. canonical + ${Math.round(SHARE * 100)}% hostile`, url, healthyBodies, hostile, SHARE, DURATION));
    log(phases.at(-1)!);
    clearInterval(sampler);
    await stopServer(server);

    server = await startServer(
      benchNode().bin,
      gatewayArgs(),
      gatewayEnv(db.url, db.schema, { ...settings, RESPONSE_CACHE_TTL_MS: '30000', METRICS_PORT: String(cachedMetricsPort) }),
      cachedPort,
    );
    const cachedUrl = `http://127.0.0.1:${cachedPort}/graphql`;
    await drive('warm-up', cachedUrl, healthyBodies, hostile, 0, Number(opt.warmup));
    const before = await cacheLookups(cachedMetricsPort);
    phases.push(await drive('3. canonical operations, response cache on', cachedUrl, healthyBodies, hostile, 0, DURATION));
    const after = await cacheLookups(cachedMetricsPort);
    cache = { hit: after.hit - before.hit, miss: after.miss - before.miss };
    log(phases.at(-1)!);
  } finally {
    if (sampler) clearInterval(sampler);
    if (server) await stopServer(server);
    await db.stop();
  }

  // RSS over phases 1 and 2 (one server process, after its warm-up): the median of the first
  // quarter against that of the last.
  const series = rss.filter((s) => s.phase === 'canonical' || s.phase === 'hostile').map((s) => s.mb);
  const quarter = Math.max(1, Math.floor(series.length / 4));
  const rssFirst = quantile(series.slice(0, quarter), 0.5);
  const rssLast = quantile(series.slice(-quarter), 0.5);
  const growth = rssLast / rssFirst - 1;
  // The shape tells a plateau still being reached from a leak: medians of each quarter.
  const profile = [0, 1, 2, 3].map((q) => quantile(series.slice(q * quarter, q === 3 ? undefined : (q + 1) * quarter), 0.5).toFixed(0));
  console.error(`RSS by quarter of phases 1-2: ${profile.join(' → ')} MiB`);
  const [p1, p2, p3] = phases;
  const p99 = (p: Phase) => quantile(p.healthy.latencies, 0.99);
  const ratio = p99(p2) / p99(p1);
  const hostileBad = p2.hostile.reduce((n, h) => n + h.bad, 0);
  const checks = [
    { what: 'no 5xx in phases 1 and 2', ok: p1.fiveXx + p2.fiveXx === 0, figure: `${p1.fiveXx} / ${p2.fiveXx}` },
    {
      what: `healthy p99 of phase 2 within ${TARGET.p99Ratio}× of phase 1`,
      ok: ratio <= TARGET.p99Ratio,
      figure: `${p99(p2).toFixed(0)} / ${p99(p1).toFixed(0)} ms = ${ratio.toFixed(2)}×`,
    },
    {
      what: `RSS flat (last quarter's median at most ${TARGET.rssGrowth * 100}% above the first quarter's)`,
      ok: growth <= TARGET.rssGrowth,
      figure: `${rssFirst.toFixed(0)} → ${rssLast.toFixed(0)} MiB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`,
    },
    {
      what: 'every hostile response a 4xx or a GraphQL error with a stable code',
      ok: hostileBad === 0 && alone.every((a) => a.ok),
      figure: `${hostileBad} of ${p2.hostile.reduce((n, h) => n + h.count, 0)} under load, ${alone.filter((a) => !a.ok).length} of ${alone.length} alone, not`,
    },
    {
      what: 'every healthy request answered without an error',
      ok: phases.every((p) => p.healthy.failed === 0 && p.socketErrors === 0 && p.timeouts === 0),
      figure: phases.map((p) => p.healthy.failed + p.socketErrors + p.timeouts).join(' / '),
    },
  ];
  const section = report(db.articles, phases, alone, checks, cache, p3.rps / p1.rps, rss.length, profile, warmedUp);
  const file = resolve(root, opt.out);
  const old = readFileSync(file, 'utf8');
  const start = old.indexOf(START);
  const end = old.indexOf(END);
  writeFileSync(
    file,
    start >= 0 && end > start ? old.slice(0, start) + section + old.slice(end + END.length) : `${old.trimEnd()}\n\n${section}\n`,
  );
  for (const c of checks) console.error(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}: ${c.figure}`);
  for (const p of phases) if (p.healthy.example) console.error(`${p.name}: a failed healthy request: ${p.healthy.example}`);
  for (const [i, h] of p2.hostile.entries()) if (h.example) console.error(`${hostile[i].name}: ${h.example}`);
  console.error(`Wrote ${opt.out}`);
  process.exit(checks.every((c) => c.ok) ? 0 : 1);
}

function log(p: Phase) {
  const hostileCount = p.hostile.reduce((n, h) => n + h.count, 0);
  console.error(
    `${p.name}: ${p.rps.toFixed(0)} req/s, healthy ${p.healthy.count} (p50 ${quantile(p.healthy.latencies, 0.5).toFixed(0)} / p99 ${quantile(p.healthy.latencies, 0.99).toFixed(0)} ms), hostile ${hostileCount}, 5xx ${p.fiveXx}`,
  );
}

function report(
  articles: number,
  phases: Phase[],
  alone: { status: number; code: string }[],
  checks: { what: string; ok: boolean; figure: string }[],
  cache: { hit: number; miss: number },
  cachedRatio: number,
  samples: number,
  profile: string[],
  warmedUp: number,
): string {
  const [, p2] = phases;
  const args = process.argv.slice(2).join(' ');
  const lines = [
    START,
    '## Hostile load (npm run bench:hostile)',
    '',
    `Made by \`npm run bench:hostile${args ? ` -- ${args}` : ''}\` on ${new Date().toISOString().slice(0, 10)}, on a shared ${cpus().length}-core machine (other work was running; the load generator shares the cores with the gateway and PostgreSQL, so read ratios, not absolutes). ${articles.toLocaleString('en')} articles; the gateway in production settings (bench/servers.ts: pool 20), ${CONNECTIONS} connections (autocannon), ${DURATION} s per phase after a warm-up of ${warmedUp} s (until ${WARM_UP_REQUESTS.toLocaleString('en')} requests were served, in rounds of ${opt.warmup} s, six at most). Rate limits off (\`RATE_LIMIT_POINTS=0\`): the load generator is one client, and hostile requests are refused before execution whether limits are on or not. Healthy requests are the four canonical operations (operations/, variables from bench/db.ts pickVariables) in turn; latencies are timed per request, healthy apart from hostile.`,
    '',
    '| phase | req/s (all) | healthy requests | healthy p50 / p99 ms | hostile requests | 5xx | failed healthy |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...phases.map(
      (p) =>
        `| ${p.name} | ${p.rps.toFixed(0)} | ${p.healthy.count} | ${quantile(p.healthy.latencies, 0.5).toFixed(0)} / ${quantile(p.healthy.latencies, 0.99).toFixed(0)} | ${p.hostile.reduce((n, h) => n + h.count, 0)} | ${p.fiveXx} | ${p.healthy.failed + p.socketErrors + p.timeouts} |`,
    ),
    '',
    `Response cache (phase 3 against phase 1, same requests): ${cachedRatio.toFixed(1)}× the requests per second; cache hit ratio ${((100 * cache.hit) / Math.max(1, cache.hit + cache.miss)).toFixed(2)}% (${cache.hit} hits, ${cache.miss} misses, from \`gateway_response_cache_lookups_total\` on the metrics port). With four operations and fixed variables a miss is an entry's first request in its 30 s lifetime, or one of the requests that arrive while that first one runs (they wait for its execution, but each counts as a miss): the cache's ceiling, not a real audience's ratio.`,
    '',
    '| target | result | figure |',
    '| --- | --- | --- |',
    ...checks.map((c) => `| ${c.what} | ${c.ok ? 'met' : '**missed**'} | ${c.figure} |`),
    '',
    `RSS was sampled every second (${samples} samples); the comparison uses phases 1 and 2, one server process after its warm-up. Medians of each quarter of those phases: ${profile.join(' → ')} MiB.`,
    '',
    'The hostile share of phase 2 (bench/hostile-requests.ts), each request as often as the others, and each sent once alone before the load:',
    '',
    '| hostile request | sent under load | HTTP status | code | alone |',
    '| --- | --- | --- | --- | --- |',
    ...hostileRequests('slug').map((h, i) => {
      const o = p2.hostile[i];
      const statuses = [...o.statuses].map(([s]) => s).join(', ');
      const codes = [...o.codes].map(([c]) => `\`${c}\``).join(', ');
      const once = alone[i] ? `${alone[i].status} \`${alone[i].code}\`` : '';
      return `| ${h.name} | ${o.count} | ${statuses} | ${codes}${o.bad ? ` (**${o.bad} not refused cleanly**)` : ''} | ${once} |`;
    }),
    '',
    'Rerun: `BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench BENCH_SCHEMA=bench npm run bench:hostile` (`-- --duration 10` for a short try; `--connections`, `--hostile-share`, `--warmup`). Without `BENCH_DATABASE_URL` it uses the embedded benchmark database of `npm run bench`. It exits 1 when a target is missed.',
    END,
  ];
  return lines.join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
