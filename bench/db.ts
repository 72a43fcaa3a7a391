import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDb } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/seed/synthetic.ts';

// The benchmark's database: BENCH_DATABASE_URL when set, otherwise an embedded PostgreSQL with
// pg_stat_statements (to count statements per request) and data kept in DATA_DIR/bench-postgres,
// so the 200,000 articles are generated once and reused.

export interface BenchDb {
  url: string;
  schema: string;
  embedded: boolean;
  statStatements: boolean;
  articles: number;
  stop(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDb> {
  const schema = process.env.BENCH_SCHEMA ?? 'bench';
  let url = process.env.BENCH_DATABASE_URL;
  let stop = async (): Promise<void> => undefined;
  if (!url) {
    const db = await startEmbeddedDb({
      dataDir: join(process.env.DATA_DIR ?? '.data', 'bench-postgres'),
      port: Number(process.env.BENCH_PG_PORT ?? 54330),
      settings: { shared_preload_libraries: 'pg_stat_statements', shared_buffers: '1GB', max_connections: '300' },
    });
    url = db.url;
    stop = db.stop;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const statStatements = await client
    .query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
    .then(() => client.query('SELECT 1 FROM pg_stat_statements LIMIT 1'))
    .then(() => true)
    .catch(() => false);
  await client.end();
  return { url, schema, embedded: !process.env.BENCH_DATABASE_URL, statStatements, articles: 0, stop };
}

export async function ensureArticles(db: BenchDb, wanted: number): Promise<void> {
  await migrate({ url: db.url, schema: db.schema });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const count = async () => (await client.query(`SELECT count(*)::int AS n FROM "${db.schema}"."Article"`)).rows[0].n as number;
  db.articles = await count();
  if (db.articles < wanted) {
    console.error(`Generating ${wanted} synthetic articles in schema ${db.schema} (once; reused by later runs)...`);
    const r = await seedSynthetic({ url: db.url, schema: db.schema, articles: wanted, reset: true });
    console.error(`Loaded ${r.articles} articles in ${r.seconds.toFixed(1)} s (${Math.round(r.rate)} articles/s)`);
    db.articles = await count();
  }
  await client.end();
}

/** Variables for each operation: busy but typical rows, the same for every server. */
export async function pickVariables(db: BenchDb): Promise<Record<string, object>> {
  const client = new pg.Client({ connectionString: db.url, options: `-c search_path="${db.schema}"` });
  await client.connect();
  const one = async (sql: string) => (await client.query(sql)).rows[0].slug as string;
  const visible = `status = 'PUBLISHED' AND "publishedAt" <= now()`;
  const article = await one(
    `SELECT a.slug FROM "Article" a JOIN "RelatedLink" l ON l."articleId" = a.id WHERE ${visible.replace(/"publishedAt"|status/g, (m) => `a.${m}`)}
     GROUP BY a.id ORDER BY count(*) DESC, a."publishedAt" DESC LIMIT 1`,
  );
  // A leaf category, so that "the category's articles" means the same to both servers.
  const category = await one(
    `SELECT c.slug FROM "Category" c JOIN "Article" a ON a."categoryId" = c.id
     WHERE NOT EXISTS (SELECT 1 FROM "Category" k WHERE k."parentId" = c.id)
     GROUP BY c.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const person = await one(
    `SELECT p.slug FROM "Person" p JOIN "ArticleCredit" c ON c."personId" = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
  );
  await client.end();
  return {
    'article-page': { slug: article, first: 5 },
    'home-feed': { first: 20 },
    'category-page': { slug: category, first: 20 },
    'person-page': { slug: person, first: 20 },
  };
}

/**
 * Search terms for bench:explain, from the data: a common word (in about 15% of the articles of
 * a 1% sample), a rare one (in 2 of the sample) and a phrase (the first two words of a title).
 */
export async function pickSearchWords(db: BenchDb): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: db.url, options: `-c search_path="${db.schema}"` });
  await client.connect();
  const sample = `SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "Article" TABLESAMPLE SYSTEM (1) REPEATABLE (7)')`;
  const n = (await client.query(`SELECT count(*)::int AS n FROM "Article" TABLESAMPLE SYSTEM (1) REPEATABLE (7)`)).rows[0].n as number;
  const pick = async (where: string) =>
    (
      await client.query(
        `${sample} WHERE ${where} AND word ~ '^[a-z]{4,}$' AND websearch_to_tsquery('english', word)::text = quote_literal(word) ORDER BY ndoc DESC, word LIMIT 1`,
      )
    ).rows[0].word as string;
  const common = await pick(`ndoc <= ${Math.round(n * 0.15)}`);
  const rare = await pick('ndoc = 2');
  const title = (await client.query(`SELECT title FROM "Article" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1 OFFSET 1000`)).rows[0]
    .title as string;
  await client.end();
  return { 'common word': common, 'rare word': rare, phrase: `"${title.split(/\s+/).slice(0, 2).join(' ')}"` };
}
