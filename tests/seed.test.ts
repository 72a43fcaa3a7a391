import { describe, expect, it } from 'vitest';
import { deriveBody } from '../src/content/body.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { pool, prisma, useCleanDb } from './helpers/db.ts';

useCleanDb();

/** A fingerprint of every row the demo set owns, to compare two loads. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = [
    'Publication',
    'Category',
    'Tag',
    'Person',
    'Organization',
    'Place',
    'Promo',
    'Article',
    'ArticleCredit',
    'ArticlePersonMention',
    'ArticleOrganizationMention',
    'ArticlePlaceMention',
    'KeyTakeaway',
    'FaqEntry',
    'ArticleTag',
    'RelatedLink',
    'ArticleSlug',
  ];
  const out: Record<string, string> = {};
  for (const t of tables) {
    // Surrogate keys of owned rows are recreated on reload, so hash the rows without them.
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h
       FROM (SELECT to_jsonb(x) - 'id' - 'createdAt' AS r FROM "${t}" x) s`,
    );
    out[t] = `${rows[0].n}:${rows[0].h}`;
  }
  return out;
}

describe('demo content', () => {
  it('fills every part of the page, with the required variety', async () => {
    await seedDemo(prisma);
    const count = async (sql: string) => (await pool.query(sql)).rows[0].n as number;
    expect(await count('SELECT count(*)::int AS n FROM "Publication"')).toBeGreaterThanOrEqual(3);
    expect(await count('SELECT count(*)::int AS n FROM "Category"')).toBeGreaterThanOrEqual(10);
    expect(await count('SELECT count(*)::int AS n FROM "Category" WHERE "parentId" IS NOT NULL')).toBeGreaterThan(0);
    expect(await count('SELECT count(*)::int AS n FROM "Article"')).toBeGreaterThanOrEqual(30);
    expect(await count('SELECT count(*)::int AS n FROM "Person"')).toBeGreaterThanOrEqual(20);
    expect(await count(`SELECT count(*)::int AS n FROM "Article" WHERE status = 'DRAFT'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "Article" WHERE status = 'SCHEDULED' AND "publishedAt" > now()`)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM "ArticleSlug"')).toBeGreaterThanOrEqual(1);
    // Articles crediting all three wire roles.
    expect(
      await count(`SELECT count(*)::int AS n FROM (SELECT "articleId" FROM "ArticleCredit" WHERE role IN ('REPORTING','WRITING','EDITING')
                   GROUP BY "articleId" HAVING count(DISTINCT role) = 3) x`),
    ).toBeGreaterThanOrEqual(5);
    // Every article has every part of the page.
    const incomplete = await pool.query(`
      SELECT a.slug FROM "Article" a
      WHERE a."alternativeTitle" IS NULL OR a.summary IS NULL OR jsonb_array_length(a.body) = 0
         OR NOT EXISTS (SELECT 1 FROM "ArticleCredit" c WHERE c."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "ArticlePersonMention" m WHERE m."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "ArticleOrganizationMention" m WHERE m."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "ArticlePlaceMention" m WHERE m."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "KeyTakeaway" k WHERE k."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "FaqEntry" f WHERE f."articleId" = a.id)
         OR NOT EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a.id)`);
    expect(incomplete.rows).toEqual([]);
    expect(await count('SELECT count(DISTINCT "articleId")::int AS n FROM "RelatedLink"')).toBeGreaterThan(5);
    expect(await count('SELECT count(*)::int AS n FROM "Article" WHERE "datelineAgencyId" IS NOT NULL')).toBeGreaterThan(10);
    const blockTypes = await pool.query(`SELECT DISTINCT b->>'type' AS t FROM "Article", jsonb_array_elements(body) b ORDER BY 1`);
    expect(blockTypes.rows.map((r) => r.t)).toEqual(['heading', 'image', 'list', 'paragraph', 'quote']);
  });

  it('derives word count and reading time from the body', async () => {
    await seedDemo(prisma);
    const rows = await prisma.article.findMany({ select: { body: true, wordCount: true, readingTimeMinutes: true } });
    for (const row of rows) {
      const d = deriveBody(row.body);
      expect({ wordCount: row.wordCount, readingTimeMinutes: row.readingTimeMinutes }).toEqual({
        wordCount: d.wordCount,
        readingTimeMinutes: d.readingTimeMinutes,
      });
      expect(row.wordCount).toBeGreaterThan(50);
    }
  });

  it('is idempotent: a second load changes nothing', async () => {
    await seedDemo(prisma);
    const once = await fingerprint();
    await seedDemo(prisma);
    expect(await fingerprint()).toEqual(once);
  });

  it('fills the search vector from title, summary and body', async () => {
    await seedDemo(prisma);
    const { rows } = await pool.query(
      `SELECT slug FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', 'central bank rates') ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', 'central bank rates')) DESC`,
    );
    expect(rows.map((r) => r.slug)).toContain('central-bank-holds-rates-steady');
    const empty = await pool.query(`SELECT count(*)::int AS n FROM "Article" WHERE "searchVector" IS NULL OR length("searchVector") < 20`);
    expect(empty.rows[0].n).toBe(0);
  });
});
