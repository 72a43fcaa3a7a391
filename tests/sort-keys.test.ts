import { describe, expect, it } from 'vitest';
import { pool, prisma, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './helpers/factories.ts';

useCleanDb();

// Join rows carry their article's publishedAt while it is PUBLISHED (migration
// 20261129020000_list_sort_keys); triggers must keep that copy exact on every change.
async function copies(articleId: number) {
  const { rows } = await pool.query(
    `SELECT 'credit' AS t, "publishedAt" FROM "ArticleCredit" WHERE "articleId" = $1
     UNION ALL SELECT 'person', "publishedAt" FROM "ArticlePersonMention" WHERE "articleId" = $1
     UNION ALL SELECT 'organization', "publishedAt" FROM "ArticleOrganizationMention" WHERE "articleId" = $1
     UNION ALL SELECT 'place', "publishedAt" FROM "ArticlePlaceMention" WHERE "articleId" = $1
     UNION ALL SELECT 'tag', "publishedAt" FROM "ArticleTag" WHERE "articleId" = $1 ORDER BY 1`,
    [articleId],
  );
  return rows.map((r) => [r.t, r.publishedAt?.toISOString() ?? null]);
}

describe('list sort keys on join rows', () => {
  it('follow the article through publish, unpublish, reschedule and new rows', async () => {
    const [pub, cat, tag, tag2, person, org, place] = await Promise.all([
      makePublication(),
      makeCategory(),
      makeTag(),
      makeTag(),
      makePerson(),
      makeOrganization(),
      makePlace(),
    ]);
    const at = new Date('2026-05-01T10:00:00.000Z');
    const a = await makeArticle({
      publicationId: pub.id,
      categoryId: cat.id,
      publishedAt: at,
      tagIds: [tag.id],
      credits: [{ personId: person.id, role: 'WRITING' }],
      people: [{ personId: person.id }],
      organizationIds: [org.id],
      placeIds: [place.id],
    });
    const all = (v: string | null) => ['credit', 'organization', 'person', 'place', 'tag'].map((t) => [t, v]);
    expect(await copies(a.id)).toEqual(all(at.toISOString()));

    await prisma.article.update({ where: { id: a.id }, data: { status: 'DRAFT' } });
    expect(await copies(a.id)).toEqual(all(null));

    const later = new Date('2026-06-02T08:30:00.000Z');
    await prisma.article.update({ where: { id: a.id }, data: { status: 'PUBLISHED', publishedAt: later } });
    expect(await copies(a.id)).toEqual(all(later.toISOString()));

    await prisma.articleTag.create({ data: { articleId: a.id, tagId: tag2.id } });
    const { rows } = await pool.query('SELECT "publishedAt" FROM "ArticleTag" WHERE "tagId" = $1', [tag2.id]);
    expect(rows[0].publishedAt.toISOString()).toBe(later.toISOString());

    await prisma.article.update({ where: { id: a.id }, data: { status: 'ARCHIVED' } });
    expect((await copies(a.id)).every(([, v]) => v === null)).toBe(true);
  });
});
