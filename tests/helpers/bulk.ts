import { pool } from './db.ts';

export interface BulkIds {
  publication: number;
  categories: { root: number; child: number; grandchild: number; other: number };
  tags: number[];
  people: number[];
  organizations: number[];
  places: number[];
}

/**
 * `n` published articles in one set of INSERT ... SELECT statements (fast enough for every test
 * that needs pages of 50): spread over a small category tree, each with 3 tags, 2 credits,
 * 2 person mentions, an organisation and a place, published one hour apart, newest first by id.
 * Two articles share each publish time, so ordering must break ties by id.
 */
export async function seedBulk(n: number): Promise<BulkIds> {
  const q = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows;
  const [pub] = await q(`INSERT INTO "Publication" (slug, name, url) VALUES ('bulk-pub', 'Bulk', 'https://bulk.example') RETURNING id`);
  const [root] = await q(`INSERT INTO "Category" (slug, name) VALUES ('bulk-root', 'Root') RETURNING id`);
  const [child] = await q(`INSERT INTO "Category" (slug, name, "parentId") VALUES ('bulk-child', 'Child', $1) RETURNING id`, [root.id]);
  const [grandchild] = await q(
    `INSERT INTO "Category" (slug, name, "parentId") VALUES ('bulk-grandchild', 'Grandchild', $1) RETURNING id`,
    [child.id],
  );
  const [other] = await q(`INSERT INTO "Category" (slug, name) VALUES ('bulk-other', 'Other') RETURNING id`);
  const ids = async (table: string, prefix: string, count: number) =>
    (
      await q(
        `INSERT INTO "${table}" (slug, name) SELECT '${prefix}-' || i, '${prefix} ' || i FROM generate_series(1, ${count}) i RETURNING id`,
      )
    ).map((r) => r.id as number);
  const tags = await ids('Tag', 'bulk-tag', 10);
  const people = await ids('Person', 'bulk-person', 10);
  const organizations = await ids('Organization', 'bulk-org', 5);
  const places = await ids('Place', 'bulk-place', 5);
  const cats = [root.id, child.id, grandchild.id, other.id];
  await q(
    `INSERT INTO "Article" (slug, title, summary, body, status, "publishedAt", "updatedAt", "wordCount", "readingTimeMinutes", "publicationId", "categoryId")
     SELECT 'bulk-' || i, 'Bulk article ' || i, 'Summary ' || i,
            jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', 'Words of bulk article ' || i)),
            'PUBLISHED', now() - interval '1 hour' * ((i + 1) / 2) - interval '1 minute', now() - interval '1 minute' * i, 5, 1, $1,
            ($2::int[])[1 + i % 4]
     FROM generate_series(1, $3::int) i`,
    [pub.id, cats, n],
  );
  const base = `FROM "Article" a, generate_series(0, 2) k WHERE a.slug LIKE 'bulk-%'`;
  await q(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT a.id, ($1::int[])[1 + (a.id + k * 3) % 10] ${base}`, [tags]);
  await q(
    `INSERT INTO "ArticleCredit" ("articleId", "personId", role, position)
     SELECT a.id, ($1::int[])[1 + (a.id + k) % 10], (ARRAY['REPORTING','WRITING']::"CreditRole"[])[1 + k], k ${base} AND k < 2`,
    [people],
  );
  await q(
    `INSERT INTO "ArticlePersonMention" ("articleId", "personId", role, position)
     SELECT a.id, ($1::int[])[1 + (a.id + 5 + k) % 10], 'SUBJECT', k ${base} AND k < 2`,
    [people],
  );
  await q(
    `INSERT INTO "ArticleOrganizationMention" ("articleId", "organizationId") SELECT a.id, ($1::int[])[1 + a.id % 5] ${base} AND k = 0`,
    [organizations],
  );
  await q(`INSERT INTO "ArticlePlaceMention" ("articleId", "placeId") SELECT a.id, ($1::int[])[1 + a.id % 5] ${base} AND k = 0`, [places]);
  // The related lists, as the seeds rank them.
  await q('SELECT related_rebuild()');
  return {
    publication: pub.id,
    categories: { root: root.id, child: child.id, grandchild: grandchild.id, other: other.id },
    tags,
    people,
    organizations,
    places,
  };
}
