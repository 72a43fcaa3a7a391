import { beforeEach, describe, expect, it } from 'vitest';
import { countQueries, pool, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePublication, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

useCleanDb();

const RELATED = `query ($slug: String!, $first: Int) { article(slug: $slug) { related(first: $first) {
  edges { score reasons { kind name } node { slug } } pageInfo { hasNextPage } } } }`;

let _world: Awaited<ReturnType<typeof build>>;
async function build() {
  const [pub, cat, otherCat, tagA, tagB, tagC, person, org] = await Promise.all([
    makePublication(),
    makeCategory(),
    makeCategory(),
    makeTag({ name: 'Alpha' }),
    makeTag({ name: 'Beta' }),
    makeTag({ name: 'Gamma' }),
    makePerson({ name: 'Pat Example' }),
    makeOrganization({ name: 'Example Corp' }),
  ]);
  const hour = (h: number) => new Date(Date.now() - h * 3_600_000);
  const base = { publicationId: pub.id, categoryId: otherCat.id };
  // Ranked by shared weight: two tags + person (3+3+2 = 8), one tag + org (3+2 = 5), category only (1).
  const strong = await makeArticle({
    ...base,
    slug: 'strong',
    publishedAt: hour(30),
    tagIds: [tagA.id, tagB.id],
    people: [{ personId: person.id }],
  });
  const medium = await makeArticle({ ...base, slug: 'medium', publishedAt: hour(2), tagIds: [tagA.id], organizationIds: [org.id] });
  const tieOld = await makeArticle({ ...base, slug: 'tie-old', publishedAt: hour(20), tagIds: [tagC.id] });
  const tieNew = await makeArticle({ ...base, slug: 'tie-new', publishedAt: hour(10), tagIds: [tagC.id] });
  const sameCategory = await makeArticle({ publicationId: pub.id, categoryId: cat.id, slug: 'same-category', publishedAt: hour(5) });
  const pick2 = await makeArticle({ ...base, slug: 'pick-second', publishedAt: hour(40) });
  const pick1 = await makeArticle({ ...base, slug: 'pick-first', publishedAt: hour(50), tagIds: [tagA.id] });
  await makeArticle({ ...base, slug: 'unrelated', publishedAt: hour(1) });
  const main = await makeArticle({
    publicationId: pub.id,
    categoryId: cat.id,
    slug: 'main',
    publishedAt: hour(3),
    tagIds: [tagA.id, tagB.id, tagC.id],
    people: [{ personId: person.id }],
    organizationIds: [org.id],
    relatedIds: [pick1.id, pick2.id],
  });
  return { main, strong, medium, tieOld, tieNew, sameCategory, pick1, pick2 };
}

beforeEach(async () => {
  _world = await build();
});

describe('Article.related', () => {
  it('puts editor picks first in their order, then ranks by what is shared, newest first on ties', async () => {
    const res = await graphql(RELATED, { slug: 'main', first: 10 });
    expect(res.errors).toBeUndefined();
    const edges = res.data.article.related.edges;
    expect(edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'pick-first',
      'pick-second',
      'strong',
      'medium',
      'tie-new',
      'tie-old',
      'same-category',
    ]);
    expect(edges.map((e: { score: number }) => e.score)).toEqual([3, 0, 8, 5, 3, 3, 1]);
    expect(edges[2].reasons).toEqual([
      { kind: 'PERSON', name: 'Pat Example' },
      { kind: 'TAG', name: 'Alpha' },
      { kind: 'TAG', name: 'Beta' },
    ]);
    expect(edges[0].reasons).toEqual([
      { kind: 'EDITOR_PICK', name: null },
      { kind: 'TAG', name: 'Alpha' },
    ]);
    expect(res.data.article.related.pageInfo.hasNextPage).toBe(false);
  });

  it('never lists the article itself or anything twice, and honours first', async () => {
    const res = await graphql(RELATED, { slug: 'main', first: 3 });
    const list = res.data.article.related.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(list).toEqual(['pick-first', 'pick-second', 'strong']);
    expect(res.data.article.related.pageInfo.hasNextPage).toBe(true);
    const fromStrong = await graphql(RELATED, { slug: 'strong', first: 50 });
    const back = fromStrong.data.article.related.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(back).not.toContain('strong');
    expect(new Set(back).size).toBe(back.length);
    expect(back[0]).toBe('main');
  });

  it('ranks in the statement that loads the article, keeping what the view promises Prisma', async () => {
    const { result, statements } = await countQueries(() => graphql(RELATED, { slug: 'main', first: 2 }));
    expect(result.data.article.related.edges).toHaveLength(2);
    expect(statements).toHaveLength(1);
    // @@unique([articleId, rank]) in schema.prisma: one row per rank, ranks 1..n, at most 51.
    const { rows } =
      await pool.query(`SELECT "articleId", count(*)::int AS n, count(DISTINCT rank)::int AS ranks, min(rank) AS lo, max(rank) AS hi
      FROM "RelatedRanking" GROUP BY "articleId"`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect({ ranks: r.ranks, lo: r.lo, hi: r.hi }).toEqual({ ranks: r.n, lo: 1, hi: r.n });
    expect(Math.max(...rows.map((r) => r.n))).toBeLessThanOrEqual(51);
  });

  it('leaves out a related article that is no longer visible', async () => {
    await pool.query(`UPDATE "Article" SET status = 'ARCHIVED' WHERE slug = 'strong'`);
    const res = await graphql(RELATED, { slug: 'main', first: 10 });
    expect(res.data.article.related.edges.map((e: { node: { slug: string } }) => e.node.slug)).not.toContain('strong');
  });
});
