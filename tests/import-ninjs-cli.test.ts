import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { pool, prisma, useCleanDb } from './helpers/db.ts';

useCleanDb();

const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import-ninjs.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn' },
  }).then(
    (r) => ({ code: 0, ...r }),
    (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
  );

const FIXTURES = ['tests/fixtures/ninjs/eastmark-central-bank-ai.json', 'tests/fixtures/ninjs/short-item-3.0.json'];

beforeEach(async () => {
  await prisma.category.create({ data: { slug: 'finance', name: 'Finance' } });
  await prisma.publication.create({ data: { slug: 'harbour-finance-review', name: 'Harbour Finance Review', url: 'https://hfr.example' } });
});

describe('npm run import:ninjs', () => {
  it('imports files once, then reports them unchanged', async () => {
    const first = await run('--publish', '--category', 'finance', ...FIXTURES);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/eastmark-central-bank-ai\.json: CREATED article 1\n.*short-item-3\.0\.json: CREATED article 2\n/s);
    const rows = (await pool.query(`SELECT status, "sourceVersion" FROM "Article" ORDER BY id`)).rows;
    expect(rows).toEqual([
      { status: 'PUBLISHED', sourceVersion: '1' },
      { status: 'PUBLISHED', sourceVersion: '3' },
    ]);
    expect((await pool.query(`SELECT DISTINCT author FROM "ArticleRevision"`)).rows).toEqual([{ author: 'import' }]);
    const again = await run('--category', 'finance', ...FIXTURES);
    expect(again.stdout).toMatch(/eastmark-central-bank-ai\.json: UNCHANGED article 1\n.*short-item-3\.0\.json: UNCHANGED article 2\n/s);
  });

  it('reports a refused item and a file that is not JSON, and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ninjs-'));
    await writeFile(join(dir, 'bad.json'), JSON.stringify([{ uri: 'urn:x:1', headlines: [] }, { uri: 'urn:x:2' }]));
    await writeFile(join(dir, 'broken.json'), '{ not json');
    const res = await run(join(dir, 'bad.json'), join(dir, 'broken.json'));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('bad.json[0]: refused: item.headlines: a news item needs a headline');
    expect(res.stderr).toContain('bad.json[1]: refused: item.headlines');
    expect(res.stderr).toContain('broken.json: not a JSON file');
    expect((await pool.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n).toBe(0);
  });
});
