import { beforeAll, describe, expect, it } from 'vitest';
import { seedBulk } from './helpers/bulk.ts';
import { countQueries, migrateOnce, pool, truncateAll } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { operation } from './helpers/operations.ts';

// The canonical operations cost a small, fixed number of SQL statements, the same for page
// sizes 5 and 50. The counts are recorded in the README; raise them there too if a change must.
const BUDGET = { 'article-page': 1, 'home-feed': 1, 'category-page': 3, 'person-page': 3 } as const;

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  await seedBulk(300);
});

async function run(name: keyof typeof BUDGET, variables: Record<string, unknown>) {
  const { result, statements } = await countQueries(() => graphql(operation(name), variables));
  expect(result.errors).toBeUndefined();
  return { data: result.data, statements: statements.length, sql: statements };
}

describe('SQL statements per canonical operation', () => {
  it('article page: every field, moreFromCategory and related', async () => {
    const small = await run('article-page', { slug: 'bulk-10', first: 5 });
    const large = await run('article-page', { slug: 'bulk-10', first: 50 });
    expect(small.data.article.moreFromCategory.edges).toHaveLength(5);
    expect(large.data.article.moreFromCategory.edges).toHaveLength(50);
    expect(small.data.article.related.edges).toHaveLength(5);
    expect(large.data.article.related.edges).toHaveLength(50);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(BUDGET['article-page']);
  });

  it('home feed: articles with category, credits, tags and moreFromCategory(first: 3) each', async () => {
    const small = await run('home-feed', { first: 5 });
    const large = await run('home-feed', { first: 50 });
    expect(small.data.articles.edges).toHaveLength(5);
    expect(large.data.articles.edges).toHaveLength(50);
    for (const e of large.data.articles.edges) expect(e.node.moreFromCategory.edges).toHaveLength(3);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(BUDGET['home-feed']);
  });

  it('category page: breadcrumb, children and articles of the whole subtree', async () => {
    const small = await run('category-page', { slug: 'bulk-child', first: 5 });
    const large = await run('category-page', { slug: 'bulk-child', first: 50 });
    expect(large.data.category.ancestors.map((c: { slug: string }) => c.slug)).toEqual(['bulk-root']);
    expect(large.data.category.children.map((c: { slug: string }) => c.slug)).toEqual(['bulk-grandchild']);
    expect(small.data.category.articles.edges).toHaveLength(5);
    expect(large.data.category.articles.edges).toHaveLength(50);
    expect(large.data.category.articles.totalCount).toBe(150);
    // The total is the subtree's counters (migration category_counts), not a count of its articles.
    expect(large.sql.find((s) => s.includes('"ArticleListCount"'))).toMatch(/k\.list = 'category'/);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(BUDGET['category-page']);
  });

  it('person page: credits and mentions', async () => {
    const small = await run('person-page', { slug: 'bulk-person-1', first: 5 });
    const large = await run('person-page', { slug: 'bulk-person-1', first: 50 });
    expect(large.data.person.credits.edges).toHaveLength(50);
    expect(large.data.person.mentionedIn.edges).toHaveLength(50);
    expect(small.data.person.credits.edges).toHaveLength(5);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(BUDGET['person-page']);
  });

  it('cards read no join-row columns they never show, and what is asked of people and tags', async () => {
    const feed = await run('home-feed', { first: 5 });
    const [sql] = feed.sql;
    // Credits and tags read their person or tag, not the join rows' publish-time copy.
    for (const table of ['ArticleCredit', 'ArticleTag']) {
      const alias = sql.match(new RegExp(`FROM "${table}" (t\\d+)`))?.[1];
      expect(alias).toBeDefined();
      expect(sql).not.toContain(`${alias}."publishedAt"`);
    }
    // A tag shows its name and slug; its description is read only when asked for (below).
    const tag = sql.match(/FROM "Tag" (t\d+)/)?.[1];
    expect(tag).toBeDefined();
    expect(sql).not.toContain(`${tag}."description"`);
    await pool.query(`UPDATE "Person" SET "shortBio" = 'About ' || name`);
    await pool.query(`UPDATE "Tag" SET description = 'About ' || name`);
    const q = `{ articles(first: 3) { edges { node { credits { position person { name shortBio } } tags { name description }
      mentions { entity { ... on Person { name shortBio } } } } } } }`;
    const { result, statements } = await countQueries(() => graphql(q));
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const nodes = result.data.articles.edges.map((e: { node: Record<string, { name?: string }[]> }) => e.node);
    type Named = { name: string; shortBio?: string; description?: string };
    const people: Named[] = nodes.flatMap((n: { credits: { person: Named }[]; mentions: { entity: Named }[] }) => [
      ...n.credits.map((c) => c.person),
      ...n.mentions.map((m) => m.entity).filter((e) => e.name !== undefined),
    ]);
    const tags: Named[] = nodes.flatMap((n: { tags: Named[] }) => n.tags);
    expect(people.length).toBe(12);
    expect(tags.length).toBe(9);
    for (const p of people) expect(p.shortBio).toBe(`About ${p.name}`);
    for (const t of tags) expect(t.description).toBe(`About ${t.name}`);
  });

  it('batches a connection across 50 parents: tags of 50 articles each listing 3 articles', async () => {
    const q = `query ($first: Int) { articles(first: $first) { edges { node { tags { articles(first: 3) { totalCount edges { node { slug } } } } related(first: 3) { edges { node { slug } } } } } } }`;
    const small = await countQueries(() => graphql(q, { first: 5 }));
    const large = await countQueries(() => graphql(q, { first: 50 }));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.articles.edges).toHaveLength(50);
    expect(large.statements.length).toBe(small.statements.length);
  });
});
