import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabase, ensureArticles, pickVariables } from './db.ts';

// npm run bench:explain: EXPLAIN (ANALYZE, BUFFERS) of every SQL statement the canonical
// operations issue at benchmark scale, prepared and planned generically as the gateway runs them, written into bench/RESULTS.md between plan markers.
// Fails when a plan reads the articles or their join tables by sequential scan.

const OPS = ['article-page', 'home-feed', 'category-page', 'person-page'];
const HOT = /Seq Scan on "?(Article|ArticleCredit|ArticlePersonMention|ArticleOrganizationMention|ArticlePlaceMention|ArticleTag|RelatedLink|KeyTakeaway|FaqEntry|ArticleSlug)"?\b/;
const root = new URL('..', import.meta.url).pathname;
const START = '<!-- plans: written by npm run bench:explain -->';
const END = '<!-- /plans -->';

async function main() {
  const db = await benchDatabase();
  try {
    await ensureArticles(db, Number(process.env.BENCH_ARTICLES ?? 200_000));
    const variables = await pickVariables(db);
    process.env.DATABASE_URL = db.url;
    process.env.DATABASE_SCHEMA = db.schema;
    process.env.NODE_ENV = 'production';
    process.env.RESPONSE_CACHE_TTL_MS = '0'; // every statement, not a cache hit
    process.env.DB_QUERY_EVENTS = 'true'; // to capture them
    const { yoga } = await import('../src/yoga.ts');
    const { prisma, closeDb } = await import('../src/db/client.ts');
    const captured: { query: string; params: string }[] = [];
    prisma().$on('query', (e) => captured.push({ query: e.query, params: e.params }));
    const client = new pg.Client({ connectionString: db.url, options: `-c search_path="${db.schema}" -c plan_cache_mode=force_generic_plan` });
    await client.connect();
    client.on('error', () => undefined); // the database stops first on a failure: report that, not this
    const out: string[] = [START, '', '## Plans at benchmark scale', ''];
    out.push(`\`npm run bench:explain\`, ${db.articles} articles. Every statement each canonical operation issues, with its plan and time.`, '');
    let bad = 0;
    for (const op of OPS) {
      const query = readFileSync(join(root, 'operations', `${op}.graphql`), 'utf8');
      const body = JSON.stringify({ query, variables: variables[op] });
      // Once to warm caches, once captured.
      await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      captured.length = 0;
      const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`${op}: ${JSON.stringify(json.errors)}`);
      if (!captured.length) throw new Error(`${op} issued no SQL: is a response cache answering?`);
      out.push(`### ${op} (${captured.length} statements)`, '');
      for (const [i, s] of captured.entries()) {
        // Prepared and run with a generic plan, as the gateway runs it (DB_PLAN_CACHE_MODE).
        const params = JSON.parse(s.params) as unknown[];
        await client.query(`PREPARE explained AS ${s.query}`);
        // EXECUTE takes its arguments as SQL values, not as bound parameters.
        const literal = (v: unknown): string =>
          v == null
            ? 'NULL'
            : typeof v === 'number' || typeof v === 'boolean'
              ? String(v)
              : Array.isArray(v)
                ? client.escapeLiteral(`{${v.map((x) => (typeof x === 'number' ? x : `"${String(x).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`)
                : client.escapeLiteral(typeof v === 'string' ? v : JSON.stringify(v));
        const args = params.map(literal).join(', ');
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained${params.length ? `(${args})` : ''}`);
        await client.query('DEALLOCATE explained');
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
        const seq = HOT.exec(plan);
        if (seq) bad++;
        out.push(`${i + 1}. ${time} ms${seq ? ` — **sequential scan: ${seq[0]}**` : ''}: \`${s.query.replace(/\s+/g, ' ').slice(0, 140)}…\``, '');
        out.push('```', plan, '```', '');
      }
    }
    out.push(END);
    const file = join(root, 'bench/RESULTS.md');
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '# Benchmark results\n';
      }
    })();
    const section = out.join('\n');
    const next = current.includes(START)
      ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
      : `${current.trimEnd()}\n\n${section}\n`;
    writeFileSync(file, next);
    console.error(`Plans written to bench/RESULTS.md; ${bad} with a sequential scan on a hot table.`);
    await client.end();
    await closeDb();
    if (bad) process.exitCode = 1;
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
