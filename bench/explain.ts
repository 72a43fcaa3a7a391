import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { benchDatabase, ensureArticles, pickSearchWords, pickVariables } from './db.ts';

// npm run bench:explain: EXPLAIN (ANALYZE, BUFFERS) of every SQL statement the canonical
// operations issue at benchmark scale, prepared and planned generically as the gateway runs them, written into bench/RESULTS.md between plan markers.
// Fails when a plan reads the articles or their join tables by sequential scan.

const OPS = ['article-page', 'home-feed', 'category-page', 'person-page'];
// BENCH_EXPLAIN=analyst re-plans the search and facet operations only and keeps the sections of
// the canonical operations already in RESULTS.md (their plans take minutes on a shared machine).
const ONLY_ANALYST = process.env.BENCH_EXPLAIN === 'analyst';
const HOT =
  /Seq Scan on "?(Article|ArticleCredit|ArticlePersonMention|ArticleOrganizationMention|ArticlePlaceMention|ArticleTag|RelatedLink|KeyTakeaway|FaqEntry|ArticleSlug)"?\b/;
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
    const { onDirectStatement } = await import('../src/db/direct-reads.ts');
    const captured: { query: string; params: string; direct?: boolean }[] = [];
    prisma().$on('query', (e) => captured.push({ query: e.query, params: e.params }));
    // The statements the gateway sends on the pg pool itself (direct reads, list pages), never custom-planned.
    onDirectStatement((e) => captured.push({ query: e.query, params: e.params, direct: true }));
    const client = new pg.Client({
      connectionString: db.url,
      options: `-c search_path="${db.schema}" -c plan_cache_mode=force_generic_plan`,
    });
    await client.connect();
    client.on('error', () => undefined); // the database stops first on a failure: report that, not this
    const out: string[] = [START, '', '## Plans at benchmark scale', ''];
    out.push(
      `\`npm run bench:explain\`, ${db.articles} articles. Every statement each canonical operation issues, with its plan and time.`,
      '',
    );
    let bad = 0;
    /** Runs one operation twice (warm, then captured) and explains every statement it issued. */
    const explain = async (title: string, query: string, vars: object, opts: { seqScanOk?: boolean; budgetMs?: number } = {}) => {
      const body = JSON.stringify({ query, variables: vars });
      // Once to warm caches, once captured.
      await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      captured.length = 0;
      const res = await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`${title}: ${JSON.stringify(json.errors)}`);
      if (!captured.length) throw new Error(`${title} issued no SQL: is a response cache answering?`);
      const section: string[] = [];
      let total = 0;
      let over = 0;
      // Statements run custom-planned (src/search/custom-plan.ts) come as set_config, the
      // statement, COMMIT: explain the statement with a custom plan, skip the other two.
      let custom = false;
      const statements = captured.filter((s) => {
        if (/^SELECT set_config\('plan_cache_mode'/.test(s.query) || s.query === 'COMMIT' || s.query === 'BEGIN') return false;
        return true;
      });
      // Concurrent facets interleave their transactions on the log, so count them: as many raw
      // statements (not Prisma's `SELECT "t0"…`) are custom-planned as there were set_config calls.
      let customLeft = captured.filter((s) => /^SELECT set_config\('plan_cache_mode'/.test(s.query)).length;
      const customSet = new Set(statements.filter((s) => !s.direct && !s.query.startsWith('SELECT "t0"') && customLeft-- > 0));
      for (const [i, s] of statements.entries()) {
        // Prepared and run with a generic plan, as the gateway runs it (DB_PLAN_CACHE_MODE),
        // or custom-planned where the gateway asks for that.
        custom = customSet.has(s);
        await client.query(`SET plan_cache_mode = ${custom ? 'force_custom_plan' : 'force_generic_plan'}`);
        // The settings it ran with: replay the set_config statement that came before it, in a transaction (SET LOCAL).
        const setting = custom
          ? captured.slice(0, captured.indexOf(s)).findLast((c) => /^SELECT set_config\('plan_cache_mode'/.test(c.query))
          : undefined;
        await client.query('BEGIN');
        if (setting) await client.query(setting.query, JSON.parse(setting.params) as unknown[]);
        const params = JSON.parse(s.params) as unknown[];
        await client.query(`PREPARE explained AS ${s.query}`);
        // EXECUTE takes its arguments as SQL values, not as bound parameters.
        const literal = (v: unknown): string =>
          v == null
            ? 'NULL'
            : typeof v === 'number' || typeof v === 'boolean'
              ? String(v)
              : Array.isArray(v)
                ? client.escapeLiteral(
                    `{${v.map((x) => (typeof x === 'number' ? x : `"${String(x).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`,
                  )
                : client.escapeLiteral(typeof v === 'string' ? v : JSON.stringify(v));
        const args = params.map(literal).join(', ');
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained${params.length ? `(${args})` : ''}`);
        await client.query('DEALLOCATE explained');
        await client.query('COMMIT');
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        const time = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);
        total += time;
        const seq = HOT.exec(plan);
        if (seq && !opts.seqScanOk) bad++;
        const slow = opts.budgetMs != null && time > opts.budgetMs;
        if (slow) over++;
        const notes = [
          seq ? `${opts.seqScanOk ? 'sequential scan' : '**sequential scan**'}: ${seq[0]}` : '',
          slow ? `**over ${opts.budgetMs} ms**` : '',
        ]
          .filter(Boolean)
          .join(', ');
        section.push(
          `${i + 1}. ${time} ms${custom ? ' (custom plan)' : ''}${notes ? ` — ${notes}` : ''}: \`${s.query.replace(/\s+/g, ' ').slice(0, 140)}…\``,
          '',
        );
        section.push('```', plan, '```', '');
      }
      out.push(
        `### ${title} (${statements.length} statements, ${total.toFixed(1)} ms of PostgreSQL execution${opts.budgetMs != null ? `; ${over} over the ${opts.budgetMs} ms budget` : ''})`,
        '',
        ...section,
      );
      summary.push(
        `| ${title} | ${statements.length} | ${total.toFixed(1)} ms | ${opts.budgetMs != null ? `${over ? `${over} over` : 'all within'} ${opts.budgetMs} ms` : ''} |`,
      );
    };
    const summary: string[] = ['| operation | statements | PostgreSQL execution | budget per statement |', '| --- | --- | --- | --- |'];
    if (!ONLY_ANALYST)
      for (const op of OPS) await explain(op, readFileSync(join(root, 'operations', `${op}.graphql`), 'utf8'), variables[op]);
    // Analysts' operations (bench/operations/analyst): search with a common word, a rare word and a
    // phrase, and every facet unfiltered and filtered. Facets over a large set read it whole.
    const analyst = (name: string) => readFileSync(join(root, 'bench/operations/analyst', `${name}.graphql`), 'utf8');
    const words = await pickSearchWords(db);
    for (const [label, q] of Object.entries(words)) await explain(`search, ${label}: ${q}`, analyst('search'), { q }, { budgetMs: 50 });
    await explain('facets, unfiltered', analyst('facets'), {}, { seqScanOk: true, budgetMs: 200 });
    const { slug: category } = variables['category-page'] as { slug: string };
    await explain(
      `facets, category ${category}`,
      analyst('facets'),
      { filter: { category: { slug: category } } },
      { seqScanOk: true, budgetMs: 200 },
    );
    const file = join(root, 'bench/RESULTS.md');
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '# Benchmark results\n';
      }
    })();
    if (ONLY_ANALYST) {
      // Keep the canonical operations' rows and sections from the last full run.
      const old = current.includes(START) ? current.slice(current.indexOf(START), current.indexOf(END)) : '';
      const isOp = (title: string) => OPS.some((op) => title === op || title.startsWith(`${op} (`));
      summary.splice(2, 0, ...old.split('\n').filter((l) => OPS.some((op) => l.startsWith(`| ${op} |`))));
      const kept = old.split(/\n(?=### )/).filter((part) => part.startsWith('### ') && isOp(part.slice(4)));
      out.splice(out.indexOf('## Plans at benchmark scale') + 3, 0, ...kept.map((k) => k.trimEnd()), '');
    }
    out.splice(out.indexOf('## Plans at benchmark scale') + 3, 0, ...summary, '');
    out.push(END);
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
