import { describe, expect, it } from 'vitest';
import { inTransaction, retryStats } from '../src/writes/transaction.ts';
import { pool, prisma, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { createDraft, gid, keyHeaders, newsroom, PUBLISH } from './helpers/articles.ts';

// Optimistic concurrency (a stale expectedVersion changes nothing and names what changed since)
// and derived data that stays exact while writers race on the same rows.

useCleanDb();

const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { version keyTakeaways { text } } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on Article { version keyTakeaways { text } } } }`;

describe('optimistic concurrency', () => {
  it('refuses a stale version with CONFLICT naming the current version and the fields changed since', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'preview');
    const a = await createDraft(desk, n);
    await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Second' } }, desk);
    await graphql(UPDATE, { input: { id: a.id, expectedVersion: 2, tagIds: [gid('Tag', n.tags[0].id)] } }, desk);
    const stale = await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, summary: 'lost?' } }, desk);
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 3,
      expectedVersion: 1,
      changedFields: ['title', 'tagIds'],
    });
    expect(stale.errors?.[0].message).toContain('version 3');
    const row = await prisma.article.findFirstOrThrow({ select: { version: true, summary: true } });
    expect(row).toEqual({ version: 3, summary: null });
    expect(await prisma.articleRevision.count()).toBe(3);
    expect(await prisma.outboxEvent.count()).toBe(3);
  });

  it('20 concurrent editors: exactly one wins per version and no update is lost', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish', 'preview');
    const a = await createDraft(desk, n);
    await graphql(PUBLISH, { input: { id: a.id } }, desk);
    const editors = 20;
    const wins: number[] = [];
    let conflicts = 0;
    // Each editor reads the article, adds its own takeaway to what it read, and saves with the
    // version it read; on CONFLICT it reads again and reapplies its change.
    const editor = async (i: number) => {
      for (;;) {
        const { data } = await graphql(READ, { id: a.id }, desk);
        const mine = `editor ${i}`;
        const texts = data.node.keyTakeaways.map((k: { text: string }) => k.text);
        const res = await graphql(
          UPDATE,
          { input: { id: a.id, expectedVersion: data.node.version, keyTakeaways: [...texts, mine].slice(-10) } },
          desk,
        );
        if (!res.errors) return wins.push(res.data.updateArticle.article.version);
        expect(res.errors[0].extensions?.code).toBe('CONFLICT');
        expect(res.errors[0].extensions?.changedFields).toEqual(['keyTakeaways']);
        conflicts++;
      }
    };
    await Promise.all(Array.from({ length: editors }, (_, i) => editor(i)));
    // Versions 3..22 (1 created, 2 published), each won by exactly one editor.
    expect(wins.sort((x, y) => x - y)).toEqual(Array.from({ length: editors }, (_, i) => i + 3));
    expect(conflicts).toBeGreaterThan(0);
    const revisions = await prisma.articleRevision.findMany({ orderBy: { version: 'asc' }, select: { version: true, snapshot: true } });
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: editors + 2 }, (_, i) => i + 1));
    // No update lost: every editor's takeaway was written on top of all the earlier ones.
    const edits = revisions.slice(2);
    edits.forEach((r, i) => {
      const texts = (r.snapshot as { keyTakeaways: string[] }).keyTakeaways;
      expect(texts.length).toBe(Math.min(i + 1, 10));
      if (i > 0) {
        const prev = (edits[i - 1].snapshot as { keyTakeaways: string[] }).keyTakeaways;
        expect(texts.slice(0, -1)).toEqual(prev.slice(prev.length === 10 ? 1 : 0));
      }
    });
    const authors = new Set(edits.map((r) => (r.snapshot as { keyTakeaways: string[] }).keyTakeaways.at(-1)));
    expect(authors.size).toBe(editors);
  });
});

describe('derived data under concurrent writers', () => {
  it('8 writers publishing articles that share tags leave counters equal to a rebuild', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const tags = await Promise.all(Array.from({ length: 6 }, () => makeTag()));
    // Drafts whose tag rows were written in different orders, so publishing them (a trigger
    // updates each article's rows in their order, bumping each tag's counter) would lock the
    // shared counters in different orders: the recipe for deadlocks. The writes take the counter
    // locks in one order first, and retry whatever deadlock remains.
    const drafts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        makeArticle({
          publicationId: n.pub.id,
          categoryId: n.cat.id,
          status: 'DRAFT',
          publishedAt: null,
          tagIds: i % 2 ? tags.map((t) => t.id) : tags.map((t) => t.id).reverse(),
          credits: [
            { personId: n.people[i % 2].id, role: 'WRITING' },
            { personId: n.people[(i + 1) % 2].id, role: 'EDITING' },
          ],
        }),
      ),
    );
    const before = retryStats.retries;
    for (let round = 0; round < 3; round++) {
      const action = round % 2 ? 'unpublishArticle(input: { id: $id })' : 'publishArticle(input: { id: $id })';
      const results = await Promise.all(
        drafts.map((d) => graphql(`mutation ($id: ID!) { ${action} { article { status } } }`, { id: gid('Article', d.id) }, desk)),
      );
      expect(results.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    }
    // Then all eight, published, rewrite body, tags and credits at once.
    const edits = await Promise.all(
      drafts.map((d, i) =>
        graphql(
          `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { wordCount } } }`,
          {
            input: {
              id: gid('Article', d.id),
              expectedVersion: 4,
              body: [{ type: 'paragraph', text: `${'word '.repeat(200 + i)}zebra${i}` }],
              tagIds: tags.slice(i % 3, (i % 3) + 4).map((t) => gid('Tag', t.id)),
              credits: [{ personId: gid('Person', n.people[(i + 1) % 2].id), role: 'REPORTING' }],
            },
          },
          desk,
        ),
      ),
    );
    expect(edits.map((r) => r.errors)).toEqual(Array(8).fill(undefined));
    expect(edits.map((r) => r.data.updateArticle.article.wordCount)).toEqual(drafts.map((_, i) => 201 + i));
    const lists = `SELECT list, "parentId", published FROM "ArticleListCount" WHERE published <> 0 ORDER BY 1, 2`;
    const bylines = `SELECT "articleId", "personId", "publishedAt" FROM "ArticleByline" ORDER BY 1, 2`;
    const kept = (await pool.query(lists)).rows;
    const keptBylines = (await pool.query(bylines)).rows;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT "rebuild_article_lists"()');
      expect(kept).toEqual((await client.query(lists)).rows);
      expect(keptBylines).toEqual((await client.query(bylines)).rows);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    // Sort keys: every join row carries its article's publishedAt; the search vector and the
    // reading time follow each article's own body.
    const stale = await pool.query(`SELECT count(*)::int AS n FROM "ArticleTag" x JOIN "Article" a ON a.id = x."articleId"
      WHERE x."publishedAt" IS DISTINCT FROM a."publishedAt"`);
    expect(stale.rows[0].n).toBe(0);
    const found = await pool.query(`SELECT id FROM "Article" WHERE "searchVector" @@ to_tsquery('english', 'zebra3')`);
    expect(found.rows.map((r) => r.id)).toEqual([drafts[3].id]);
    expect(await prisma.article.findMany({ select: { readingTimeMinutes: true } })).toEqual(Array(8).fill({ readingTimeMinutes: 1 }));
    expect(
      kept
        .filter((r) => r.list === 'tag')
        .map((r) => r.published)
        .reduce((x, y) => x + y),
    ).toBe(32);
    const res = await graphql(`{ tag(slug: "${tags[3].slug}") { articleCount articles { totalCount } } }`);
    expect(res.data.tag).toEqual({ articleCount: 8, articles: { totalCount: 8 } });
    console.info(`deadlocks or serialization failures retried: ${retryStats.retries - before}`);
  });

  it('runs a transaction that deadlocked again, transparently', async () => {
    // Two transactions taking two rows in opposite orders: PostgreSQL aborts one with 40P01,
    // which inTransaction runs again, so both succeed.
    const n = await newsroom();
    const [x, y] = [n.tags[0].id, n.tags[1].id];
    const before = retryStats.retries;
    let attempts = 0;
    const writer = (first: number, second: number) =>
      inTransaction(async (tx) => {
        attempts++;
        await tx.$executeRaw`UPDATE "Tag" SET name = name WHERE id = ${first}`;
        await new Promise((r) => setTimeout(r, 200));
        await tx.$executeRaw`UPDATE "Tag" SET name = name || '+' WHERE id = ${second}`;
        return first;
      });
    expect(await Promise.all([writer(x, y), writer(y, x)])).toEqual([x, y]);
    expect(retryStats.retries - before).toBe(1);
    expect(attempts).toBe(3);
    expect((await prisma.tag.findMany({ where: { id: { in: [x, y] } } })).map((t) => t.name.endsWith('+'))).toEqual([true, true]);
  });
});
