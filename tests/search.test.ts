import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, migrateOnce, prisma, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makePublication, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// Ranked full-text search through yoga.fetch on real PostgreSQL.
const day = 86_400_000;
let tagSlug = '';

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  const [pub, cat, tag] = await Promise.all([makePublication(), makeCategory({ slug: 'economy' }), makeTag({ slug: 'energy' })]);
  tagSlug = tag.slug;
  const base = { publicationId: pub.id, categoryId: cat.id };
  const put = async (
    slug: string,
    title: string,
    text: string,
    extra: { summary?: string; ageDays?: number; status?: 'DRAFT'; tags?: number[] } = {},
  ) => {
    const a = await makeArticle({
      ...base,
      slug,
      title,
      text,
      tagIds: extra.tags,
      status: extra.status,
      publishedAt: extra.status ? null : new Date(Date.now() - (extra.ageDays ?? 1) * day),
    });
    if (extra.summary) await prisma.article.update({ where: { id: a.id }, data: { summary: extra.summary } });
    return a;
  };
  await put('in-title', 'Windmills power the coast', 'A story about the harbour.', { ageDays: 30 });
  await put('in-summary', 'Coastal towns', 'Fishing boats came back.', { summary: 'Windmills go up along the shore.', ageDays: 20 });
  await put('in-body', 'A quiet week', 'Farmers said the <new> windmills & turbines were loud.', { ageDays: 10, tags: [tag.id] });
  const listed = await put('in-list', 'Mixed blocks', 'Opening words.', { ageDays: 50 });
  await prisma.article.update({
    where: { id: listed.id },
    data: {
      body: [
        { type: 'paragraph', text: 'Opening words.' },
        { type: 'image', url: 'https://img.example/1.jpg', alt: 'A pylon' },
        { type: 'list', ordered: false, items: ['First pylon', 'Second item'] },
      ],
    },
  });
  await put('phrase', 'Grid prices', 'Prices of the power grid rose while grid power stayed cheap.', { ageDays: 2, tags: [tag.id] });
  await put('draft-windmills', 'Windmills draft', 'Windmills windmills windmills.', { status: 'DRAFT' });
  for (let i = 0; i < 7; i++) await put(`many-${i}`, `Harbour note ${i}`, 'The harbour opened early today.', { ageDays: 40 + i });
});

const SEARCH = `query S($q: String!, $first: Int, $after: String, $filter: ArticleFilter, $w: Float) {
  search(query: $q, first: $first, after: $after, filter: $filter, recencyWeight: $w) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score snippet node { slug title } }
  }
}`;

interface Hit {
  score: number;
  node: { slug: string };
}
interface Suggestion {
  text: string;
  kind: string;
  entity: { __typename: string; slug: string };
}
const slugs = (res: { data?: { search: { edges: Hit[] } } }): string[] => res.data!.search.edges.map((e) => e.node.slug);

describe('search', () => {
  it('ranks title above summary above body, never finds drafts, and counts what it finds', async () => {
    const res = await graphql(SEARCH, { q: 'windmill' });
    expect(res.errors).toBeUndefined();
    expect(slugs(res)).toEqual(['in-title', 'in-summary', 'in-body']);
    expect(res.data.search.totalCount).toBe(3);
    const scores = res.data.search.edges.map((e: Hit) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('highlights the matched terms in an HTML-escaped snippet', async () => {
    const res = await graphql(SEARCH, { q: 'turbines' });
    const [hit] = res.data.search.edges;
    expect(hit.node.slug).toBe('in-body');
    expect(hit.snippet).toContain('<mark>turbines</mark>');
    // Text escaped (ts_headline drops what looks like a markup tag, such as <new>).
    expect(hit.snippet).toContain('windmills &amp; <mark>turbines</mark>');
    expect(hit.snippet).not.toContain('<new>');
  });

  it('makes snippets from every kind of body block', async () => {
    const res = await graphql(SEARCH, { q: 'pylon' });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges[0].snippet).toContain('<mark>pylon</mark>');
  });

  it('understands quotes, OR and minus', async () => {
    expect(slugs(await graphql(SEARCH, { q: '"grid power"' }))).toEqual(['phrase']);
    expect(slugs(await graphql(SEARCH, { q: '"power coast"' }))).toEqual([]);
    expect(new Set(slugs(await graphql(SEARCH, { q: 'turbines OR fishing' })))).toEqual(new Set(['in-body', 'in-summary']));
    expect(slugs(await graphql(SEARCH, { q: 'windmills -farmers' }))).toEqual(['in-title', 'in-summary']);
  });

  it('blends in recency when asked', async () => {
    const res = await graphql(SEARCH, { q: 'windmills', w: 1 });
    expect(slugs(res)).toEqual(['in-body', 'in-summary', 'in-title']);
  });

  it('combines with a filter', async () => {
    const res = await graphql(SEARCH, { q: 'windmills OR grid', filter: { tags: { slugs: [tagSlug] } } });
    expect(new Set(slugs(res))).toEqual(new Set(['in-body', 'phrase']));
    expect(res.data.search.totalCount).toBe(2);
  });

  it('pages with stable cursors through equal scores, in a fixed number of statements', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { result, statements } = await countQueries(() => graphql(SEARCH, { q: 'harbour opened', first: 3, after }));
      // Page with snippets and count, each custom-planned in its own transaction (set_config,
      // statement, COMMIT), and the articles: 7, whatever the page size.
      expect(statements.length).toBe(7);
      seen.push(...slugs(result));
      if (!result.data.search.pageInfo.hasNextPage) break;
      after = result.data.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const big = await countQueries(() => graphql(SEARCH, { q: 'harbour', first: 50 }));
    expect(big.statements.length).toBe(7);
  });

  it('answers totalCount alone with first: 0 in one statement (custom-planned: set_config, count, COMMIT)', async () => {
    const { result, statements } = await countQueries(() => graphql('{ search(query: "harbour", first: 0) { totalCount } }'));
    expect(result.data.search.totalCount).toBe(8);
    expect(statements).toHaveLength(3);
    expect(statements[1]).toMatch(/^SELECT count/);
  });

  it('rejects bad input with stable codes', async () => {
    for (const vars of [{ q: '' }, { q: 'x'.repeat(201) }, { q: 'a', first: 101 }, { q: 'a', after: 'bm9wZQ' }, { q: 'a', w: 2 }]) {
      const res = await graphql(SEARCH, vars);
      expect(res.errors?.[0].extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('suggest', () => {
  beforeAll(async () => {
    const { makePerson, makeOrganization, makePlace } = await import('./helpers/factories.ts');
    await makePerson({ slug: 'angela', name: 'Angela Merkel' });
    await makePerson({ slug: 'mark', name: 'Mark Merton' });
    await makeOrganization({ slug: 'bundesbank', name: 'Deutsche Bundesbank' });
    await makePlace({ slug: 'brussels', name: 'Brussels' });
    await makeTag({ slug: 'merkel-tag', name: 'Merkel government' });
  });

  const SUGGEST = `query G($text: String!, $kinds: [SuggestionKind!], $first: Int) {
    suggest(text: $text, kinds: $kinds, first: $first) {
      kind text score
      entity { __typename ... on Person { slug } ... on Article { slug title } ... on Tag { slug } ... on Place { slug } ... on Organization { slug } }
    }
  }`;

  it('finds names by the start of any word, typed kinds first by score', async () => {
    const res = await graphql(SUGGEST, { text: 'mer' });
    expect(res.errors).toBeUndefined();
    const texts = res.data.suggest.map((s: Suggestion) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['Angela Merkel', 'Mark Merton', 'Merkel government']));
    const angela = res.data.suggest.find((s: Suggestion) => s.text === 'Angela Merkel');
    expect(angela).toMatchObject({ kind: 'PERSON', entity: { __typename: 'Person', slug: 'angela' } });
    expect(texts).not.toContain('Deutsche Bundesbank');
  });

  it('tolerates a typo', async () => {
    const res = await graphql(SUGGEST, { text: 'Merkell' });
    expect(res.data.suggest.map((s: Suggestion) => s.text)).toContain('Angela Merkel');
    const place = await graphql(SUGGEST, { text: 'Brusels', kinds: ['PLACE'] });
    expect(place.data.suggest).toEqual([
      expect.objectContaining({ kind: 'PLACE', text: 'Brussels', entity: { __typename: 'Place', slug: 'brussels' } }),
    ]);
  });

  it('suggests titles of visible articles only, in a fixed number of statements', async () => {
    const { result, statements } = await countQueries(() => graphql(SUGGEST, { text: 'windm', kinds: ['ARTICLE'] }));
    expect(result.data.suggest.map((s: Suggestion) => s.entity.slug)).toEqual(['in-title']);
    expect(statements).toHaveLength(2);
  });

  it('suggests people and tags in one read per kind, with the relations asked for', async () => {
    const q = `query ($text: String!) { suggest(text: $text, kinds: [PERSON, TAG]) { kind entity { ... on Person { slug shortBio affiliation { name } } ... on Tag { slug description } } } }`;
    const { result, statements } = await countQueries(() => graphql(q, { text: 'mer' }));
    expect(result.errors).toBeUndefined();
    expect(result.data.suggest.map((s: Suggestion) => s.kind)).toEqual(expect.arrayContaining(['PERSON', 'TAG']));
    // The suggestion statement, then people (with their affiliation) and tags, each read once.
    expect(statements).toHaveLength(3);
    expect(statements.slice(1).find((s) => s.includes('"Person"'))).toMatch(/"Organization"/);
  });

  it('rejects bad input', async () => {
    for (const vars of [{ text: 'a' }, { text: 'ab', first: 0 }, { text: 'x'.repeat(101) }]) {
      expect((await graphql(SUGGEST, vars)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
