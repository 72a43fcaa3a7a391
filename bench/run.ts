import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuSeconds, postgresCpuSeconds } from './cpu.ts';
import { benchDatabase, ensureArticles, pickVariables, type BenchDb } from './db.ts';
import { benchNode, gatewayArgs, gatewayEnv, root, startServer } from './servers.ts';

// npm run bench: the canonical operations (operations/) against 200,000 synthetic articles,
// our gateway beside PostGraphile v5 (bench/peer) on the same database, alternating run by run.
// The load generator shares the machine's cores with the servers: compare ratios, not absolutes.

const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string', default: '200000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,16,64' },
    rounds: { type: 'string', default: '2' },
    ops: { type: 'string', default: 'article-page,home-feed,category-page,person-page' },
    peer: { type: 'boolean', default: true },
    'no-peer': { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
    'no-cache': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/RESULTS.md' },
  },
});
const OPS = opt.ops.split(',');
const CONNECTIONS = opt.connections.split(',').map(Number);
const peerInstalled = join(root, 'bench/peer/node_modules/postgraphile');
const withPeer = opt.peer && !opt['no-peer'];
if (opt['no-cache']) opt.cache = false;

interface Server {
  name: string;
  url: string;
  proc: ChildProcess;
  ops: Record<string, string>;
}

async function start(
  name: string,
  cmd: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  opsDir: string,
): Promise<Server> {
  const { proc, url } = await startServer(cmd, args, env, port);
  const ops = Object.fromEntries(OPS.map((o) => [o, readFileSync(join(root, opsDir, `${o}.graphql`), 'utf8')]));
  return { name, url, proc, ops };
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function load(server: Server, op: string, variables: object, connections: number, seconds: number) {
  const body = JSON.stringify({ query: server.ops[op], variables });
  const before = { server: cpuSeconds([server.proc.pid!]), db: postgresCpuSeconds() };
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  // CPU per request from /proc: where each server's requests spend the machine's two cores.
  const perRequest = (sec: number) => (sec * 1000) / Math.max(result.requests.total, 1);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    serverMs: perRequest(cpuSeconds([server.proc.pid!]) - before.server),
    dbMs: perRequest(postgresCpuSeconds() - before.db),
  };
}

async function check(server: Server, op: string, variables: object) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: server.ops[op], variables }),
  });
  const json = (await res.json()) as { errors?: unknown[] };
  if (json.errors) throw new Error(`${server.name} ${op}: ${JSON.stringify(json.errors).slice(0, 500)}`);
}

/** SQL statements per request, from pg_stat_statements (when the database has it). */
async function statementsPerRequest(db: BenchDb, server: Server, op: string, variables: object): Promise<number | null> {
  if (!db.statStatements) return null;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('SELECT pg_stat_statements_reset()');
    const n = 20;
    for (let i = 0; i < n; i++) await check(server, op, variables);
    const { rows } = await client.query(
      `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query !~* '^\\s*(begin|commit|rollback|set |select pg_stat_statements_reset|show |select \\$1$|select 1$)'`,
    );
    return Math.round((rows[0].calls / n) * 10) / 10;
  } finally {
    await client.end();
  }
}

interface Cell {
  rps: number[];
  p50: number[];
  p99: number[];
  serverMs: number[];
  dbMs: number[];
  errors: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const db = await benchDatabase();
  await ensureArticles(db, Number(opt.articles));
  const variables = await pickVariables(db);
  // The comparison runs without the response cache (the peer has none); one more server shows it.
  const common = gatewayEnv(db.url, db.schema);
  const cached = { ...common, RESPONSE_CACHE_TTL_MS: '30000' };
  const servers: Server[] = [];
  const node = benchNode();
  try {
    servers.push(await start(`ours (${node.name})`, node.bin, gatewayArgs(), common, 4101, 'operations'));
    if (withPeer) {
      if (!existsSync(peerInstalled)) throw new Error('The peer is not installed: run `npm --prefix bench/peer ci` (or pass --no-peer).');
      servers.push(
        await start(
          `PostGraphile 5 (${node.name})`,
          node.bin,
          ['bench/peer/server.mjs'],
          { PEER_DATABASE_URL: db.url, PEER_SCHEMA: db.schema, PEER_POOL_MAX: '20' },
          4102,
          'bench/peer/operations',
        ),
      );
    }
    if (opt.cache) {
      const where = process.env.REDIS_URL ? 'Redis' : 'in-memory';
      servers.push(await start(`ours + ${where} response cache (${node.name})`, node.bin, gatewayArgs(), cached, 4104, 'operations'));
    }

    for (const s of servers) for (const op of OPS) await check(s, op, variables[op]);
    const statements: Record<string, Record<string, number | null>> = {};
    for (const op of OPS) {
      statements[op] = {};
      for (const s of servers) statements[op][s.name] = await statementsPerRequest(db, s, op, variables[op]);
    }

    const results: Record<string, Record<number, Record<string, Cell>>> = {};
    for (const op of OPS) {
      results[op] = {};
      for (const c of CONNECTIONS) {
        results[op][c] = {};
        for (let round = 0; round < Number(opt.rounds); round++) {
          for (const s of servers) {
            await load(s, op, variables[op], c, Number(opt.warmup));
            const r = await load(s, op, variables[op], c, Number(opt.duration));
            results[op][c][s.name] ??= { rps: [], p50: [], p99: [], serverMs: [], dbMs: [], errors: 0 };
            const cell = results[op][c][s.name];
            cell.rps.push(r.rps);
            cell.serverMs.push(r.serverMs);
            cell.dbMs.push(r.dbMs);
            cell.p50.push(r.p50);
            cell.p99.push(r.p99);
            cell.errors += r.errors;
            console.error(
              `${op} c=${c} ${s.name}: ${r.rps.toFixed(0)} req/s p50 ${r.p50} ms p99 ${r.p99} ms${r.errors ? ` errors ${r.errors}` : ''}`,
            );
          }
        }
      }
    }
    const rss = Object.fromEntries(servers.map((s) => [s.name, peakRssMb(s.proc.pid!)]));
    // Keep the plans section bench:explain wrote, if any.
    const previous = existsSync(join(root, opt.out)) ? readFileSync(join(root, opt.out), 'utf8') : '';
    const keep = ['<!-- scale:', '<!-- plans:'].map((m) => previous.indexOf(m)).filter((i) => i >= 0);
    const plans = keep.length ? `\n${previous.slice(Math.min(...keep))}` : '';
    writeFileSync(join(root, opt.out), (await report(db, servers, variables, statements, results, rss)) + plans);
    console.error(`Wrote ${opt.out}`);
  } finally {
    for (const s of servers) s.proc.kill('SIGTERM');
    await db.stop();
  }
}

async function report(
  db: BenchDb,
  servers: Server[],
  variables: Record<string, object>,
  statements: Record<string, Record<string, number | null>>,
  results: Record<string, Record<number, Record<string, Cell>>>,
  rss: Record<string, number>,
): Promise<string> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const pgVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  const names = servers.map((s) => s.name);
  const ours = names[0];
  const peer = names.find((n) => n.startsWith('PostGraphile'));
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  const args = process.argv.slice(2).join(' ');
  lines.push(`Made by \`npm run bench${args ? ` -- ${args}` : ''}\` on ${new Date().toISOString().slice(0, 10)}.`, '');
  lines.push(
    `- Machine: ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free), Linux ${release()}.`,
  );
  lines.push(
    `- PostgreSQL ${pgVersion}${db.embedded ? ' (embedded, started by the benchmark)' : ''}; ${db.articles} articles in schema \`${db.schema}\`.`,
  );
  lines.push(`- Servers: ${names.join('; ')}; each with a pool of 20 connections, production mode.`);
  lines.push(
    `- Load: autocannon in the benchmark's own process, ${opt.warmup} s warm-up then ${opt.duration} s per cell, ${opt.rounds} rounds alternating the servers; figures are medians of the rounds.`,
  );
  lines.push(
    '- The load generator, the servers and PostgreSQL share the same cores: absolute figures are low and noisy, the ratios between servers measured in the same run are what to read.',
  );
  lines.push(`- Variables: \`${JSON.stringify(variables)}\``, '');
  lines.push('## Requests per second and latency', '');
  lines.push(
    `| operation | connections | ${names.map((n) => `${n} req/s (p50 / p99 ms)`).join(' | ')}${peer ? ' | ours / peer req/s | p99 ours / peer' : ''} |`,
  );
  lines.push(`| --- | --- | ${names.map(() => '---').join(' | ')}${peer ? ' | --- | ---' : ''} |`);
  for (const op of OPS) {
    for (const c of CONNECTIONS) {
      const cells = names.map((n) => results[op][c][n]);
      const row = cells.map(
        (x) => `${median(x.rps).toFixed(0)} (${median(x.p50)} / ${median(x.p99)})${x.errors ? ` ⚠ ${x.errors} errors` : ''}`,
      );
      let ratio = '';
      if (peer) {
        const o = results[op][c][ours];
        const p = results[op][c][peer];
        ratio = ` | ${(median(o.rps) / median(p.rps)).toFixed(2)} | ${(median(o.p99) / Math.max(median(p.p99), 0.001)).toFixed(2)}`;
      }
      lines.push(`| ${op} | ${c} | ${row.join(' | ')}${ratio} |`);
    }
  }
  lines.push('', '## CPU per request', '');
  lines.push(
    'Milliseconds of CPU per request, from /proc during the measured runs: the server process, then all PostgreSQL processes. Two cores are shared by the servers, PostgreSQL and the load generator, so a server that needs more CPU per request serves fewer requests.',
    '',
  );
  lines.push(`| operation | connections | ${names.map((n) => `${n} server / PostgreSQL ms`).join(' | ')} |`);
  lines.push(`| --- | --- | ${names.map(() => '---').join(' | ')} |`);
  for (const op of OPS) {
    for (const c of CONNECTIONS.filter((x) => x > 1)) {
      lines.push(
        `| ${op} | ${c} | ${names.map((n) => `${median(results[op][c][n].serverMs).toFixed(2)} / ${median(results[op][c][n].dbMs).toFixed(2)}`).join(' | ')} |`,
      );
    }
  }
  lines.push('', '## SQL statements per request', '');
  lines.push(`| operation | ${names.join(' | ')} |`, `| --- | ${names.map(() => '---').join(' | ')} |`);
  for (const op of OPS) lines.push(`| ${op} | ${names.map((n) => statements[op][n] ?? 'n/a').join(' | ')} |`);
  lines.push('', 'Counted with pg_stat_statements over 20 sequential requests (transaction control excluded).', '');
  lines.push('## Peak resident memory', '', `| server | peak RSS (MiB) |`, '| --- | --- |');
  for (const n of names) lines.push(`| ${n} | ${rss[n]} |`);
  lines.push('');
  // The hand-written reading of the figures (what holds us back, what the peer approximates).
  const notes = join(root, 'bench/NOTES.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
  return lines.join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
