import { beforeEach, describe, expect, it } from 'vitest';
import { createKey } from '../src/keys/keys.ts';
import { encodeGlobalID } from '../src/schema/global-id.ts';
import { checksum } from './helpers/checksum.ts';
import { pool, useCleanDb } from './helpers/db.ts';
import { makeArticle, makeCategory, makePublication } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

useCleanDb();

let admin: Record<string, string>;
beforeEach(async () => {
  admin = { authorization: `Bearer ${(await createKey('tree-admin', ['admin'])).key}` };
});

const gid = (id: number) => encodeGlobalID('Category', id);
const MOVE = `mutation($input: UpdateCategoryInput!) {
  updateCategory(input: $input) { category { slug position parent { slug } ancestors { slug } } }
}`;
const move = (id: number, parent: number | null, extra: Record<string, unknown> = {}) =>
  graphql(MOVE, { input: { id: gid(id), parentId: parent == null ? null : gid(parent), ...extra } }, { headers: admin });
const lastEvent = async () => (await pool.query(`SELECT kind, lists, payload FROM "OutboxEvent" ORDER BY id DESC LIMIT 1`)).rows[0];

describe('the category tree', () => {
  it('creates categories under a parent, after the last sibling, with the parent chain in the event', async () => {
    const top = await graphql(
      `mutation { createCategory(input: { slug: "finance", name: "Finance" }) { category { id position } } }`,
      {},
      { headers: admin },
    );
    const topId = top.data.createCategory.category.id;
    expect(top.data.createCategory.category.position).toBe(0);
    const a = await graphql(
      `mutation($p: ID) { createCategory(input: { slug: "banking", name: "Banking", parentId: $p }) { category { position parent { slug } ancestors { slug } } } }`,
      { p: topId },
      { headers: admin },
    );
    expect(a.data.createCategory.category).toEqual({ position: 0, parent: { slug: 'finance' }, ancestors: [{ slug: 'finance' }] });
    const b = await graphql(
      `mutation($p: ID) { createCategory(input: { slug: "markets", name: "Markets", parentId: $p }) { category { position } } }`,
      { p: topId },
      { headers: admin },
    );
    expect(b.data.createCategory.category.position).toBe(1);
    const { rows } = await pool.query(`SELECT kind, lists FROM "OutboxEvent" ORDER BY id`);
    expect(rows[0]).toEqual({ kind: 'category.created', lists: ['Category:1', 'categories'] });
    expect(rows[1]).toEqual({ kind: 'category.created', lists: ['Category:2', 'Category:1'] });
  });

  it('moves a category, naming the old and new ancestor chains, and the tree reads follow', async () => {
    const pub = await makePublication();
    const finance = await makeCategory({ slug: 'finance' });
    const banking = await makeCategory({ slug: 'banking', parentId: finance.id });
    const retail = await makeCategory({ slug: 'retail', parentId: banking.id });
    const world = await makeCategory({ slug: 'world' });
    await makeArticle({ slug: 'in-retail', publicationId: pub.id, categoryId: retail.id });

    const res = await move(banking.id, world.id);
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCategory.category).toEqual({
      slug: 'banking',
      position: 0,
      parent: { slug: 'world' },
      ancestors: [{ slug: 'world' }],
    });
    expect(await lastEvent()).toEqual({
      kind: 'category.moved',
      lists: [`Category:${banking.id}`, `Category:${finance.id}`, `Category:${world.id}`],
      payload: { from: finance.id, to: world.id, changed: ['parentId'] },
    });

    const read = await graphql(`{
      retail: category(slug: "retail") { ancestors { slug } }
      finance: category(slug: "finance") { children { slug } articles { totalCount } }
      world: category(slug: "world") { children { slug } articles { edges { node { slug } } } }
    }`);
    expect(read.data.retail.ancestors).toEqual([{ slug: 'world' }, { slug: 'banking' }]);
    expect(read.data.finance).toEqual({ children: [], articles: { totalCount: 0 } });
    expect(read.data.world.children).toEqual([{ slug: 'banking' }]);
    expect(read.data.world.articles.edges).toEqual([{ node: { slug: 'in-retail' } }]);

    const toTop = await move(retail.id, null, { position: 7 });
    expect(toTop.data.updateCategory.category).toMatchObject({ position: 7, parent: null, ancestors: [] });
    expect((await lastEvent()).lists).toEqual([`Category:${retail.id}`, `Category:${banking.id}`, `Category:${world.id}`, 'categories']);
  });

  it('refuses a move under itself or a descendant (a cycle), changing nothing', async () => {
    const a = await makeCategory({ slug: 'a' });
    const b = await makeCategory({ slug: 'b', parentId: a.id });
    const c = await makeCategory({ slug: 'c', parentId: b.id });
    const before = await checksum();
    for (const [id, parent] of [
      [a.id, c.id],
      [a.id, b.id],
      [b.id, b.id],
    ]) {
      const res = await move(id, parent);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId', reason: 'CYCLE' });
    }
    expect(await checksum()).toEqual(before);
  });

  it('lets only one of two crossing moves win, so no cycle can form concurrently', async () => {
    const x = await makeCategory({ slug: 'x' });
    const y = await makeCategory({ slug: 'y' });
    const results = await Promise.all([move(x.id, y.id), move(y.id, x.id)]);
    const reasons = results.map((r) => r.errors?.[0].extensions?.reason ?? 'ok').sort();
    expect(reasons).toEqual(['CYCLE', 'ok']);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "Category" WHERE "parentId" IS NULL`);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a tree deeper than 10 levels', async () => {
    let parent = (await makeCategory({ slug: 'level-1' })).id;
    for (let i = 2; i <= 10; i++) parent = (await makeCategory({ slug: `level-${i}`, parentId: parent })).id;
    const res = await graphql(
      `mutation($p: ID) { createCategory(input: { slug: "level-11", name: "Too deep", parentId: $p }) { category { id } } }`,
      { p: gid(parent) },
      { headers: admin },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId', reason: 'TOO_DEEP' });
  });

  it('reads the tree anew after each move within one operation (breadcrumbs deeper than one statement reads)', async () => {
    let parent = (await makeCategory({ slug: 'd1' })).id;
    const ids = [parent];
    for (let i = 2; i <= 9; i++) {
      parent = (await makeCategory({ slug: `d${i}`, parentId: parent })).id;
      ids.push(parent);
    }
    const other = await makeCategory({ slug: 'other' });
    const res = await graphql(
      `mutation($a: UpdateCategoryInput!, $b: UpdateCategoryInput!, $c: UpdateCategoryInput!) {
        first: updateCategory(input: $a) { category { ancestors { slug } } }
        second: updateCategory(input: $b) { category { ancestors { slug } } }
        third: updateCategory(input: $c) { category { ancestors { slug } } }
      }`,
      { a: { id: gid(ids[8]), name: 'Deep' }, b: { id: gid(ids[2]), parentId: gid(other.id) }, c: { id: gid(ids[8]), name: 'Deeper' } },
      { headers: admin },
    );
    expect(res.errors).toBeUndefined();
    const slugs = (r: { category: { ancestors: { slug: string }[] } }) => r.category.ancestors.map((c) => c.slug);
    expect(slugs(res.data.first)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
    expect(slugs(res.data.second)).toEqual(['other']);
    expect(slugs(res.data.third)).toEqual(['other', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8']);
  });
});
