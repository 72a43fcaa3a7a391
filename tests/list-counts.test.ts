import { describe, expect, it } from 'vitest';
import { pool, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// List totals come from counters kept by triggers (migration list_counts) minus the rows
// scheduled ahead. Every write path must keep them equal to a count from scratch: inserts,
// publishing, archiving, rescheduling, moving a row to another parent, changing a role, and
// deleting rows and articles. After each step the counters and bylines are compared with what
// rebuild_article_lists() makes of the same rows, and the API's totals with live counts.

useCleanDb();

const snapshot = async (client: { query: typeof pool.query }) => ({
  counts: (await client.query(`SELECT list, "parentId", published FROM "ArticleListCount" WHERE published <> 0 ORDER BY 1, 2`)).rows,
  bylines: (await client.query(`SELECT "articleId", "personId", "publishedAt" FROM "ArticleByline" ORDER BY 1, 2`)).rows,
});

/** The counters as kept, and as rebuilt from the rows (in a transaction rolled back). */
async function keptAndRebuilt() {
  const kept = await snapshot(pool);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT "rebuild_article_lists"()');
    const rebuilt = await snapshot(client);
    await client.query('ROLLBACK');
    return { kept, rebuilt };
  } finally {
    client.release();
  }
}

const VISIBLE = `a.status = 'PUBLISHED' AND a."publishedAt" <= now()`;
const live = async (sql: string, id: number) => (await pool.query(sql, [id])).rows[0].n as number;

describe('list totals kept by triggers', () => {
  it('match a count from scratch after every kind of write', async () => {
    const [pub, cat, t1, t2, p1, p2, org, place] = await Promise.all([
      makePublication(),
      makeCategory(),
      makeTag({ slug: 't1' }),
      makeTag({ slug: 't2' }),
      makePerson({ slug: 'p1' }),
      makePerson({ slug: 'p2' }),
      makeOrganization({ slug: 'o1' }),
      makePlace({ slug: 'pl1' }),
    ]);
    const sub = await makeCategory({ parentId: cat.id });
    const base = { publicationId: pub.id, categoryId: cat.id };
    const a = await makeArticle({
      ...base,
      tagIds: [t1.id, t2.id],
      credits: [
        { personId: p1.id, role: 'REPORTING' },
        { personId: p1.id, role: 'WRITING' },
        { personId: p2.id, role: 'EDITING' },
      ],
      people: [{ personId: p2.id }],
      organizationIds: [org.id],
      placeIds: [place.id],
    });
    const b = await makeArticle({
      ...base,
      publishedAt: new Date(Date.now() + 86_400_000),
      tagIds: [t1.id],
      credits: [{ personId: p1.id, role: 'WRITING' }],
      people: [{ personId: p2.id }],
    });
    const c = await makeArticle({
      ...base,
      status: 'DRAFT',
      tagIds: [t1.id],
      credits: [{ personId: p1.id, role: 'REPORTING' }],
      organizationIds: [org.id],
    });

    const check = async (step: string) => {
      const { kept, rebuilt } = await keptAndRebuilt();
      expect(kept, step).toEqual(rebuilt);
      const res = await graphql(`{
        p1: person(slug: "p1") { credits { totalCount } writing: credits(role: WRITING) { totalCount } reporting: credits(role: REPORTING) { totalCount } mentionedIn { totalCount } }
        p2: person(slug: "p2") { credits { totalCount } mentionedIn { totalCount } }
        t1: tag(slug: "t1") { articleCount articles { totalCount edges { node { id } } } }
        o1: organization(slug: "o1") { articles { totalCount } }
        pl1: place(slug: "pl1") { articles { totalCount } }
        cat: category(slug: "${cat.slug}") { articles { totalCount } own: articles(includeSubcategories: false) { totalCount } }
        sub: category(slug: "${sub.slug}") { articles { totalCount } } }`);
      expect(res.errors, step).toBeUndefined();
      const d = res.data;
      const credited = `SELECT count(DISTINCT a.id)::int AS n FROM "ArticleCredit" x JOIN "Article" a ON a.id = x."articleId" WHERE x."personId" = $1 AND ${VISIBLE}`;
      const mentioned = `SELECT count(*)::int AS n FROM "ArticlePersonMention" x JOIN "Article" a ON a.id = x."articleId" WHERE x."personId" = $1 AND ${VISIBLE}`;
      const byRole = (role: string) =>
        `SELECT count(*)::int AS n FROM "ArticleCredit" x JOIN "Article" a ON a.id = x."articleId" WHERE x."personId" = $1 AND x.role = '${role}' AND ${VISIBLE}`;
      expect(
        {
          p1: [d.p1.credits.totalCount, d.p1.writing.totalCount, d.p1.reporting.totalCount, d.p1.mentionedIn.totalCount],
          p2: [d.p2.credits.totalCount, d.p2.mentionedIn.totalCount],
          t1: [d.t1.articleCount, d.t1.articles.totalCount, d.t1.articles.edges.length],
          o1: d.o1.articles.totalCount,
          pl1: d.pl1.articles.totalCount,
          categories: [d.cat.articles.totalCount, d.cat.own.totalCount, d.sub.articles.totalCount],
        },
        step,
      ).toEqual({
        p1: [
          await live(credited, p1.id),
          await live(byRole('WRITING'), p1.id),
          await live(byRole('REPORTING'), p1.id),
          await live(mentioned, p1.id),
        ],
        p2: [await live(credited, p2.id), await live(mentioned, p2.id)],
        t1: Array(3).fill(
          await live(
            `SELECT count(*)::int AS n FROM "ArticleTag" x JOIN "Article" a ON a.id = x."articleId" WHERE x."tagId" = $1 AND ${VISIBLE}`,
            t1.id,
          ),
        ),
        o1: await live(
          `SELECT count(*)::int AS n FROM "ArticleOrganizationMention" x JOIN "Article" a ON a.id = x."articleId" WHERE x."organizationId" = $1 AND ${VISIBLE}`,
          org.id,
        ),
        pl1: await live(
          `SELECT count(*)::int AS n FROM "ArticlePlaceMention" x JOIN "Article" a ON a.id = x."articleId" WHERE x."placeId" = $1 AND ${VISIBLE}`,
          place.id,
        ),
        categories: [
          await live(`SELECT count(*)::int AS n FROM "Article" a WHERE a."categoryId" IN ($1, ${sub.id}) AND ${VISIBLE}`, cat.id),
          await live(`SELECT count(*)::int AS n FROM "Article" a WHERE a."categoryId" = $1 AND ${VISIBLE}`, cat.id),
          await live(`SELECT count(*)::int AS n FROM "Article" a WHERE a."categoryId" = $1 AND ${VISIBLE}`, sub.id),
        ],
      });
      return d;
    };

    const start = await check('created');
    expect(start.p1.credits.totalCount).toBe(1); // two roles on a, b is scheduled ahead, c is a draft
    expect(start.t1.articleCount).toBe(1);
    await pool.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = now() - interval '1 hour' WHERE id = $1`, [c.id]);
    expect((await check('draft published')).p1.credits.totalCount).toBe(2);
    await pool.query(`UPDATE "Article" SET "publishedAt" = now() - interval '2 hours' WHERE id = $1`, [b.id]);
    expect((await check('scheduled one brought forward')).p1.credits.totalCount).toBe(3);
    await pool.query(`UPDATE "Article" SET status = 'ARCHIVED' WHERE id = $1`, [a.id]);
    expect((await check('archived')).p1.credits.totalCount).toBe(2);
    await pool.query(`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = $1`, [a.id]);
    await check('republished');
    await pool.query(`DELETE FROM "ArticleCredit" WHERE "articleId" = $1 AND "personId" = $2 AND role = 'REPORTING'`, [a.id, p1.id]);
    expect((await check('one of two roles removed')).p1.credits.totalCount).toBe(3);
    await pool.query(`UPDATE "ArticleCredit" SET role = 'REPORTING' WHERE "articleId" = $1 AND "personId" = $2`, [a.id, p1.id]);
    await check('role changed');
    await pool.query(`UPDATE "ArticleCredit" SET "personId" = $3 WHERE "articleId" = $1 AND "personId" = $2`, [a.id, p1.id, p2.id]);
    expect((await check('credit moved to another person')).p2.credits.totalCount).toBe(1); // it already had a role on a
    await pool.query(`UPDATE "ArticleTag" SET "tagId" = $2 WHERE "articleId" = $1 AND "tagId" = $3`, [b.id, t2.id, t1.id]);
    await check('tag row moved');
    await pool.query(`INSERT INTO "ArticleCredit" ("articleId", "personId", role) VALUES ($1, $2, 'WRITING'), ($1, $2, 'EDITING')`, [
      c.id,
      p2.id,
    ]);
    await check('two roles added in one statement');
    await pool.query(`UPDATE "Article" SET "categoryId" = $2 WHERE id = $1`, [a.id, sub.id]);
    expect((await check('article moved to a subcategory')).cat.own.totalCount).toBe(2);
    await pool.query(`UPDATE "Article" SET "publishedAt" = now() + interval '1 day' WHERE id = $1`, [a.id]);
    expect((await check('rescheduled ahead')).sub.articles.totalCount).toBe(0);
    await pool.query(`UPDATE "Article" SET status = 'PUBLISHED', "publishedAt" = NULL WHERE id = $1`, [a.id]);
    await check('published without a publish time');
    await pool.query(`UPDATE "Article" SET "publishedAt" = now() - interval '3 hours', "categoryId" = $2 WHERE id = $1`, [a.id, cat.id]);
    expect((await check('given a time and moved back')).cat.own.totalCount).toBe(3);
    await pool.query(`DELETE FROM "Article" WHERE id = $1`, [c.id]);
    expect((await check('article deleted')).cat.articles.totalCount).toBe(2);
    await pool.query(`DELETE FROM "ArticlePersonMention"`);
    expect((await check('mentions deleted')).p2.mentionedIn.totalCount).toBe(0);
  });
});
