import { beforeAll, describe, expect, it } from 'vitest';
import { seedBulk, type BulkIds } from './helpers/bulk.ts';
import { countQueries, migrateOnce, pool, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makePerson, makePublication } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

let bulk: BulkIds;
beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  bulk = await seedBulk(80);
});

const count = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows[0].n as number;
const slugs = (conn: { edges: { node: { slug: string } }[] }) => conn.edges.map((e) => e.node.slug);

describe('lists and filters', () => {
  it('filters the feed by category with or without subcategories', async () => {
    const q = `query ($f: ArticleFilter) { articles(first: 100, filter: $f) { totalCount } }`;
    const sub = await graphql(q, { f: { category: { slug: 'bulk-root' } } });
    const own = await graphql(q, { f: { category: { slug: 'bulk-root', includeSubcategories: false } } });
    const { categories: c } = bulk;
    expect(sub.data.articles.totalCount).toBe(
      await count('SELECT count(*)::int AS n FROM "Article" WHERE "categoryId" = ANY($1)', [[c.root, c.child, c.grandchild]]),
    );
    expect(own.data.articles.totalCount).toBe(await count('SELECT count(*)::int AS n FROM "Article" WHERE "categoryId" = $1', [c.root]));
    const none = await graphql(q, { f: { category: { slug: 'no-such-category' } } });
    expect(none.data.articles.totalCount).toBe(0);
  });

  it('filters by tags (any, all), person (by role or mention), organisation, place, publication and dates', async () => {
    const q = `query ($f: ArticleFilter) { articles(first: 100, filter: $f) { totalCount edges { node { slug } } } }`;
    const n = async (f: object) => (await graphql(q, { f })).data.articles.totalCount as number;
    const [t1, t2] = bulk.tags;
    expect(await n({ tags: { slugs: ['bulk-tag-1', 'bulk-tag-2'] } })).toBe(
      await count('SELECT count(DISTINCT "articleId")::int AS n FROM "ArticleTag" WHERE "tagId" = ANY($1)', [[t1, t2]]),
    );
    expect(await n({ tags: { slugs: ['bulk-tag-1', 'bulk-tag-4'], match: 'ALL' } })).toBe(
      await count(
        `SELECT count(*)::int AS n FROM (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = ANY($1) GROUP BY 1 HAVING count(*) = 2) x`,
        [[t1, bulk.tags[3]]],
      ),
    );
    const p = bulk.people[0];
    expect(await n({ person: { slug: 'bulk-person-1', role: 'WRITING' } })).toBe(
      await count(`SELECT count(*)::int AS n FROM "ArticleCredit" WHERE "personId" = $1 AND role = 'WRITING'`, [p]),
    );
    expect(await n({ person: { slug: 'bulk-person-1', as: 'MENTIONED' } })).toBe(
      await count(`SELECT count(*)::int AS n FROM "ArticlePersonMention" WHERE "personId" = $1`, [p]),
    );
    expect(await n({ organization: 'bulk-org-1' })).toBe(
      await count(`SELECT count(*)::int AS n FROM "ArticleOrganizationMention" WHERE "organizationId" = $1`, [bulk.organizations[0]]),
    );
    expect(await n({ place: 'bulk-place-2' })).toBe(16);
    expect(await n({ publication: 'bulk-pub' })).toBe(80);
    const mid = new Date(Date.now() - 20 * 3_600_000).toISOString();
    expect(await n({ publishedAfter: mid })).toBe(await count(`SELECT count(*)::int AS n FROM "Article" WHERE "publishedAt" >= $1`, [mid]));
    expect(await n({ publishedBefore: mid, publication: 'bulk-pub' })).toBe(
      await count(`SELECT count(*)::int AS n FROM "Article" WHERE "publishedAt" < $1`, [mid]),
    );
  });

  it('reads a filter of one list (a tag, a person credited or mentioned, an organisation, a place) as that list, counted by its counter', async () => {
    const page = `edges { cursor node { slug } } pageInfo { hasNextPage endCursor }`;
    const q = `query ($f: ArticleFilter, $after: String) { articles(first: 7, after: $after, filter: $f) { totalCount ${page} } }`;
    const cases: [object, string][] = [
      [{ tags: { slugs: ['bulk-tag-2'] } }, `tag(slug: "bulk-tag-2") { articles(first: 7, after: $after) { totalCount ${page} } }`],
      [
        { tags: { slugs: ['bulk-tag-2', 'bulk-tag-2'], match: 'ALL' } },
        `tag(slug: "bulk-tag-2") { articles(first: 7, after: $after) { totalCount ${page} } }`,
      ],
      [
        { person: { slug: 'bulk-person-3', as: 'CREDITED' } },
        `person(slug: "bulk-person-3") { credits(first: 7, after: $after) { totalCount ${page} } }`,
      ],
      [
        { person: { slug: 'bulk-person-3', role: 'WRITING' } },
        `person(slug: "bulk-person-3") { credits(first: 7, after: $after, role: WRITING) { totalCount ${page} } }`,
      ],
      [
        { person: { slug: 'bulk-person-3', as: 'MENTIONED' } },
        `person(slug: "bulk-person-3") { mentionedIn(first: 7, after: $after) { totalCount ${page} } }`,
      ],
      [{ organization: 'bulk-org-2' }, `organization(slug: "bulk-org-2") { articles(first: 7, after: $after) { totalCount ${page} } }`],
      [{ place: 'bulk-place-3' }, `place(slug: "bulk-place-3") { articles(first: 7, after: $after) { totalCount ${page} } }`],
    ];
    for (const [f, own] of cases) {
      const ownQuery = `query ($after: String) { e: ${own} }`;
      const first = await countQueries(() => graphql(q, { f }));
      const list = Object.values((await graphql(ownQuery)).data.e)[0] as { pageInfo: { endCursor: string } };
      expect(first.result.data.articles).toEqual(list);
      expect(first.result.data.articles.totalCount).toBeGreaterThan(7);
      // One statement pages and counts (from the list's counter, not a semi-join over articles), one reads the articles.
      expect(first.statements).toHaveLength(2);
      expect(first.statements[0]).toContain('"ArticleListCount"');
      expect(first.statements[0]).not.toContain('EXISTS');
      const after = list.pageInfo.endCursor;
      const next = (await graphql(q, { f, after })).data.articles;
      expect(next).toEqual(Object.values((await graphql(ownQuery, { after })).data.e)[0]);
    }
    const unknown = await graphql(q, { f: { tags: { slugs: ['no-such-tag'] } } });
    expect(unknown.data.articles).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('gives each parent its own page in batched nested lists', async () => {
    const res = await graphql(
      `{ tags(first: 3) { edges { node { slug articleCount articles(first: 4) { totalCount edges { node { slug tags { slug } } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const { node: tag } of res.data.tags.edges) {
      expect(tag.articles.edges).toHaveLength(4);
      expect(tag.articles.totalCount).toBe(tag.articleCount);
      for (const e of tag.articles.edges) expect(e.node.tags.map((t: { slug: string }) => t.slug)).toContain(tag.slug);
    }
  });

  it('lists moreFromCategory newest first, never the article itself', async () => {
    const res = await graphql(
      `{ article(slug: "bulk-5") { category { slug } moreFromCategory(first: 100) { totalCount edges { node { slug category { slug } } } } } }`,
    );
    const a = res.data.article;
    const list = slugs(a.moreFromCategory);
    expect(list).not.toContain('bulk-5');
    expect(a.moreFromCategory.totalCount).toBe(list.length);
    expect(list.length).toBe(19);
    for (const e of a.moreFromCategory.edges) expect(e.node.category.slug).toBe(a.category.slug);
  });

  it('returns the category tree level by level and breadcrumbs', async () => {
    const res = await graphql(`{ categories { slug children { slug children { slug ancestors { slug } } } } }`);
    expect(res.data.categories.map((c: { slug: string }) => c.slug).sort()).toEqual(['bulk-other', 'bulk-root']);
    const root = res.data.categories.find((c: { slug: string }) => c.slug === 'bulk-root');
    expect(root.children[0].children[0]).toEqual({ slug: 'bulk-grandchild', ancestors: [{ slug: 'bulk-root' }, { slug: 'bulk-child' }] });
    const children = await graphql(`{ categories(parent: "bulk-root") { slug } }`);
    expect(children.data.categories).toEqual([{ slug: 'bulk-child' }]);
  });

  it('counts a list in the statement that pages it, empty lists included', async () => {
    const nobody = await makePerson({ slug: 'credited-nowhere' });
    const q = `{ person(slug: "${nobody.slug}") { credits(first: 3) { totalCount edges { node { slug } } pageInfo { hasNextPage } } } }`;
    const empty = await countQueries(() => graphql(q));
    expect(empty.result.data.person.credits).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    expect(empty.statements).toHaveLength(2);
    const busy = await countQueries(() => graphql(`{ person(slug: "bulk-person-1") { credits(first: 3) { totalCount } } }`));
    expect(busy.result.data.person.credits.totalCount).toBe(
      await count(
        'SELECT count(DISTINCT c."articleId")::int AS n FROM "ArticleCredit" c JOIN "Person" p ON p.id = c."personId" JOIN "Article" a ON a.id = c."articleId" WHERE p.slug = $1 AND a.status = \'PUBLISHED\' AND a."publishedAt" <= now()',
        ['bulk-person-1'],
      ),
    );
    expect(busy.statements).toHaveLength(2);
  });

  it('lists and counts an article once for a person credited in two roles on it', async () => {
    const [pub, cat, person] = await Promise.all([makePublication(), makeCategory(), makePerson({ slug: 'two-roles' })]);
    await makeArticle({
      slug: 'two-roles-a',
      publicationId: pub.id,
      categoryId: cat.id,
      credits: [
        { personId: person.id, role: 'REPORTING' },
        { personId: person.id, role: 'WRITING' },
      ],
    });
    await makeArticle({
      slug: 'two-roles-b',
      publicationId: pub.id,
      categoryId: cat.id,
      credits: [{ personId: person.id, role: 'WRITING' }],
    });
    const q = `query ($role: CreditRole) { person(slug: "two-roles") { credits(first: 10, role: $role) { totalCount edges { node { slug } } } } }`;
    const all = (await graphql(q)).data.person.credits;
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual(['two-roles-a', 'two-roles-b']);
    expect((await graphql(q, { role: 'WRITING' })).data.person.credits.totalCount).toBe(2);
    expect((await graphql(q, { role: 'REPORTING' })).data.person.credits).toEqual({
      totalCount: 1,
      edges: [{ node: { slug: 'two-roles-a' } }],
    });
  });

  it('pages lists of different fields in one statement, and reads their articles together when the selections agree', async () => {
    const list = (field: string, take: number) =>
      `${field}(first: 4) { totalCount edges { cursor node { slug moreFromCategory(first: ${take}) { edges { node { slug } } } } } }`;
    const alone = async (field: string, take: number) =>
      (await graphql(`{ person(slug: "bulk-person-1") { ${list(field, take)} } }`)).data.person[field];
    const both = async (takeA: number, takeB: number) =>
      countQueries(() => graphql(`{ person(slug: "bulk-person-1") { ${list('credits', takeA)} ${list('mentionedIn', takeB)} } }`));
    // Same selection under both lists: person, one page statement, one article read.
    const same = await both(2, 2);
    expect(same.result.data.person).toEqual({ credits: await alone('credits', 2), mentionedIn: await alone('mentionedIn', 2) });
    expect(same.result.data.person.credits.edges).toHaveLength(4);
    expect(same.statements).toHaveLength(3);
    // Different page sizes beneath: the article reads cannot share a statement, the pages still do.
    const differ = await both(1, 3);
    expect(differ.result.data.person).toEqual({ credits: await alone('credits', 1), mentionedIn: await alone('mentionedIn', 3) });
    expect(differ.statements).toHaveLength(4);
  });

  it('gives breadcrumbs of any depth: short ones in the category statement, deeper ones from the tree', async () => {
    let parentId: number | undefined;
    const chain: string[] = [];
    for (let depth = 0; depth < 9; depth++) {
      const c = await makeCategory({ slug: `deep-${depth}`, parentId });
      chain.push(c.slug);
      parentId = c.id;
    }
    const crumbs = async (slug: string) => {
      const { result, statements } = await countQueries(() => graphql(`{ category(slug: "${slug}") { ancestors { slug } } }`));
      return { slugs: result.data.category.ancestors.map((c: { slug: string }) => c.slug), statements: statements.length };
    };
    expect(await crumbs('deep-0')).toEqual({ slugs: [], statements: 1 });
    expect(await crumbs('deep-4')).toEqual({ slugs: chain.slice(0, 4), statements: 1 });
    expect(await crumbs('deep-8')).toEqual({ slugs: chain.slice(0, 8), statements: 2 });
  });
});
