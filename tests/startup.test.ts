import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './helpers/ports.ts';

// Start-up as a newcomer meets it, through the real server process: errors that name what to
// change and carry no stack, a taken port found before the database is touched, a data folder
// in use said to be so, the embedded database's URL in the log, pretty logs on a terminal, and
// Ctrl-C (SIGINT to the whole process group, as a terminal sends it) without a warning.

const folders: string[] = [];
afterAll(async () => {
  for (const f of folders) await rm(f, { recursive: true, force: true });
});

const STACK = /\n\s+at .+[(:]\d+/;

/** The server in a process group of its own, so a test can send SIGINT to the group like a terminal. */
function start(env: Record<string, string>, command = [process.execPath, '--import', 'tsx', 'src/server.ts']) {
  const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, ...parent } = process.env;
  const child = spawn(command[0], command.slice(1), {
    env: { ...parent, NODE_ENV: 'production', LOG_LEVEL: 'info', SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string | RegExp, ms = 90_000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (typeof text === 'string' ? output.includes(text) : text.test(output)) return;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${text} in:\n${output}`);
  };
  return { child, exited, waitFor, output: () => output, interrupt: () => process.kill(-child.pid!, 'SIGINT') };
}

async function tempFolder(prefix: string) {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.push(folder);
  await chmod(folder, 0o777);
  return folder;
}

describe('start-up errors', () => {
  it('names DATABASE_URL and its host when the database still refuses after DB_START_TIMEOUT_MS, without the password or a stack', async () => {
    const dead = await freePort();
    const started = Date.now();
    const proc = start({
      PORT: String(await freePort()),
      DATABASE_URL: `postgresql://editor:s3cret@127.0.0.1:${dead}/news`,
      DB_START_TIMEOUT_MS: '1500',
    });
    expect(await proc.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500); // it waited, retrying
    expect(proc.output()).toContain(
      `Cannot use the database in DATABASE_URL (127.0.0.1:${dead}, database news): the connection was refused`,
    );
    expect(proc.output()).toMatch(/still so after 1\.\d s \(DB_START_TIMEOUT_MS\)/);
    expect(proc.output()).not.toContain('s3cret');
    expect(proc.output()).not.toMatch(STACK);
  });

  it('names an unknown database host at once (a typo, not an outage to wait out)', async () => {
    const proc = start({ PORT: String(await freePort()), DATABASE_URL: 'postgresql://u@db.invalid:5432/news' });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(
      /DATABASE_URL \(db\.invalid:5432, database news\): the host name (does not resolve|could not be resolved)/,
    );
    expect(proc.output()).not.toMatch(STACK);
  });

  it('reports a taken PORT before migrating or seeding anything', async () => {
    const url = process.env.DATABASE_URL!;
    const schema = `startup_${process.pid}`;
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)));
    try {
      const proc = start({ PORT: String(port), DATABASE_URL: url, DATABASE_SCHEMA: schema, SEED_ON_START: 'true' });
      expect(await proc.exited).toBe(1);
      expect(proc.output()).toContain(`PORT ${port} is already in use`);
      expect(proc.output()).not.toMatch(STACK);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      await client.end();
      expect(rowCount).toBe(0); // no migration ran
    } finally {
      blocker.close();
    }
  });
});

describe('the embedded database', () => {
  it('logs its URL, says when its folder is in use, and stops on Ctrl-C without a warning', async () => {
    const folder = await tempFolder('content-gateway-lock-');
    const [pgPort, pgPort2] = [await freePort(), await freePort()];
    const first = start({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: join(folder, 'data') });
    try {
      await first.waitFor('GraphQL and GraphiQL on');
      const url = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres`;
      expect(first.output()).toContain(`"url":"${url}"`);
      const psql = new pg.Client({ connectionString: url }); // what the log says psql can attach to
      await psql.connect();
      expect((await psql.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).rows[0].n).toBeGreaterThan(0);
      await psql.end();

      const second = start({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort2), DATA_DIR: join(folder, 'data') });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/The embedded database folder \S+ is in use by another running PostgreSQL \(PID \d+\)/);
      expect(second.output()).toContain('set DATA_DIR to another folder');
      expect(second.output()).not.toMatch(/port taken|EMBEDDED_PG_PORT/i);
      expect(second.output()).not.toMatch(STACK);
    } finally {
      first.interrupt();
    }
    expect(await first.exited).toBe(0);
    const lines = first
      .output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    expect(lines.at(-1)!.msg).toBe('shutting down');
  }, 180_000);
});

describe('logs', () => {
  it('are readable lines on a terminal and JSON otherwise', async () => {
    const env = { PORT: String(await freePort()), DATABASE_URL: process.env.DATABASE_URL!, DATABASE_SCHEMA: process.env.DATABASE_SCHEMA! };
    const plain = start(env);
    await plain.waitFor('GraphQL and GraphiQL on');
    plain.interrupt();
    expect(await plain.exited).toBe(0);
    const json = plain
      .output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(json.map((l) => l.msg)).toContain(`GraphQL and GraphiQL on http://localhost:${env.PORT}/graphql`);

    // `script` runs the server on a pseudo-terminal.
    const server = `${process.execPath} --import tsx src/server.ts`;
    const tty = start({ ...env, PORT: String(await freePort()) }, ['script', '-qfec', server, '/dev/null']);
    await tty.waitFor('GraphQL and GraphiQL on');
    tty.interrupt();
    await tty.exited;
    expect(tty.output()).toMatch(/\d\d:\d\d:\d\d.*INFO.*GraphQL and GraphiQL on http:\/\/localhost:\d+\/graphql/);
    expect(tty.output()).not.toContain('{"level"');
  }, 60_000);
});
