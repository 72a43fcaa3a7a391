import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabase, ensureArticles, pickVariables } from './db.ts';
import { gatewayArgs, gatewayEnv, root, startServer } from './servers.ts';

// npm run bench:scale: the same load against 1, then 2 gateway instances sharing one
// PostgreSQL (the load split evenly between them), and the database's CPU per request, written
// into bench/RESULTS.md between scale markers.

const { values: opt } = parseArgs({
  options: {
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '10' },
    ops: { type: 'string', default: 'article-page,home-feed' },
    pool: { type: 'string', default: '10' },
  },
});
const START = '<!-- scale: written by npm run bench:scale -->';
const END = '<!-- /scale -->';

const startInstance = async (port: number, env: Record<string, string>): Promise<ChildProcess> =>
  (await startServer(process.execPath, gatewayArgs(), env, port)).proc;

async function drive(ports: number[], body: string, connections: number, seconds: number) {
  const runs = await Promise.all(
    ports.map((port) =>
      autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: Math.max(1, Math.round(connections / ports.length)),
        duration: seconds,
      }),
    ),
  );
  return {
    rps: runs.reduce((s, r) => s + r.requests.average, 0),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    errors: runs.reduce((s, r) => s + r.errors + r.non2xx, 0),
  };
}

/** PostgreSQL CPU time per request, from the backends' own counters (pg_stat_statements). */
async function dbMsPerRequest(url: string, port: number, body: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_stat_statements_reset()');
    const n = 50;
    for (let i = 0; i < n; i++)
      await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const { rows } = await client.query(
      `SELECT sum(total_exec_time + total_plan_time) AS ms FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query !~* '^\\s*select pg_stat_statements_reset'`,
    );
    return Math.round((Number(rows[0].ms) / n) * 100) / 100;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function main() {
  const db = await benchDatabase();
  const procs: ChildProcess[] = [];
  try {
    await ensureArticles(db, 200_000);
    const variables = await pickVariables(db);
    // Uncached, so every request reaches PostgreSQL: this measures the gateways and the database.
    const env = gatewayEnv(db.url, db.schema, { DB_POOL_MAX: opt.pool });
    procs.push(await startInstance(4201, env), await startInstance(4202, env));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const maxConnections = Number((await client.query('SHOW max_connections')).rows[0].max_connections);
    const reserved = Number((await client.query('SHOW superuser_reserved_connections')).rows[0].superuser_reserved_connections);
    await client.end();
    const lines = [START, '', '## Scaling out', ''];
    lines.push(
      `\`npm run bench:scale\`: ${opt.connections} connections split evenly over the instances, ${opt.duration} s per run, pool ${opt.pool} per instance, one PostgreSQL, all on this one machine.`,
      '',
    );
    lines.push(
      '| operation | 1 instance req/s (p99 ms) | 2 instances req/s (p99 ms) | 2 / 1 | PostgreSQL ms per request |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const op of opt.ops.split(',')) {
      const body = JSON.stringify({ query: readFileSync(join(root, 'operations', `${op}.graphql`), 'utf8'), variables: variables[op] });
      await drive([4201, 4202], body, Number(opt.connections), 3); // warm both
      const one = await drive([4201], body, Number(opt.connections), Number(opt.duration));
      const two = await drive([4201, 4202], body, Number(opt.connections), Number(opt.duration));
      const dbMs = db.statStatements ? await dbMsPerRequest(db.url, 4201, body) : null;
      console.error(`${op}: 1 instance ${one.rps.toFixed(0)} req/s, 2 instances ${two.rps.toFixed(0)} req/s, db ${dbMs} ms/request`);
      lines.push(
        `| ${op} | ${one.rps.toFixed(0)} (${one.p99}) | ${two.rps.toFixed(0)} (${two.p99}) | ${(two.rps / one.rps).toFixed(2)} | ${dbMs ?? 'n/a'} |`,
      );
    }
    const budget = maxConnections - reserved - 10;
    lines.push('');
    lines.push(
      `PostgreSQL here allows ${maxConnections} connections (${reserved} reserved for superusers). Keeping 10 for administration and migrations, N instances can each have a pool of at most floor(${budget} / N): ${[1, 2, 4, 8, 16].map((n) => `${n} → ${Math.floor(budget / n)}`).join(', ')}. Past a few dozen instances, put PgBouncer (transaction pooling) between the gateways and PostgreSQL rather than shrinking pools further; read-only traffic can go to replicas.`,
    );
    lines.push(
      '',
      'Reading the table: on 2 shared cores the gateway processes, PostgreSQL and the load generator compete, so a second instance shows whether one Node process was the bottleneck; the database column is the CPU PostgreSQL spends per request (execution plus planning), so one PostgreSQL core serves about 1000 / that many requests per second of the operation: the database needs (ms per request) cores per 1,000 req/s.',
      '',
      END,
    );
    const file = join(root, 'bench/RESULTS.md');
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
    const section = lines.join('\n');
    writeFileSync(
      file,
      current.includes(START)
        ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
        : `${current.trimEnd()}\n\n${section}\n`,
    );
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
