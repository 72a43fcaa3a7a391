import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_BOUNDS } from '../src/search/search.ts';
import { migrateOnce, pool, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makePublication } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// The bounds that keep a search's cost flat however many articles match (src/search/search.ts
// SEARCH_BOUNDS), through yoga.fetch on real PostgreSQL with more matches than each bound.
const MANY = SEARCH_BOUNDS.EXACT_COUNT + 1500;
const hour = 3_600_000;

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  const [pub, cat] = await Promise.all([makePublication(), makeCategory()]);
  // MANY articles about lanterns, one hour apart, newest first by id; every 40th has it in the title.
  await pool.query(
    `INSERT INTO "Article" (slug, title, summary, body, status, "publishedAt", "publicationId", "categoryId")
     SELECT 'lantern-' || i, CASE WHEN i % 40 = 0 THEN 'Lantern festival ' || i ELSE 'Evening note ' || i END, 'Summary ' || i,
            jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', 'The lantern was lit again, story ' || i)),
            'PUBLISHED', now() - interval '1 hour' * i, $1, $2
     FROM generate_series(1, $3::int) i`,
    [pub.id, cat.id, MANY],
  );
  // Older than the newest PHRASE_WINDOW articles: a phrase in the body only, and one in the title.
  const old = new Date(Date.now() - (MANY + 10) * hour);
  const base = { publicationId: pub.id, categoryId: cat.id, publishedAt: old };
  await makeArticle({ ...base, slug: 'old-body-phrase', title: 'An old story', text: 'They found the copper kettle.' });
  await makeArticle({ ...base, slug: 'old-title-phrase', title: 'The copper kettle returns', text: 'Nothing else.' });
  await makeArticle({ ...base, slug: 'new-body-phrase', title: 'A new story', text: 'Another copper kettle.', publishedAt: new Date() });
});

const SEARCH = `query S($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    totalCount totalCountIsExact
    pageInfo { hasNextPage endCursor }
    edges { score node { slug title } }
  }
}`;

describe('search bounds', () => {
  it('counts exactly up to the bound and estimates above it, saying so', async () => {
    const res = await graphql(SEARCH, { q: 'lantern', first: 0 });
    expect(res.errors).toBeUndefined();
    const { totalCount, totalCountIsExact } = res.data.search;
    expect(totalCountIsExact).toBe(false);
    expect(totalCount).toBeGreaterThan(SEARCH_BOUNDS.EXACT_COUNT);
    // An estimate from how far into the table the first matches reach: near the true count here.
    expect(Math.abs(totalCount - MANY) / MANY).toBeLessThan(0.25);
    const few = await graphql(SEARCH, { q: 'festival', first: 0 });
    expect(few.data.search).toMatchObject({ totalCount: Math.floor(MANY / 40), totalCountIsExact: true });
  });

  it('pages through the best title matches and the newest matches only, each once, best first', async () => {
    const seen: { slug: string; title: string; score: number }[] = [];
    let after: string | undefined;
    for (;;) {
      const res = await graphql(SEARCH, { q: 'lantern', first: 100, after });
      expect(res.errors).toBeUndefined();
      seen.push(
        ...res.data.search.edges.map((e: { score: number; node: { slug: string; title: string } }) => ({ ...e.node, score: e.score })),
      );
      if (!res.data.search.pageInfo.hasNextPage) break;
      after = res.data.search.pageInfo.endCursor;
    }
    const n = SEARCH_BOUNDS.CANDIDATES;
    expect(new Set(seen.map((h) => h.slug)).size).toBe(seen.length);
    // The head candidates are title matches, the newest are lantern-1..n: 2n unless they overlap.
    const newest = Array.from({ length: n }, (_, i) => `lantern-${i + 1}`);
    const titled = seen.filter((h) => h.title.startsWith('Lantern'));
    expect(seen.length).toBe(new Set([...newest, ...titled.map((h) => h.slug)]).size);
    // n best title matches (equal rank here, so by id), plus the newest that have it in their title.
    expect(titled.length).toBe(n + newest.filter((s) => Number(s.split('-')[1]) % 40 === 0).length);
    for (const slug of newest) expect(seen.map((h) => h.slug)).toContain(slug);
    // Ranked by the full rank: title matches first.
    expect(seen.slice(0, titled.length).every((h) => h.title.startsWith('Lantern'))).toBe(true);
    expect([...seen.map((h) => h.score)].sort((a, b) => b - a)).toEqual(seen.map((h) => h.score));
  });

  it('finds a phrase in every title but in the body of the newest articles only', async () => {
    const res = await graphql(SEARCH, { q: '"copper kettle"', first: 10 });
    expect(res.errors).toBeUndefined();
    const slugs = res.data.search.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(slugs.sort()).toEqual(['new-body-phrase', 'old-title-phrase']);
    expect(res.data.search).toMatchObject({ totalCount: 2, totalCountIsExact: true });
    // Words, not a phrase: the old body match is found too.
    const words = await graphql(SEARCH, { q: 'copper kettle', first: 10 });
    expect(words.data.search.totalCount).toBe(3);
  });
});
