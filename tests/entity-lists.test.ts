import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, migrateOnce, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePlace, makePublication } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// people, organizations and places: by name or by visible articles; drafts never counted.
beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  const [pub, cat] = await Promise.all([makePublication(), makeCategory()]);
  const [zoe, adam, mia] = [
    await makePerson({ slug: 'zoe', name: 'Zoe Zed' }),
    await makePerson({ slug: 'adam', name: 'Adam Ant' }),
    await makePerson({ slug: 'mia', name: 'Mia Moe' }),
  ];
  const [acme, bolt] = [await makeOrganization({ slug: 'acme', name: 'Acme' }), await makeOrganization({ slug: 'bolt', name: 'Bolt' })];
  const [oslo] = [await makePlace({ slug: 'oslo', name: 'Oslo' }), await makePlace({ slug: 'rome', name: 'Rome' })];
  const base = { publicationId: pub.id, categoryId: cat.id };
  for (let i = 0; i < 3; i++)
    await makeArticle({
      ...base,
      credits: [{ personId: zoe.id, role: 'AUTHOR' }],
      people: [{ personId: adam.id }],
      organizationIds: [bolt.id],
      placeIds: [oslo.id],
    });
  await makeArticle({ ...base, credits: [{ personId: mia.id, role: 'AUTHOR' }], organizationIds: [acme.id] });
  // Drafts and articles due later count for nobody.
  for (const status of ['DRAFT', 'SCHEDULED'] as const) {
    await makeArticle({
      ...base,
      status,
      publishedAt: status === 'DRAFT' ? null : new Date(Date.now() + 86_400_000),
      credits: [{ personId: mia.id, role: 'AUTHOR' }],
      organizationIds: [acme.id, acme.id].slice(0, 1),
      people: [{ personId: mia.id }],
    });
  }
  await makeArticle({
    ...base,
    publishedAt: new Date(Date.now() + 3_600_000),
    credits: [{ personId: mia.id, role: 'AUTHOR' }],
    organizationIds: [acme.id],
  });
});

const PEOPLE = `query P($orderBy: PersonOrder, $first: Int, $after: String) {
  people(orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { articleCount node { slug name } } }
}`;

interface Edge {
  articleCount: number;
  node: { slug: string; articles: { totalCount: number } };
}

describe('entity lists', () => {
  it('lists people by name, paging with cursors', async () => {
    const first = await graphql(PEOPLE, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.people.edges.map((e: Edge) => e.node.slug)).toEqual(['adam', 'mia']);
    expect(first.data.people.totalCount).toBe(3);
    const next = await graphql(PEOPLE, { first: 2, after: first.data.people.pageInfo.endCursor });
    expect(next.data.people.edges.map((e: Edge) => e.node.slug)).toEqual(['zoe']);
    expect(next.data.people.pageInfo.hasNextPage).toBe(false);
  });

  it('orders by visible credits and mentions, counting no draft', async () => {
    const credits = await graphql(PEOPLE, { orderBy: 'CREDIT_COUNT' });
    expect(credits.data.people.edges.map((e: Edge) => [e.node.slug, e.articleCount])).toEqual([
      ['zoe', 3],
      ['mia', 1],
      ['adam', 0],
    ]);
    const mentions = await graphql(PEOPLE, { orderBy: 'MENTION_COUNT', first: 1 });
    expect(mentions.data.people.edges.map((e: Edge) => [e.node.slug, e.articleCount])).toEqual([['adam', 3]]);
    const rest = await graphql(PEOPLE, { orderBy: 'MENTION_COUNT', first: 5, after: mentions.data.people.pageInfo.endCursor });
    expect(rest.data.people.edges.map((e: Edge) => [e.node.slug, e.articleCount])).toEqual([
      ['zoe', 0],
      ['mia', 0],
    ]); // ties by id: zoe was made first
  });

  it('orders organisations and places by visible articles', async () => {
    const res = await graphql(`{
      organizations(orderBy: ARTICLE_COUNT) { edges { articleCount node { slug articles(first: 0) { totalCount } } } }
      places(orderBy: NAME) { totalCount edges { node { slug } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.organizations.edges.map((e: Edge) => [e.node.slug, e.articleCount, e.node.articles.totalCount])).toEqual([
      ['bolt', 3, 3],
      ['acme', 1, 1],
    ]);
    expect(res.data.places).toEqual({ totalCount: 2, edges: [{ node: { slug: 'oslo' } }, { node: { slug: 'rome' } }] });
  });

  it('counts alone with first: 0 in one statement, and pages in a fixed number', async () => {
    const { result, statements } = await countQueries(() => graphql('{ people(first: 0) { totalCount } }'));
    expect(result.data.people.totalCount).toBe(3);
    expect(statements).toHaveLength(1);
    for (const first of [1, 3]) {
      const page = await countQueries(() => graphql(PEOPLE, { first, orderBy: 'CREDIT_COUNT' }));
      expect(page.statements).toHaveLength(3);
    }
  });

  it('rejects bad paging with stable codes', async () => {
    for (const vars of [{ first: 101 }, { first: -1 }, { after: 'bm9wZQ' }]) {
      expect((await graphql(PEOPLE, vars)).errors?.[0].extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
    expect((await graphql('{ people(last: 2) { totalCount } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
