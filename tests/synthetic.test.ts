import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveBody } from '../src/content/body.ts';
import { env } from '../src/env.ts';
import { migrate } from '../src/db/migrate.ts';
import { seedSynthetic } from '../src/seed/synthetic.ts';
import { relatedDiff } from './helpers/related.ts';

// Seeds schemas of its own in the harness's database, named vt_* so that leftovers of an
// interrupted run are dropped by the global setup.
const DATABASE_URL = env().DATABASE_URL!;
const ARTICLES = 500;
const SEED = 20261101;

const schemaName = (n: number) => `vt_${process.env.VITEST_POOL_ID ?? '1'}_synth_${n}`;
const JOIN_TABLES = ['ArticleCredit', 'ArticlePersonMention', 'ArticleOrganizationMention', 'ArticlePlaceMention', 'ArticleTag'];
const FILL_TRIGGERS = JOIN_TABLES.map((t) => `${t}_fill_published_at`);

/** Join rows whose publishedAt differs from what the migration's triggers would store. */
async function stalePublishedAt(db: pg.Client): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT ${JOIN_TABLES.map(
      (t) => `(SELECT count(*)::int FROM "${t}" x JOIN "Article" a ON a.id = x."articleId"
                WHERE x."publishedAt" IS DISTINCT FROM article_visible_since(a.status, a."publishedAt")) AS "${t}"`,
    ).join(',\n')}`,
  );
  return rows[0];
}

/** tgenabled of the fill triggers and of Article's sync trigger, by name. */
async function triggerStates(db: pg.Client): Promise<Record<string, string>> {
  const { rows } = await db.query<{ name: string; enabled: string }>(
    `SELECT g.tgname AS name, g.tgenabled AS enabled
       FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND g.tgname = ANY($1)`,
    [[...FILL_TRIGGERS, 'Article_sync_published_at']],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.enabled]));
}
const allEnabled = Object.fromEntries([...FILL_TRIGGERS, 'Article_sync_published_at'].map((t) => [t, 'O']));

async function connect(schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${schema}"` });
  await client.connect();
  return client;
}

/** A digest of the generated content, independent of physical row order. */
async function checksum(db: pg.Client): Promise<string> {
  const { rows } = await db.query<{ digest: string }>(`
    SELECT md5(concat_ws('|',
      (SELECT string_agg(concat_ws(',', id, slug, title, "wordCount", "readingTimeMinutes", status, "publishedAt", "updatedAt", md5(body::text)), ';' ORDER BY id) FROM "Article"),
      (SELECT string_agg(concat_ws(',', "articleId", "personId", role, position), ';' ORDER BY "articleId", position) FROM "ArticleCredit"),
      (SELECT string_agg(concat_ws(',', "articleId", "tagId"), ';' ORDER BY "articleId", "tagId") FROM "ArticleTag"),
      (SELECT string_agg(concat_ws(',', id, "articleId", text), ';' ORDER BY id) FROM "KeyTakeaway"),
      (SELECT string_agg(concat_ws(',', id, slug, name, "affiliationId"), ';' ORDER BY id) FROM "Person")
    )) AS digest`);
  return rows[0].digest;
}

describe('synthetic content generator', () => {
  const schema = schemaName(1);
  const twin = schemaName(2);
  const reference = schemaName(3);
  const schemas = [schema, twin, reference];
  let db: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
    const result = await seedSynthetic({ url: DATABASE_URL, schema, articles: ARTICLES, seed: SEED });
    expect(result.articles).toBe(ARTICLES);
    expect(result.rate).toBeGreaterThan(0);
    db = await connect(schema);
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await admin.end();
  }, 60_000);

  it('loads the requested number of articles and their surroundings', async () => {
    const { rows } = await db.query(`
      SELECT (SELECT count(*)::int FROM "Article") AS articles,
             (SELECT count(*)::int FROM "Publication") AS publications,
             (SELECT count(*)::int FROM "Category") AS categories,
             (SELECT count(*)::int FROM "Category" WHERE "parentId" IS NULL) AS sections,
             (SELECT count(*)::int FROM "Tag") AS tags,
             (SELECT count(*)::int FROM "Person") AS people,
             (SELECT count(*)::int FROM "Organization") AS organizations,
             (SELECT count(*)::int FROM "Organization" WHERE kind = 'NEWS_AGENCY') AS agencies,
             (SELECT count(*)::int FROM "Place") AS places`);
    const c = rows[0];
    expect(c.articles).toBe(ARTICLES);
    expect(c.publications).toBe(3);
    expect(c.categories).toBeGreaterThanOrEqual(50);
    expect(c.sections).toBe(8);
    expect(c.tags).toBe(2000);
    expect(c.people).toBe(6000);
    expect(c.organizations).toBe(1500);
    expect(c.agencies).toBeGreaterThanOrEqual(3);
    expect(c.places).toBe(400);
  });

  it('produces identical rows for the same seed and count', async () => {
    await seedSynthetic({ url: DATABASE_URL, schema: twin, articles: ARTICLES, seed: SEED });
    const other = await connect(twin);
    try {
      expect(await checksum(other)).toBe(await checksum(db));
    } finally {
      await other.end();
    }
  }, 120_000);

  it('stores the word count and reading time the body derives', async () => {
    const { rows } = await db.query<{ id: number; body: unknown; wordCount: number; readingTimeMinutes: number }>(
      `SELECT id, body, "wordCount", "readingTimeMinutes" FROM "Article" WHERE id % 10 = 3 ORDER BY id LIMIT 50`,
    );
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      const derived = deriveBody(row.body);
      expect({ id: row.id, wordCount: row.wordCount, readingTimeMinutes: row.readingTimeMinutes }).toEqual({
        id: row.id,
        wordCount: derived.wordCount,
        readingTimeMinutes: derived.readingTimeMinutes,
      });
      expect(derived.wordCount).toBeGreaterThanOrEqual(150);
      expect(derived.wordCount).toBeLessThanOrEqual(1600);
      expect(derived.body.length).toBeGreaterThanOrEqual(3);
      expect(derived.body.length).toBeLessThanOrEqual(20);
    }
  });

  it('gives every article 1-3 credits, 3-5 key takeaways and 0-4 FAQ entries', async () => {
    const { rows } = await db.query(`
      SELECT min(credits)::int AS min_credits, max(credits)::int AS max_credits,
             min(takeaways)::int AS min_takeaways, max(takeaways)::int AS max_takeaways,
             min(faqs)::int AS min_faqs, max(faqs)::int AS max_faqs,
             min(tags)::int AS min_tags, max(tags)::int AS max_tags,
             max(mentions)::int AS max_mentions
        FROM (SELECT a.id,
                     (SELECT count(*) FROM "ArticleCredit" c WHERE c."articleId" = a.id) AS credits,
                     (SELECT count(*) FROM "KeyTakeaway" k WHERE k."articleId" = a.id) AS takeaways,
                     (SELECT count(*) FROM "FaqEntry" f WHERE f."articleId" = a.id) AS faqs,
                     (SELECT count(*) FROM "ArticleTag" t WHERE t."articleId" = a.id) AS tags,
                     (SELECT count(*) FROM "ArticlePersonMention" m WHERE m."articleId" = a.id)
                   + (SELECT count(*) FROM "ArticleOrganizationMention" m WHERE m."articleId" = a.id)
                   + (SELECT count(*) FROM "ArticlePlaceMention" m WHERE m."articleId" = a.id) AS mentions
                FROM "Article" a) per_article`);
    const r = rows[0];
    expect([r.min_credits, r.max_credits]).toEqual([1, 3]);
    expect([r.min_takeaways, r.max_takeaways]).toEqual([3, 5]);
    expect([r.min_faqs, r.max_faqs]).toEqual([0, 4]);
    expect([r.min_tags, r.max_tags]).toEqual([1, 5]);
    expect(r.max_mentions).toBeLessThanOrEqual(6);
  });

  it('keeps statuses, dates and related links consistent', async () => {
    const { rows } = await db.query(`
      SELECT (SELECT count(*)::int FROM "Article" WHERE status = 'PUBLISHED') AS published,
             (SELECT count(*)::int FROM "Article" WHERE "updatedAt" < "publishedAt") AS updated_before_published,
             (SELECT count(*)::int FROM "Article" WHERE status = 'SCHEDULED' AND NOT ("scheduledAt" > '2026-11-01' AND "publishedAt" = "scheduledAt")) AS bad_scheduled,
             (SELECT count(*)::int FROM "Article" WHERE status = 'DRAFT' AND "publishedAt" IS NOT NULL) AS published_drafts,
             (SELECT count(*)::int FROM "Article" WHERE status IN ('PUBLISHED', 'ARCHIVED') AND NOT ("publishedAt" BETWEEN '2020-10-01' AND '2026-11-01')) AS out_of_range,
             (SELECT count(*)::int FROM "RelatedLink" WHERE "articleId" = "relatedArticleId") AS self_links,
             (SELECT count(DISTINCT "articleId")::int FROM "RelatedLink") AS with_links,
             (SELECT count(*)::int FROM "ArticleCredit" c JOIN "Person" p ON p.id = c."personId" WHERE p."affiliationId" IS NULL) AS unaffiliated_credits`);
    const r = rows[0];
    expect(r.published).toBeGreaterThan(ARTICLES * 0.9);
    expect(r.updated_before_published).toBe(0);
    expect(r.bad_scheduled).toBe(0);
    expect(r.published_drafts).toBe(0);
    expect(r.out_of_range).toBe(0);
    expect(r.self_links).toBe(0);
    expect(r.with_links).toBeGreaterThan(ARTICLES * 0.03);
    expect(r.with_links).toBeLessThan(ARTICLES * 0.2);
    expect(r.unaffiliated_credits).toBe(0);
  });

  it("stores each join row's article publishedAt while it is published and enables the fill triggers again", async () => {
    expect(await stalePublishedAt(db)).toEqual(Object.fromEntries(JOIN_TABLES.map((t) => [t, 0])));
    const { rows } = await db.query(`
      SELECT (SELECT count(*)::int FROM "ArticleTag" WHERE "publishedAt" IS NOT NULL) AS visible,
             (SELECT count(*)::int FROM "ArticleTag" WHERE "publishedAt" IS NULL) AS hidden`);
    expect(rows[0].visible).toBeGreaterThan(0);
    expect(rows[0].hidden).toBeGreaterThan(0);
    expect(await triggerStates(db)).toEqual(allEnabled);
  });

  it("ranks every published article's related list as the RelatedRanking view does", async () => {
    const { rows } = await db.query(`SELECT count(DISTINCT "articleId")::int AS lists FROM "RelatedArticle"`);
    expect(rows[0].lists).toBeGreaterThan(ARTICLES / 2);
    expect(await relatedDiff(db)).toEqual([]);
  });

  it('skews tag popularity', async () => {
    const { rows } = await db.query<{ top: number; median: number }>(`
      WITH uses AS (SELECT t.id, count(at."articleId")::int AS n FROM "Tag" t LEFT JOIN "ArticleTag" at ON at."tagId" = t.id GROUP BY t.id),
           used AS (SELECT n FROM uses WHERE n > 0)
      SELECT (SELECT max(n) FROM uses) AS top,
             (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM used) AS median`);
    expect(rows[0].top).toBeGreaterThanOrEqual(5 * rows[0].median);
  });

  it('computes the search vector of every article and restores the search index', async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS missing FROM "Article" WHERE "searchVector" IS NULL`);
    expect(rows[0].missing).toBe(0);
    const { rows: hits } = await db.query(
      `SELECT count(*)::int AS n FROM "Article" WHERE "searchVector" @@ plainto_tsquery('english', 'government budget')`,
    );
    expect(hits[0].n).toBeGreaterThan(0);
  });

  it('leaves indexes and foreign keys exactly as the migration defines them', async () => {
    await migrate({ url: DATABASE_URL, schema: reference });
    const shape = async (s: string) => {
      const { rows } = await db.query(
        `SELECT 'index' AS kind, indexname AS name, replace(indexdef, $1, '') AS def FROM pg_indexes WHERE schemaname = $2
         UNION ALL
         SELECT 'constraint', c.conname, replace(pg_get_constraintdef(c.oid), $1, '') || CASE WHEN c.convalidated THEN '' ELSE ' NOT VALID' END
           FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $2
         ORDER BY 1, 2`,
        [`${s}.`, s],
      );
      return rows;
    };
    const [seeded, migrated] = [await shape(schema), await shape(reference)];
    expect(seeded.length).toBeGreaterThan(40);
    expect(seeded).toEqual(migrated);
  }, 60_000);

  it('moves every sequence past the highest id', async () => {
    await db.query('BEGIN');
    try {
      const { rows } = await db.query(`
        WITH p AS (INSERT INTO "Publication" (slug, name, url) VALUES ('seq-check', 'Seq check', 'https://seq.example') RETURNING id),
             c AS (INSERT INTO "Category" (slug, name) VALUES ('seq-check', 'Seq check') RETURNING id),
             a AS (INSERT INTO "Article" (slug, title, "publicationId", "categoryId") SELECT 'seq-check', 'Seq check', p.id, c.id FROM p, c RETURNING id),
             k AS (INSERT INTO "KeyTakeaway" ("articleId", position, text) SELECT a.id, 0, 'Seq check' FROM a RETURNING id),
             f AS (INSERT INTO "FaqEntry" ("articleId", position, question, answer) SELECT a.id, 0, 'Seq?', 'Check.' FROM a RETURNING id),
             t AS (INSERT INTO "Tag" (slug, name) VALUES ('seq-check', 'Seq check') RETURNING id),
             pe AS (INSERT INTO "Person" (slug, name) VALUES ('seq-check', 'Seq check') RETURNING id),
             o AS (INSERT INTO "Organization" (slug, name) VALUES ('seq-check', 'Seq check') RETURNING id),
             pl AS (INSERT INTO "Place" (slug, name) VALUES ('seq-check', 'Seq check') RETURNING id),
             pr AS (INSERT INTO "Promo" ("publicationId", title, url) SELECT p.id, 'Seq check', 'https://seq.example' FROM p RETURNING id)
        SELECT (SELECT id FROM a) > (SELECT max(id) FROM "Article") AS article,
               (SELECT id FROM p) = 4 AS publication,
               (SELECT id FROM k) > (SELECT max(id) FROM "KeyTakeaway") AS takeaway,
               (SELECT id FROM f) > (SELECT max(id) FROM "FaqEntry") AS faq,
               (SELECT id FROM t) = 2001 AS tag,
               (SELECT id FROM pe) = 6001 AS person,
               (SELECT id FROM o) = 1501 AS organization,
               (SELECT id FROM pl) = 401 AS place,
               (SELECT id FROM pr) > (SELECT max(id) FROM "Promo") AS promo,
               (SELECT id FROM c) > (SELECT max(id) FROM "Category") AS category`);
      expect(Object.values(rows[0]).every((v) => v === true)).toBe(true);
    } finally {
      await db.query('ROLLBACK');
    }
  });

  it('refuses a schema that already holds articles unless asked to reset it', async () => {
    await expect(seedSynthetic({ url: DATABASE_URL, schema, articles: 10, seed: SEED })).rejects.toThrow(
      /already holds 500 articles.*reset/,
    );
    const { rows } = await db.query(`SELECT count(*)::int AS n, to_regclass('_synthetic_seed_restore') AS pending FROM "Article"`);
    expect(rows[0]).toEqual({ n: ARTICLES, pending: null });

    await seedSynthetic({ url: DATABASE_URL, schema: twin, articles: 20, seed: SEED, reset: true });
    const other = await connect(twin);
    try {
      const { rows: after } = await other.query(`SELECT count(*)::int AS n, max(id) AS max FROM "Article"`);
      expect(after[0]).toEqual({ n: 20, max: 20 });
    } finally {
      await other.end();
    }
  }, 120_000);

  it('re-enables the fill triggers a run that died mid-load left disabled', async () => {
    const other = await connect(twin);
    try {
      // What an interrupted load leaves behind: the triggers disabled and listed for restoring.
      await other.query('BEGIN');
      await other.query(
        `CREATE TABLE _synthetic_seed_restore (kind text NOT NULL, tbl text NOT NULL, name text NOT NULL, def text NOT NULL)`,
      );
      for (const [k, t] of JOIN_TABLES.entries()) {
        await other.query(`INSERT INTO _synthetic_seed_restore VALUES ('trigger', $1, $2, '')`, [t, FILL_TRIGGERS[k]]);
        await other.query(`ALTER TABLE "${t}" DISABLE TRIGGER "${FILL_TRIGGERS[k]}"`);
      }
      await other.query('COMMIT');

      await seedSynthetic({ url: DATABASE_URL, schema: twin, articles: 30, seed: SEED, reset: true });
      const { rows } = await other.query(`SELECT count(*)::int AS n, to_regclass('_synthetic_seed_restore') AS pending FROM "Article"`);
      expect(rows[0]).toEqual({ n: 30, pending: null });
      expect(await triggerStates(other)).toEqual(allEnabled);
      expect(await stalePublishedAt(other)).toEqual(Object.fromEntries(JOIN_TABLES.map((t) => [t, 0])));
    } finally {
      await other.end();
    }
  }, 120_000);
});
