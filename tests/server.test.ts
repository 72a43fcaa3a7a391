import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDb } from '../src/db/embedded.ts';
import { freePort } from './helpers/ports.ts';

// `npm start` on a machine without PostgreSQL: the real server process, an embedded database,
// demo content, a clean stop on SIGTERM, and a restart that keeps the data.

const folders: string[] = [];
afterAll(async () => {
  for (const f of folders) await rm(f, { recursive: true, force: true });
});

function start(env: Record<string, string>, user?: { uid: number; gid: number }) {
  const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, ...parent } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...parent, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', (err) => {
      output += `could not start: ${err.message}`;
      resolve(-1);
    });
  });
  return { child, exited, output: () => output };
}

async function waitReady(port: number, proc: { output: () => string; child: ChildProcess }) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null || proc.output().includes('could not start: '))
      throw new Error(`server exited early:\n${proc.output()}`);
    const res = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready in time:\n${proc.output()}`);
}

async function articleCount(pgPort: number): Promise<number> {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres` });
  await client.connect();
  const { rows } = await client.query('SELECT count(*)::int AS n FROM "Article"');
  await client.end();
  return rows[0].n;
}

const query = `{ article(slug: "central-bank-holds-rates-steady") { slug title category { name } credits { role person { name } } } }`;

const users: { label: string; user?: { uid: number; gid: number } }[] = [{ label: 'the current user' }];
// CI runs as root: prove a normal user can run it too.
if (process.getuid?.() === 0) users.push({ label: 'an unprivileged user (nobody)', user: { uid: 65534, gid: 65534 } });

describe('npm start without DATABASE_URL', () => {
  for (const { label, user } of users) {
    it(`serves demo articles from an embedded PostgreSQL, stops cleanly and keeps its data, as ${label}`, async () => {
      const folder = await mkdtemp(join(tmpdir(), 'content-gateway-start-'));
      folders.push(folder);
      await chmod(folder, 0o777);
      const [port, pgPort] = [await freePort(), await freePort()];
      const env = { PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: join(folder, 'data') };

      const first = start(env, user);
      await waitReady(port, first);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.article.slug).toBe('central-bank-holds-rates-steady');
      expect(body.data.article.credits.map((c: { role: string }) => c.role)).toEqual(
        expect.arrayContaining(['REPORTING', 'WRITING', 'EDITING']),
      );
      const graphiql = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toContain('GraphiQL');
      const seeded = await articleCount(pgPort);
      expect(seeded).toBeGreaterThanOrEqual(30);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      await expect(articleCount(pgPort)).rejects.toThrow(); // PostgreSQL stopped with it

      const second = start(env, user);
      await waitReady(port, second);
      expect(await articleCount(pgPort)).toBe(seeded); // same data, not seeded twice
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }, 180_000);
  }

  it('is not ready while its database is down, answers with a masked error meanwhile, and recovers', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'content-gateway-outage-'));
    folders.push(folder);
    await chmod(folder, 0o777);
    const [port, pgPort] = [await freePort(), await freePort()];
    const dbOptions = { dataDir: join(folder, 'pg'), port: pgPort };
    let db = await startEmbeddedDb(dbOptions);
    const proc = start({ PORT: String(port), DATABASE_URL: db.url, DB_ACQUIRE_TIMEOUT_MS: '2000' });
    try {
      await waitReady(port, proc);
      const ask = () =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      expect((await (await ask()).json()).data.article.slug).toBe('central-bank-holds-rates-steady');

      await db.stop();
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200); // alive: do not restart it
      const down = await ask();
      const text = await down.text();
      expect(down.status).toBe(200);
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
      expect(down.headers.get('retry-after')).toBe('2');
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\.ts:\d+|at .+\(/); // nothing of the internals

      db = await startEmbeddedDb(dbOptions);
      await waitReady(port, proc);
      expect((await (await ask()).json()).data.article.slug).toBe('central-bank-holds-rates-steady');
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
      await db.stop();
    }
  }, 180_000);

  it('waits for a DATABASE_URL that is not up yet (503, fast SERVICE_UNAVAILABLE), then serves without a restart', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'content-gateway-late-db-'));
    folders.push(folder);
    await chmod(folder, 0o777);
    const [port, pgPort] = [await freePort(), await freePort()];
    const proc = start({ PORT: String(port), DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres` });
    let db: { stop(): Promise<void> } | undefined;
    const waiting = () =>
      proc
        .output()
        .split('\n')
        .filter((l) => l.includes('waiting for the database in DATABASE_URL'));
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 30_000;
      while ((await fetch(`${base}/health`).catch(() => null))?.status !== 200) {
        if (proc.child.exitCode !== null || Date.now() > deadline) throw new Error(`server not listening:\n${proc.output()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 1_500)); // several retries
      expect(proc.child.exitCode).toBeNull();
      expect((await fetch(`${base}/ready`)).status).toBe(503);
      const started = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\.ts:\d+|at .+\(/);
      // The cause is logged by name (host and port, not a stack), once so far: then at most every 5 s.
      expect(waiting()).toHaveLength(1);
      expect(waiting()[0]).toContain(`(127.0.0.1:${pgPort}, database postgres): the connection was refused`);
      expect(proc.output()).not.toMatch(/\n\s+at .+[(:]\d+/);

      db = await startEmbeddedDb({ dataDir: join(folder, 'pg'), port: pgPort });
      await waitReady(port, proc);
      const body = await (
        await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
      ).json();
      expect(body.errors).toBeUndefined();
      expect(body.data.article.slug).toBe('central-bank-holds-rates-steady'); // migrated and seeded once it came up
      expect(proc.output()).toContain('the database answers: serving');
      const answered = proc
        .output()
        .split('\n')
        .find((l) => l.includes('the database answers'));
      const seconds = JSON.parse(answered!).waitedMs / 1000;
      expect(waiting().length).toBeLessThanOrEqual(1 + Math.ceil(seconds / 5));
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
      await db?.stop();
    }
  }, 180_000);

  it('refuses a bad configuration value with a message naming it', async () => {
    const proc = start({ PORT: 'eighty', DB_POOL_MAX: '0' });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/Invalid configuration:\n\s+PORT: .+\n\s+DB_POOL_MAX: .+/);
    expect(proc.output()).not.toMatch(/at .+\.ts:\d+/); // no stack trace
  });
});
