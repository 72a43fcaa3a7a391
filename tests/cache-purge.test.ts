import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// Never stale after a write: with the response cache on, every committed write reaches the cache
// through the outbox and purges the entity and every list it entered or left, within a second.
// With REDIS_URL set (CI's first run) this runs against the shared Redis store.
process.env.RESPONSE_CACHE_TTL_MS = '600000';
const { countQueries, useCleanDb } = await import('./helpers/db.ts');
const { graphql } = await import('./helpers/graphql.ts');
const { createDraft, gid, keyHeaders, newsroom, PUBLISH, UPDATE } = await import('./helpers/articles.ts');
const { cacheKeyPrefix, redis } = await import('../src/response-cache.ts');
const { startCachePurge, staleTags } = await import('../src/events/cache-purge.ts');
const { startScheduler } = await import('../src/events/scheduler.ts');
const { drainRelatedRefresh } = await import('../src/related/refresh.ts');
const { makeArticle } = await import('./helpers/factories.ts');
const { registry } = await import('../src/metrics.ts');

useCleanDb();
let purger: Awaited<ReturnType<typeof startCachePurge>> | undefined;
beforeAll(async () => {
  // Entries an earlier run left in the shared Redis answer for rows that no longer exist (SCAN, never KEYS).
  if (redis)
    for await (const keys of redis.scanStream({ match: `${cacheKeyPrefix()}*`, count: 500 }))
      if (keys.length) await redis.del(...(keys as string[]));
});
// Subscribed after each test's truncation, which restarts the outbox's ids (a real outbox never does).
beforeEach(async () => {
  purger = await startCachePurge();
});
afterEach(async () => {
  await purger?.close();
});
afterAll(async () => {
  await redis?.quit();
});

/** Polls `read` until `done` holds; returns how long it took, failing after `limitMs`. */
async function within<T>(limitMs: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (done(await read())) return Date.now() - start;
    if (Date.now() - start > limitMs) throw new Error(`not fresh after ${limitMs} ms`);
    await sleep(25);
  }
}

const PAGE = 'query ($slug: String!) { article(slug: $slug) { id title } }';
const CATEGORY = 'query ($slug: String!) { category(slug: $slug) { articles(first: 10) { totalCount edges { node { slug } } } } }';
const FEED = '{ articles(first: 10) { edges { node { slug title } } } }';
const TAG = 'query ($slug: String!) { tag(slug: $slug) { name articles(first: 5) { totalCount } } }';

describe(`the response cache after writes (${process.env.REDIS_URL ? 'Redis' : 'in memory'})`, () => {
  it('serves an edited article, and lists it enters or leaves, fresh within a second', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n, { tagIds: [] });
    expect((await graphql(PUBLISH, { input: { id: a.id } }, desk)).errors).toBeUndefined();
    await purger?.settled(); // the publication's purge has landed before anything is cached

    // Cache the page, the feed and the category page; a repeat reads no SQL.
    const title = async () => (await graphql(PAGE, { slug: a.slug })).data.article.title as string;
    const feed = async () => (await graphql(FEED)).data.articles.edges.map((e: { node: { title: string } }) => e.node.title) as string[];
    const inCategory = async () => (await graphql(CATEGORY, { slug: n.cat.slug })).data.category.articles.totalCount as number;
    expect(await title()).toBe('A story');
    expect(await feed()).toContain('A story');
    expect(await inCategory()).toBe(1);
    expect((await countQueries(() => graphql(PAGE, { slug: a.slug }))).statements).toHaveLength(0);
    expect((await countQueries(() => graphql(CATEGORY, { slug: n.cat.slug }))).statements).toHaveLength(0);

    // An edit: the page and the feed holding it.
    expect((await graphql(UPDATE, { input: { id: a.id, expectedVersion: 2, title: 'A new headline' } }, desk)).errors).toBeUndefined();
    expect(await within(1_000, title, (t) => t === 'A new headline')).toBeLessThan(1_000);
    expect(await within(1_000, feed, (f) => f.includes('A new headline'))).toBeLessThan(1_000);

    // A second article entering the category's list, then the first leaving it.
    const b = await createDraft(desk, n);
    expect(await inCategory()).toBe(1); // a draft enters no public list, and the cache still answers
    expect((await graphql(PUBLISH, { input: { id: b.id } }, desk)).errors).toBeUndefined();
    await within(1_000, inCategory, (count) => count === 2);
    expect(
      (await graphql('mutation ($id: ID!) { archiveArticle(input: { id: $id }) { article { status } } }', { id: a.id }, desk)).errors,
    ).toBeUndefined();
    await within(1_000, inCategory, (count) => count === 1);
    await within(
      1_000,
      () => graphql(PAGE, { slug: a.slug }),
      (r) => r.data.article === null,
    );
  });

  it('shows a scheduled article once due, and a renamed tag, within a second', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const tag = n.tags[0];
    const a = await createDraft(desk, n);
    const at = new Date(Date.now() + 1_500);
    expect((await graphql(PUBLISH, { input: { id: a.id, at: at.toISOString() } }, desk)).errors).toBeUndefined();
    const category = async () => (await graphql(CATEGORY, { slug: n.cat.slug })).data.category.articles.totalCount as number;
    expect(await category()).toBe(0);
    // An instance's scheduler, polling at the default SCHEDULER_POLL_MS, publishes it when due;
    // the cached category page shows it within a second of its time.
    const scheduler = startScheduler();
    try {
      while (Date.now() < at.getTime()) await sleep(10);
      expect(await within(1_000, category, (count) => count === 1)).toBeLessThan(1_000);
    } finally {
      await scheduler.stop();
    }

    const admin = await keyHeaders('admin');
    const name = async () => (await graphql(TAG, { slug: tag.slug })).data.tag.name as string;
    const before = await name();
    const res = await graphql(
      'mutation ($input: UpdateTagInput!) { updateTag(input: $input) { tag { name } } }',
      { input: { id: gid('Tag', tag.id), name: `${before} renamed` } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    await within(1_000, name, (v) => v === `${before} renamed`);
  });

  it('purges the lists an article enters, not the pages that only show their owners', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const tag = n.tags[0];
    const a = await createDraft(desk, n, { tagIds: [gid('Tag', tag.id)] });
    expect((await graphql(PUBLISH, { input: { id: a.id } }, desk)).errors).toBeUndefined();
    await purger?.settled(); // the publication's purge has landed before anything is cached

    const SHOWS_TAG = 'query ($slug: String!) { article(slug: $slug) { title tags { name } category { name } } }';
    const WITH_MORE = 'query ($slug: String!) { article(slug: $slug) { title moreFromCategory(first: 3) { edges { node { slug } } } } }';
    const more = async () =>
      (await graphql(WITH_MORE, { slug: a.slug })).data.article.moreFromCategory.edges.map((e: { node: { slug: string } }) => e.node.slug);
    const tagCount = async () => (await graphql(TAG, { slug: tag.slug })).data.tag.articles.totalCount as number;
    await graphql(SHOWS_TAG, { slug: a.slug });
    expect(await more()).toEqual([]);
    expect(await tagCount()).toBe(1);

    // A second article joins the tag and the category; created and published with small results.
    const created = await graphql(
      'mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id slug } } }',
      {
        input: {
          slug: `joiner-${Date.now()}`,
          title: 'A joiner',
          categoryId: gid('Category', n.cat.id),
          publicationId: gid('Publication', n.pub.id),
          tagIds: [gid('Tag', tag.id)],
          body: [{ type: 'paragraph', text: 'Joins the lists.' }],
        },
      },
      desk,
    );
    expect(created.errors).toBeUndefined();
    const b = created.data.createArticle.article as { id: string; slug: string };
    expect((await graphql(PUBLISH, { input: { id: b.id } }, desk)).errors).toBeUndefined();

    // The tag's list and the first article's "more from this category" are fresh within a second.
    await within(1_000, tagCount, (count) => count === 2);
    await within(1_000, more, (slugs) => slugs.includes(b.slug));
    // The page that only shows the tag's and the category's names is still served from the cache.
    const { statements } = await countQueries(() => graphql(SHOWS_TAG, { slug: a.slug }));
    expect(statements).toHaveLength(0);
  });

  it('drops a cached page when the related-list refresh changes the part of the list it shows', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const base = { publicationId: n.pub.id, categoryId: n.cat.id, tagIds: [n.tags[0].id] };
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);
    await makeArticle({ ...base, slug: 'rel-a', publishedAt: daysAgo(10) });
    // Seven older articles share the tag and the category: they rank ahead of one sharing the category only.
    for (let i = 0; i < 7; i++) await makeArticle({ ...base, slug: `rel-close-${i}`, publishedAt: daysAgo(11 + i) });
    const RELATED_PAGE =
      'query ($slug: String!, $first: Int) { article(slug: $slug) { id related(first: $first) { edges { node { slug } } } } }';
    const related = async (first: number) =>
      ((await graphql(RELATED_PAGE, { slug: 'rel-a', first })).data.article.related.edges as { node: { slug: string } }[]).map(
        (e) => e.node.slug,
      );
    const close = Array.from({ length: 7 }, (_, i) => `rel-close-${i}`);
    expect(await related(5)).toEqual(close.slice(0, 5)); // reads ranks 1-6
    expect(await related(10)).toEqual(close); // reads the whole list

    // A new article in the category only: in rel-a's list once the background refresh has run, at rank 8.
    const b = await createDraft(desk, n, { tagIds: [] });
    expect((await graphql(PUBLISH, { input: { id: b.id } }, desk)).errors).toBeUndefined();
    await purger?.settled();
    expect((await countQueries(() => related(10))).statements).toHaveLength(0); // its publication left the page cached
    expect(await related(10)).toEqual(close);
    expect((await drainRelatedRefresh()).refreshed).toBeGreaterThan(0);
    await purger?.settled();
    expect(await related(10)).toEqual([...close, b.slug]);
    // The page showing five (ranks 1-6, unchanged) is still served from the cache.
    const five = await countQueries(() => related(5));
    expect(five.statements).toHaveLength(0);
    expect(five.result).toEqual(close.slice(0, 5));
  });

  it('measures each purge from its write (gateway_cache_purge_lag_seconds)', async () => {
    const lag = async () => {
      // A histogram's values name their series (_bucket, _sum, _count); prom-client's type leaves it out.
      const values = (await registry.getSingleMetric('gateway_cache_purge_lag_seconds')!.get()).values as {
        metricName?: string;
        labels: Record<string, string | number>;
        value: number;
      }[];
      const value = (name: string, le?: number) =>
        values.find((v) => v.metricName === name && (le === undefined || v.labels.le === le))?.value ?? 0;
      return { count: value('gateway_cache_purge_lag_seconds_count'), underTen: value('gateway_cache_purge_lag_seconds_bucket', 10) };
    };
    const before = await lag();
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    expect((await graphql(PUBLISH, { input: { id: a.id } }, desk)).errors).toBeUndefined();
    // Two events (created, published), each observed once its purge has landed, well within 10 s.
    await within(2_000, lag, (l) => l.count >= before.count + 2);
    const after = await lag();
    expect(after.underTen - before.underTen).toBe(after.count - before.count);
  });

  it('names the entity, its lists and the list fields an article change makes stale', () => {
    const tags = staleTags([{ entityType: 'Article', entityId: 7, lists: ['feed', 'Category:3', 'Tag:2'] }]);
    expect(tags).toEqual(
      expect.arrayContaining(['Article:7', 'list:Category:3', 'list:Tag:2', 'Query.articles', 'Query.search', 'Query.articleStats']),
    );
    // An article joining a list leaves the list owner's own tag (its name on other pages) alone.
    expect(tags).not.toContain('Category:3');
    expect(tags).not.toContain('Tag:2');
    expect(staleTags([{ entityType: 'Tag', entityId: 2, lists: ['Tag:2', 'tags'] }])).toEqual([
      'Tag:2',
      'list:Tag:2',
      'Query.tags',
      'Query.suggest',
    ]);
  });
});
