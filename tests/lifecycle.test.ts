import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';

// The real server process against the test database: metrics on their own port, and a SIGTERM
// under load that refuses nothing it accepted.

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', DB_QUERY_EVENTS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitReady(port: number, proc: ReturnType<typeof start>) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`server exited early:\n${proc.output()}`);
    if ((await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null))?.status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready in time:\n${proc.output()}`);
}

const query = `{ articles(first: 5) { edges { node { slug title } } } }`;
const ask = (port: number) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
const schema = `lifecycle_${process.pid}`;

describe('server lifecycle', () => {
  it('serves Prometheus metrics on METRICS_PORT only: requests, durations, errors, cost, cache hits, pool', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const proc = start({ PORT: String(port), METRICS_PORT: String(metricsPort), DATABASE_SCHEMA: schema, RESPONSE_CACHE_TTL_MS: '30000' });
    try {
      await waitReady(port, proc);
      // Spaced, so the first answer's cache write (to Redis when REDIS_URL is set) has landed.
      for (let i = 0; i < 3; i++) {
        expect((await ask(port)).status).toBe(200);
        await new Promise((r) => setTimeout(r, 200));
      }
      const bad = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nope }' }),
      });
      expect((await bad.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toMatch(/^graphql_yoga_http_duration_count\{.*\} \d+/m);
      expect(text).toMatch(/^graphql_envelop_request_duration_count\{.*\} [1-9]/m);
      expect(text).toMatch(/^graphql_envelop_error_result\{.*phase="validate".*\} 1/m);
      expect(text).toMatch(/^gateway_request_cost_count [1-9]/m);
      expect(text).toMatch(/^gateway_response_cache_lookups_total\{result="hit"\} [1-9]/m);
      expect(text).toMatch(/^gateway_response_cache_lookups_total\{result="miss"\} [1-9]/m);
      expect(text).toMatch(/^gateway_db_pool_in_use \d+/m);
      expect(text).toMatch(/^gateway_db_pool_idle [1-9]/m);
      expect(text).toMatch(/^gateway_db_pool_waiting 0/m);
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  }, 120_000);

  it('on SIGTERM under load: /ready answers 503 at once, every accepted request completes with 200, exit 0', async () => {
    const port = await freePort();
    const proc = start({ PORT: String(port), DATABASE_SCHEMA: schema, SHUTDOWN_DRAIN_MS: '1500' });
    await waitReady(port, proc);
    const statuses: number[] = [];
    let refused = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await ask(port);
          await res.text();
          statuses.push(res.status);
        } catch {
          refused++; // the port closed: never accepted, so not a failed request
          await new Promise((r) => setTimeout(r, 10));
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((r) => setTimeout(r, 500));
    const before = statuses.length;
    proc.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    expect(await proc.exited).toBe(0);
    stop = true;
    await Promise.all(workers);
    expect(before).toBeGreaterThan(0);
    expect(statuses.length).toBeGreaterThan(before); // served while draining
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);
});
