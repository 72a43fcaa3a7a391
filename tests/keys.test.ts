import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createKey, revokeKey } from '../src/keys/keys.ts';
import { countQueries, prisma, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';

// Keys and scopes: scope auth refuses before any resolver or SQL write runs; a bad or revoked
// key is refused outright; anonymous reads stay open. And the `npm run keys` CLI, as a process.

useCleanDb();

const CREATE = 'mutation ($name: String!) { createApiKey(name: $name, scopes: [preview]) { name key } }';
const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
const writes = (statements: string[]) => statements.filter((s) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(s));

describe('scopes', () => {
  it('refuses an anonymous write with UNAUTHENTICATED before any SQL', async () => {
    const { result, statements } = await countQueries(() => graphql(CREATE, { name: 'sneaky' }));
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data?.createApiKey ?? null).toBeNull();
    expect(statements).toEqual([]);
    expect(await prisma.apiKey.count()).toBe(0);
  });

  it('refuses a write without the scope it needs with FORBIDDEN and no SQL write', async () => {
    const { key } = await createKey('desk', ['write', 'publish', 'preview']);
    const { result, statements } = await countQueries(() => graphql(CREATE, { name: 'sneaky' }, bearer(key)));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe('`createApiKey` needs the scope `admin`, which the key "desk" lacks.');
    expect(writes(statements)).toEqual([]);
    // Only the key's own lookup ran.
    expect(statements).toHaveLength(1);
    expect(await prisma.apiKey.count()).toBe(1);
  });

  it('lets a key with the scope write', async () => {
    const { key } = await createKey('ops', ['admin']);
    const { result, statements } = await countQueries(() => graphql(CREATE, { name: 'reader' }, bearer(key)));
    expect(result.errors).toBeUndefined();
    expect(result.data.createApiKey.key).toMatch(/^cgk_/);
    expect(writes(statements)).toHaveLength(1);
    const viewer = await graphql('{ viewer { keyName scopes } }', {}, bearer(result.data.createApiKey.key));
    expect(viewer.data.viewer).toEqual({ keyName: 'reader', scopes: ['preview'] });
  });

  it('refuses a revoked key, even to read', async () => {
    const { key } = await createKey('gone', ['admin']);
    await revokeKey('gone');
    const res = await graphql('{ viewer { keyName } }', {}, bearer(key));
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a malformed or unknown Authorization header', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-key', `Bearer cgk_${'x'.repeat(43)}`]) {
      const res = await graphql('{ viewer { keyName } }', {}, { headers: { authorization } });
      expect(res.status, authorization).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.ts/);
    }
  });

  it('keeps anonymous reads open', async () => {
    const res = await graphql('{ viewer { keyName scopes } articles(first: 5) { totalCount } tags { edges { node { slug } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.viewer).toEqual({ keyName: null, scopes: [] });
    expect(res.data.articles.totalCount).toBe(0);
  });
});

function keysCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/keys.ts', ...args], {
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run keys', () => {
  it('creates a key shown once, lists it and revokes it', { timeout: 60_000 }, async () => {
    const created = await keysCli('create', '--name', 'desk', '--scopes', 'write,publish');
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.split('\n')[0];
    expect(key).toMatch(/^cgk_[\w-]{43}$/);
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { name: 'desk' } });
    expect(row.scopes).toEqual(['write', 'publish']);
    expect(JSON.stringify(row)).not.toContain(key); // only the hash is kept
    expect((await graphql('{ viewer { keyName scopes } }', {}, bearer(key))).data.viewer).toEqual({
      keyName: 'desk',
      scopes: ['write', 'publish'],
    });

    const listed = await keysCli('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^desk\tcgk_\S+\.\.\.\twrite,publish\tcreated \S+\tactive$/m);
    expect(listed.stdout).not.toContain(key);

    const revoked = await keysCli('revoke', '--name', 'desk');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Key "desk" revoked.');
    expect((await graphql('{ viewer { keyName } }', {}, bearer(key))).status).toBe(401);
    expect((await keysCli('list')).stdout).toMatch(/^desk\t.*\trevoked \S+$/m);
  });

  it('explains bad scopes, names and commands, without a stack', { timeout: 60_000 }, async () => {
    const cases: [string[], RegExp][] = [
      [['create', '--name', 'desk', '--scopes', 'write,superuser'], /Unknown scope superuser: use preview, write, publish, admin\./],
      [['create', '--name', 'has space', '--scopes', 'write'], /A key name is 1-64 letters/],
      [['create', '--name', 'desk'], /`create` needs --scopes/],
      [['revoke'], /`revoke` needs --name NAME/],
      [['revoke', '--name', 'nobody'], /No active key named "nobody"/],
      [['rotate'], /Unknown command "rotate"/],
      [['create', '--nmae', 'desk'], /Unknown option '--nmae'/],
    ];
    const results = await Promise.all(cases.map(([args]) => keysCli(...args)));
    for (const [i, [args, message]] of cases.entries()) {
      const res = results[i];
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await prisma.apiKey.count()).toBe(0);
  });
});
