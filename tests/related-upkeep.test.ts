import { describe, expect, it } from 'vitest';
import { publishDueArticles } from '../src/events/scheduler.ts';
import { drainRelatedRefresh, refreshRelatedBatch } from '../src/related/refresh.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { createDraft, gid, keyHeaders, newsroom, PUBLISH, UPDATE } from './helpers/articles.ts';
import { countQueries, pool, prisma, truncateAll, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeCategory, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { seedBulk } from './helpers/bulk.ts';
import { relatedDiff } from './helpers/related.ts';

// Related lists ranked at write time (src/related/): a write ranks its own article's list in its
// transaction, the lists of older articles follow by the background refresh (driven here by
// hand), and an article that leaves the public view leaves every list at once.

useCleanDb();

type RefreshResultOf<T> = Awaited<ReturnType<typeof drainRelatedRefresh>> & { article: T };

const RELATED = `query ($slug: String!) { article(slug: $slug) { related(first: 50) { edges { score node { slug } } } } }`;
const relatedSlugs = async (slug: string, headers?: { headers: Record<string, string> }) => {
  const res = await graphql(RELATED, { slug }, headers);
  expect(res.errors).toBeUndefined();
  return (res.data.article.related.edges as { node: { slug: string } }[]).map((e) => e.node.slug);
};
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const act = (name: string, id: string, auth: { headers: Record<string, string> }) =>
  graphql(`mutation ($id: ID!) { ${name}(input: { id: $id }) { article { status version } } }`, { id }, auth);

async function world() {
  const n = await newsroom();
  const desk = await keyHeaders('write', 'publish');
  const base = { publicationId: n.pub.id, categoryId: n.cat.id };
  await makeArticle({ ...base, slug: 'old-tag-0', tagIds: [n.tags[0].id], publishedAt: new Date(Date.now() - 86_400_000) });
  await makeArticle({ ...base, slug: 'old-tag-1', tagIds: [n.tags[1].id], publishedAt: new Date(Date.now() - 2 * 86_400_000) });
  await makeArticle({
    ...base,
    slug: 'old-person',
    people: [{ personId: n.people[0].id }],
    publishedAt: new Date(Date.now() - 3 * 86_400_000),
  });
  return { n, desk };
}

describe('related lists ranked at write time', () => {
  it('equal the view after the demo seed', async () => {
    await truncateAll();
    await seedDemo(prisma);
    const { rows } = await pool.query(`SELECT count(DISTINCT "articleId")::int AS lists FROM "RelatedArticle"`);
    expect(rows[0].lists).toBeGreaterThan(5);
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('rank the written article at once and reach older lists after the refresh, for every kind of write', async () => {
    const { n, desk } = await world();
    expect(await relatedDiff(pool)).toEqual([]);
    const draft = await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] });
    const id = idOf(draft.id);
    // A draft has no list of its own, and nothing is queued for it.
    expect((await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE "articleId" = $1`, [id])).rows[0].n).toBe(0);
    expect(await drainRelatedRefresh()).toMatchObject({ refreshed: 0 });

    // Published: its own list is ranked in the write; the older article sharing its tag has it
    // only after the background refresh.
    expect((await graphql(PUBLISH, { input: { id: draft.id } }, desk)).errors).toBeUndefined();
    expect(await relatedSlugs(draft.slug)).toEqual(['old-tag-0', 'old-tag-1', 'old-person']);
    expect(await relatedDiff(pool, [id])).toEqual([]);
    expect(await relatedSlugs('old-tag-0')).not.toContain(draft.slug);
    const first = await drainRelatedRefresh();
    expect(first.sources).toBe(1);
    expect(first.refreshed).toBeGreaterThanOrEqual(3);
    expect((await relatedSlugs('old-tag-0'))[0]).toBe(draft.slug);
    expect(await relatedDiff(pool)).toEqual([]);

    // Its tags and people change: its own list at once, the others after the refresh.
    let version = 2;
    const edit = await graphql(
      UPDATE,
      {
        input: {
          id: draft.id,
          expectedVersion: version++,
          tagIds: [gid('Tag', n.tags[1].id)],
          mentions: [{ entityId: gid('Person', n.people[0].id) }],
        },
      },
      desk,
    );
    expect(edit.errors).toBeUndefined();
    expect((await relatedSlugs(draft.slug)).slice(0, 2).sort()).toEqual(['old-person', 'old-tag-1']);
    expect(await relatedDiff(pool, [id])).toEqual([]);
    await drainRelatedRefresh();
    expect(await relatedDiff(pool)).toEqual([]);
    expect(await relatedSlugs('old-person')).toContain(draft.slug);

    // Its category changes.
    const other = await makeCategory();
    const moved = await graphql(
      UPDATE,
      { input: { id: draft.id, expectedVersion: version++, categoryId: gid('Category', other.id) } },
      desk,
    );
    expect(moved.errors).toBeUndefined();
    expect(await relatedDiff(pool, [id])).toEqual([]);
    await drainRelatedRefresh();
    expect(await relatedDiff(pool)).toEqual([]);

    // Unpublished: gone from every list at once, for readers and in the table; the lists it left
    // are refilled by the refresh.
    expect((await act('unpublishArticle', draft.id, desk)).data.unpublishArticle.article.status).toBe('DRAFT');
    expect(await relatedSlugs('old-person')).not.toContain(draft.slug);
    expect(
      (await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE $1 IN ("articleId", "relatedArticleId")`, [id])).rows[0].n,
    ).toBe(0);
    await drainRelatedRefresh();
    expect(await relatedDiff(pool)).toEqual([]);

    // Republished, then archived.
    await act('publishArticle', draft.id, desk);
    await drainRelatedRefresh();
    expect(await relatedSlugs('old-person')).toContain(draft.slug);
    expect(await relatedDiff(pool)).toEqual([]);
    await act('archiveArticle', draft.id, desk);
    expect(await relatedSlugs('old-person')).not.toContain(draft.slug);
    await drainRelatedRefresh();
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('tell which lists ranking again changed, and from which rank (what the refresh purges)', async () => {
    const { n, desk } = await world();
    const old = (await pool.query(`SELECT id FROM "Article" WHERE slug = 'old-tag-0'`)).rows[0].id as number;
    const changes = async (ids: number[]) =>
      (await pool.query('SELECT list_id, first_rank FROM related_rerank_changes($1::int[])', [ids])).rows;
    expect(await changes([old])).toEqual([]); // ranked already: nothing to change
    // A new article sharing old-tag-0's tag goes to the top of its list; once ranked, nothing changes again.
    const draft = await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] });
    expect((await graphql(PUBLISH, { input: { id: draft.id } }, desk)).errors).toBeUndefined();
    expect(await changes([old])).toEqual([{ list_id: old, first_rank: 1 }]);
    expect(await relatedSlugs('old-tag-0')).toEqual([draft.slug, 'old-tag-1', 'old-person']);
    expect(await changes([old])).toEqual([]);
    expect(await relatedDiff(pool, [old])).toEqual([]);
    // Leaving the public view: the rows after it move up, from its rank.
    expect((await act('archiveArticle', draft.id, desk)).errors).toBeUndefined();
    await drainRelatedRefresh();
    expect(await relatedSlugs('old-tag-0')).toEqual(['old-tag-1', 'old-person']);
  });

  it('rank a scheduled article when it falls due, and an imported one when it is saved', async () => {
    const { n, desk } = await world();
    const a = await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await graphql(PUBLISH, { input: { id: a.id, at } }, desk)).data.publishArticle.article.status).toBe('SCHEDULED');
    expect((await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE "articleId" = $1`, [idOf(a.id)])).rows[0].n).toBe(0);
    await pool.query(`UPDATE "Article" SET "scheduledAt" = now() - interval '1 second' WHERE id = $1`, [idOf(a.id)]);
    expect(await publishDueArticles()).toBe(1);
    expect(await relatedSlugs(a.slug)).toContain('old-tag-0');
    await drainRelatedRefresh();
    expect((await relatedSlugs('old-tag-0'))[0]).toBe(a.slug);
    expect(await relatedDiff(pool)).toEqual([]);

    const item = {
      uri: 'urn:test:related-import',
      version: '1',
      type: 'text',
      headlines: [{ value: 'An imported story' }],
      bodies: [{ contenttype: 'text/plain', value: 'Plain words of the wire.' }],
      subjects: [{ name: n.tags[0].name, uri: `tag:${n.tags[0].slug}`, rel: 'about' }],
    };
    const res = await graphql(
      `mutation ($item: JSON!, $category: String, $publication: String) {
        importNinjs(item: $item, publish: true, category: $category, publication: $publication) { articleId article { slug } } }`,
      { item, category: n.cat.slug, publication: n.pub.slug },
      desk,
    );
    expect(res.errors).toBeUndefined();
    const importedId = idOf(res.data.importNinjs.articleId);
    expect(
      (await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE "articleId" = $1`, [importedId])).rows[0].n,
    ).toBeGreaterThan(0);
    expect(await relatedDiff(pool, [importedId])).toEqual([]);
    await drainRelatedRefresh();
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('fill an empty list when a second article shares a new tag', async () => {
    const { n, desk } = await world();
    const [lonelyCat, otherCat, fresh] = await Promise.all([makeCategory(), makeCategory(), makeTag()]);
    const first = await createDraft(desk, n, { categoryId: gid('Category', lonelyCat.id), tagIds: [gid('Tag', fresh.id)] });
    await graphql(PUBLISH, { input: { id: first.id } }, desk);
    await drainRelatedRefresh();
    expect(await relatedSlugs(first.slug)).toEqual([]);
    const second = await createDraft(desk, n, { categoryId: gid('Category', otherCat.id), tagIds: [gid('Tag', fresh.id)] });
    await graphql(PUBLISH, { input: { id: second.id } }, desk);
    expect(await relatedSlugs(second.slug)).toEqual([first.slug]);
    await drainRelatedRefresh();
    expect(await relatedSlugs(first.slug)).toEqual([second.slug]);
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('refresh in bounded batches that instances share without doing a list twice', async () => {
    const { n, desk } = await world();
    const drafts = [];
    for (let i = 0; i < 6; i++) drafts.push(await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] }));
    for (const d of drafts) await graphql(PUBLISH, { input: { id: d.id } }, desk);
    const lists = (await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE rank = 1`)).rows[0].n;
    expect(lists).toBe(9);
    // One step ranks at most its batch; two workers together rank every list once and leave
    // nothing due, every list exact.
    const step = await refreshRelatedBatch(2);
    // Their tag and category are small (at most 52 published articles): every list is queued.
    expect(step).toEqual({ sources: 6, queued: lists, refreshed: 2, passed: 0 });
    const [x, y] = await Promise.all([drainRelatedRefresh(2), drainRelatedRefresh(2)]);
    expect(step.refreshed + x.refreshed + y.refreshed).toBe(lists);
    expect(await drainRelatedRefresh(2)).toEqual({ sources: 0, queued: 0, refreshed: 0, passed: 0 });
    expect((await pool.query(`SELECT count(*)::int AS n FROM "RelatedSource"`)).rows[0].n).toBe(0);
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('sweep rank again only the lists a change can reach, and every list ends as the ranking says', async () => {
    // 240 articles over 4 categories, 10 tags, 10 people and 5 organisations: every item has more
    // than its 50 candidates, and every list is full.
    const bulk = await seedBulk(240);
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const admin = await keyHeaders('admin');
    const cat = (id: number) => ({ categoryId: gid('Category', id) });
    const tags = (...ids: number[]) => ({ tagIds: ids.map((id) => gid('Tag', id)) });
    const published = async (extra: Record<string, unknown>) => {
      const d = await createDraft(desk, n, extra);
      expect((await graphql(PUBLISH, { input: { id: d.id } }, desk)).errors).toBeUndefined();
      return d;
    };
    const lists = (await pool.query(`SELECT count(*)::int AS n FROM "RelatedArticle" WHERE rank = 1`)).rows[0].n as number;
    // Its planner estimate passes jit_above_cost; compiling cost 0.4 s a step where JIT is on.
    const config = await pool.query(
      `SELECT proconfig FROM pg_proc WHERE proname = 'related_sweep_due' AND pronamespace = current_schema()::regnamespace`,
    );
    expect(config.rows[0].proconfig).toEqual(['jit=off']);
    const settle = async () => {
      const r = await drainRelatedRefresh();
      expect(await relatedDiff(pool)).toEqual([]);
      return r;
    };
    await settle();

    // A publication sharing only a category scores 1: it cannot enter a full list whose last row
    // scores more, so most lists of the category are passed over; the lists holding the article
    // it pushed out of the category's newest 50 are ranked again.
    const before = (await pool.query(`SELECT count(*)::int AS n FROM "Article" WHERE "categoryId" = $1`, [bulk.categories.child])).rows[0]
      .n;
    const catOnly = await settleAfter(() => published(cat(bulk.categories.child)));
    expect(catOnly.passed).toBeGreaterThan(lists / 2);
    expect(catOnly.refreshed).toBeLessThan(before);

    // A publication with a tag: every list it scores into at least as well as their last row.
    const tagged = await settleAfter(() => published({ ...cat(bulk.categories.other), ...tags(bulk.tags[0], bulk.tags[1]) }));
    expect(tagged.refreshed).toBeGreaterThan(0);

    // Edits that take items away or hide an article may bring older candidates back: ranked.
    const edited = await published({ ...cat(bulk.categories.root), ...tags(bulk.tags[2]) });
    await settle();
    const update = await graphql(UPDATE, { input: { id: edited.id, expectedVersion: 2, ...tags(bulk.tags[3]) } }, desk);
    expect(update.errors).toBeUndefined();
    expect((await settle()).refreshed).toBeGreaterThan(0);
    expect((await act('unpublishArticle', edited.id, desk)).errors).toBeUndefined();
    await settle();

    // A retitle touches no list; a rename of a tag ranks again the lists that name it.
    const retitled = await graphql(UPDATE, { input: { id: tagged.article.id, expectedVersion: 2, title: 'Another headline' } }, desk);
    expect(retitled.errors).toBeUndefined();
    expect(await settle()).toMatchObject({ sources: 0, refreshed: 0 });
    const renamed = await graphql(
      'mutation ($input: UpdateTagInput!) { updateTag(input: $input) { tag { name } } }',
      { input: { id: gid('Tag', bulk.tags[4]), name: 'A new name' } },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    const afterRename = await settle();
    expect(afterRename.refreshed).toBeGreaterThan(0);
    expect(afterRename.passed).toBeGreaterThan(0);

    // Several changes at once, the sweep in small steps.
    await published(cat(bulk.categories.grandchild));
    await published({ ...cat(bulk.categories.child), mentions: [{ entityId: gid('Person', bulk.people[0]) }] });
    await published({ ...cat(bulk.categories.root), ...tags(bulk.tags[5]) });
    await drainRelatedRefresh(7);
    expect(await relatedDiff(pool)).toEqual([]);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "RelatedSource"`)).rows[0].n).toBe(0);

    async function settleAfter<T>(write: () => Promise<T>): Promise<RefreshResultOf<T>> {
      const article = await write();
      const r = await settle();
      return { ...r, article };
    }
  });

  it('sweep let a publication into a full list it ties with, though nothing it pushes out was there', async () => {
    // Article s shares tag one or tag two with 120 others, alternating in time: its list is the
    // newest 51 of them, all scoring 3, and the oldest of each tag's newest 50 is not in it. A new
    // article with tag one scores 3 too and is newer, so it enters s's list at the top.
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const [one, two] = n.tags;
    const [own, others] = [n.parent, await makeCategory()];
    const q = (sql: string, params: unknown[]) => pool.query(sql, params);
    await q(
      `INSERT INTO "Article" (slug, title, body, status, "publishedAt", "updatedAt", "wordCount", "readingTimeMinutes", "publicationId", "categoryId")
       SELECT 'alt-' || i, 'Alternating ' || i, '[]', 'PUBLISHED', now() - interval '1 minute' * i, now(), 1, 1, $1, $2
       FROM generate_series(1, 120) i`,
      [n.pub.id, others.id],
    );
    await q(
      `INSERT INTO "ArticleTag" ("articleId", "tagId")
       SELECT id, CASE WHEN substr(slug, 5)::int % 2 = 0 THEN $1::int ELSE $2::int END FROM "Article" WHERE slug LIKE 'alt-%'`,
      [one.id, two.id],
    );
    const s = await makeArticle({
      publicationId: n.pub.id,
      categoryId: own.id,
      tagIds: [one.id, two.id],
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    expect(await relatedDiff(pool)).toEqual([]);
    const d = await createDraft(desk, n, { categoryId: gid('Category', n.cat.id), tagIds: [gid('Tag', one.id)] });
    expect((await graphql(PUBLISH, { input: { id: d.id } }, desk)).errors).toBeUndefined();
    const r = await drainRelatedRefresh();
    expect(r.passed).toBeGreaterThan(0);
    expect((await relatedSlugs(s.slug))[0]).toBe(d.slug);
    expect(await relatedDiff(pool)).toEqual([]);
  });

  it('are read in the article statement by anonymous readers, never by preview keys', async () => {
    const { n, desk } = await world();
    const preview = await keyHeaders('preview');
    const hidden = await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] });
    const anon = await countQueries(() => relatedSlugs('old-tag-0'));
    expect(anon.statements).toHaveLength(1);
    expect(anon.statements[0]).toContain('"RelatedArticle"');
    expect(anon.result).not.toContain(hidden.slug);
    const seen = await countQueries(() => relatedSlugs('old-tag-0', preview));
    expect(seen.result[0]).toBe(hidden.slug);
    expect(seen.statements.some((s) => s.includes('"RelatedArticle"'))).toBe(false);
  });
});
