import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDb, type EmbeddedDb } from '../../src/db/embedded.ts';
import { freePort } from './ports.ts';

// One PostgreSQL for the whole run: DATABASE_URL when set (CI's system server), otherwise an
// embedded server in a throw-away folder, so `npm test` needs no service on a fresh machine.

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    embedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDb | undefined;
  let folder: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    folder = await mkdtemp(join(tmpdir(), 'content-gateway-test-'));
    // As root the server runs as the user "postgres", which must be able to enter the folder.
    await chmod(folder, 0o755);
    embedded = await startEmbeddedDb({ dataDir: join(folder, 'pg'), port: await freePort() });
    url = embedded.url;
  }
  // Drop the worker schemas a previous run left behind.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'vt\\_%'");
  for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
  await client.end();

  project.provide('databaseUrl', url);
  project.provide('embedded', Boolean(embedded));
  return async () => {
    await embedded?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  };
}
