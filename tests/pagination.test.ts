import { beforeAll, describe, expect, it } from 'vitest';
import { seedBulk } from './helpers/bulk.ts';
import { countQueries, migrateOnce, truncateAll } from './helpers/db.ts';
import { graphql, type GraphQLResponse } from './helpers/graphql.ts';

// 120 articles, two per publish time, so the id tie-break is exercised on every page boundary.
beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  await seedBulk(120);
});

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: ArticleOrder) {
  articles(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount edges { cursor node { slug publishedAt updatedAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = {
  edges: { node: { slug: string } }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
};

const MORE = `query ($first: Int, $after: String, $last: Int, $before: String) {
  article(slug: "bulk-5") { moreFromCategory(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`;

/** Pages through a list page by page, forwards or backwards, and returns its slugs in list order. */
async function walkList(query: string, pick: (data: any) => Page, vars: Record<string, unknown>, backward = false) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: GraphQLResponse = await graphql(query, { ...vars, ...(backward ? { before: cursor } : { after: cursor }) });
    expect(res.errors).toBeUndefined();
    const c = pick(res.data);
    const slugs = c.edges.map((e) => e.node.slug);
    seen.push(...(backward ? slugs.reverse() : slugs));
    if (!(backward ? c.pageInfo.hasPreviousPage : c.pageInfo.hasNextPage)) return { seen, total: c.totalCount };
    cursor = backward ? c.pageInfo.startCursor : c.pageInfo.endCursor;
  }
  throw new Error('did not finish');
}

const walk = async (vars: Record<string, unknown>, backward = false) => (await walkList(PAGE, (d) => d.articles, vars, backward)).seen;
/** "More from this category" is read inside the article's own statement. */
const walkMore = (vars: Record<string, unknown>, backward = false) => walkList(MORE, (d) => d.article.moreFromCategory, vars, backward);

describe('article list pagination', () => {
  it('pages "more from this category" forwards and backwards without the article itself', async () => {
    const whole = (await graphql(MORE, { first: 100 })).data.article.moreFromCategory;
    const all = whole.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(all.length).toBeGreaterThan(10);
    expect(all).not.toContain('bulk-5');
    const forward = await walkMore({ first: 4 });
    expect(forward).toEqual({ seen: all, total: all.length });
    const backward = await walkMore({ last: 3 }, true);
    expect(backward.seen.reverse()).toEqual(all);
  });

  it('pages lists of different orders side by side in one statement', async () => {
    const q = (field: string, orderBy: string) =>
      `${field}(first: 5, orderBy: ${orderBy}) { totalCount edges { cursor node { slug } } pageInfo { endCursor hasNextPage } }`;
    const alone = async (field: string, orderBy: string) =>
      (await graphql(`{ person(slug: "bulk-person-1") { ${q(field, orderBy)} } }`)).data.person[field];
    const both = await countQueries(() =>
      graphql(`{ person(slug: "bulk-person-1") { ${q('credits', 'UPDATED_AT_ASC')} ${q('mentionedIn', 'PUBLISHED_AT_DESC')} } }`),
    );
    expect(both.result.errors).toBeUndefined();
    expect(both.result.data.person).toEqual({
      credits: await alone('credits', 'UPDATED_AT_ASC'),
      mentionedIn: await alone('mentionedIn', 'PUBLISHED_AT_DESC'),
    });
    expect(both.result.data.person.credits.edges).toHaveLength(5);
    expect(both.statements).toHaveLength(3);
  });

  it('walks every article exactly once, forwards and backwards, in every order', async () => {
    for (const orderBy of ['PUBLISHED_AT_DESC', 'PUBLISHED_AT_ASC', 'UPDATED_AT_DESC', 'UPDATED_AT_ASC']) {
      const forward = await walk({ first: 7, orderBy });
      expect(forward).toHaveLength(120);
      expect(new Set(forward).size).toBe(120);
      const backward = await walk({ last: 9, orderBy }, true);
      expect(backward.reverse()).toEqual(forward);
    }
  });

  it('orders newest first with ties broken by id', async () => {
    const res = await graphql(PAGE, { first: 100 });
    const nodes = res.data.articles.edges.map((e: { node: { publishedAt: string } }) => e.node);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].publishedAt >= nodes[i].publishedAt).toBe(true);
    expect(res.data.articles.totalCount).toBe(120);
  });

  it('answers first: 0 with no items, the total and whether items follow', async () => {
    const { result, statements } = await countQueries(() =>
      graphql('{ articles(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }'),
    );
    expect(result.data.articles).toEqual({ totalCount: 120, edges: [], pageInfo: { hasNextPage: true } });
    expect(statements.length).toBeLessThanOrEqual(2);
    const tags = await graphql('{ tags(first: 0) { edges { cursor } } }');
    expect(tags.errors).toBeUndefined();
    expect(tags.data.tags.edges).toEqual([]);
  });

  it('rejects page sizes outside 0-100 and foreign cursors with BAD_USER_INPUT', async () => {
    for (const vars of [
      { first: -1 },
      { first: 101 },
      { last: -1 },
      { first: 5, last: 5 },
      { first: 5, after: 'bm9wZQ' },
      { after: 'x', before: 'y' },
    ]) {
      const res = await graphql(PAGE, vars);
      expect(res.status).toBe(200);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(res.data?.articles ?? null).toBeNull();
    }
    const tags = await graphql('{ tags(first: 500) { edges { node { slug } } } }');
    expect(tags.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const related = await graphql('{ articles(first: 1) { edges { node { related(first: 51) { edges { score } } } } } }');
    expect(related.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the same cursors however they are asked for: on every edge, in pageInfo alone, through fragments and aliases', async () => {
    // Cursors no selection reads are not made (src/loaders/article-lists.ts, cursorsAsked): each
    // shape below must still carry exactly the cursors the full selection gives.
    const lists = {
      feed: { query: (sel: string) => `{ list: articles(first: 4) ${sel} }`, pick: (d: any) => d.list },
      more: {
        query: (sel: string) => `{ article(slug: "bulk-5") { list: moreFromCategory(first: 4) ${sel} } }`,
        pick: (d: any) => d.article.list,
      },
      person: {
        query: (sel: string) => `{ person(slug: "bulk-person-1") { list: credits(first: 4) ${sel} } }`,
        pick: (d: any) => d.person.list,
      },
    };
    const full = '{ edges { cursor node { slug } } pageInfo { startCursor endCursor } }';
    for (const [name, list] of Object.entries(lists)) {
      const ask = async (sel: string, fragments = '') => {
        const res = await graphql(list.query(sel) + fragments);
        expect(res.errors, name).toBeUndefined();
        return list.pick(res.data);
      };
      const whole = await ask(full);
      const cursors: string[] = whole.edges.map((e: { cursor: string }) => e.cursor);
      expect(cursors, name).toHaveLength(4);
      for (const c of cursors) expect(c, name).toMatch(/^[A-Za-z0-9_-]{10,}$/);
      expect(whole.pageInfo, name).toEqual({ startCursor: cursors[0], endCursor: cursors[3] });
      // pageInfo alone: its two cursors, the same as the edges'.
      expect((await ask('{ pageInfo { startCursor } }')).pageInfo, name).toEqual({ startCursor: cursors[0] });
      expect((await ask('{ pageInfo { last: endCursor } }')).pageInfo, name).toEqual({ last: cursors[3] });
      // An edge's cursor under an alias, through a named fragment and an inline one.
      const viaFragment = await ask('{ ...Page }', ' fragment Page on ArticleConnection { edges { ... on ArticleEdge { at: cursor } } }');
      expect(
        viaFragment.edges.map((e: { at: string }) => e.at),
        name,
      ).toEqual(cursors);
      const included = await ask('{ edges { node { slug } cursor @include(if: true) } }');
      expect(
        included.edges.map((e: { cursor: string }) => e.cursor),
        name,
      ).toEqual(cursors);
    }
  });

  it('defaults to 20 items', async () => {
    const res = await graphql('{ articles { edges { node { slug } } pageInfo { hasNextPage } } }');
    expect(res.data.articles.edges).toHaveLength(20);
    expect(res.data.articles.pageInfo.hasNextPage).toBe(true);
  });
});
