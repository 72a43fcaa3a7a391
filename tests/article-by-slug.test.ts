import { describe, expect, it } from 'vitest';
import { pool, useDemoContent } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';

useDemoContent();

const ARTICLE = `query ($slug: String, $id: ID) {
  article(slug: $slug, id: $id) { id slug title category { slug name } credits { role position person { name } } }
}`;

describe('article(slug:) and article(id:)', () => {
  it('returns a published article with its category and credits in order', async () => {
    const res = await graphql(ARTICLE, { slug: 'central-bank-holds-rates-steady' });
    expect(res.errors).toBeUndefined();
    const a = res.data.article;
    expect(a.slug).toBe('central-bank-holds-rates-steady');
    expect(a.title.length).toBeGreaterThan(10);
    expect(a.category.slug).toBeTruthy();
    expect(a.credits.map((c: { position: number }) => c.position)).toEqual([...a.credits.keys()]);
    expect(new Set(a.credits.map((c: { role: string }) => c.role))).toEqual(new Set(['REPORTING', 'WRITING', 'EDITING']));
    const byId = await graphql(ARTICLE, { id: a.id });
    expect(byId.data.article).toEqual(a);
  });

  it('resolves an old slug to the article under its canonical slug', async () => {
    const { rows } = await pool.query(
      'SELECT s.slug AS old, a.slug AS current FROM "ArticleSlug" s JOIN "Article" a ON a.id = s."articleId" LIMIT 1',
    );
    const res = await graphql(ARTICLE, { slug: rows[0].old });
    expect(res.data.article.slug).toBe(rows[0].current);
  });

  it('gives null, not an error, for an unknown slug and for articles readers may not see', async () => {
    const { rows } = await pool.query(
      `SELECT slug, status FROM "Article" WHERE status <> 'PUBLISHED' OR "publishedAt" > now() ORDER BY status`,
    );
    expect(rows.map((r) => r.status)).toEqual(expect.arrayContaining(['DRAFT', 'SCHEDULED']));
    for (const slug of ['no-such-article', ...rows.map((r) => r.slug)]) {
      const res = await graphql(ARTICLE, { slug });
      expect(res.errors).toBeUndefined();
      expect(res.data.article).toBeNull();
    }
  });

  it('rejects ambiguous or malformed arguments with BAD_USER_INPUT', async () => {
    for (const vars of [
      {},
      { slug: 'a', id: 'QXJ0aWNsZTox' },
      { id: 'not-an-id!' },
      { id: Buffer.from('Person:1').toString('base64url') },
    ]) {
      const res = await graphql(ARTICLE, vars);
      expect(res.status).toBe(200);
      expect(res.data?.article ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/\.ts:\d+/);
    }
  });

  it('fetches any node by global ID and rejects malformed or foreign IDs', async () => {
    const { rows } = await pool.query(`SELECT id FROM "Person" ORDER BY id LIMIT 1`);
    const personId = Buffer.from(`Person:${rows[0].id}`).toString('base64url');
    const node = await graphql('query ($id: ID!) { node(id: $id) { __typename id ... on Person { slug } } }', { id: personId });
    expect(node.data.node).toMatchObject({ __typename: 'Person', id: personId });
    for (const id of ['garbage!', Buffer.from('Secret:1').toString('base64url'), Buffer.from('Article:abc').toString('base64url')]) {
      const res = await graphql('query ($id: ID!) { node(id: $id) { id } }', { id });
      expect(res.errors?.[0].extensions?.code, id).toBe('BAD_USER_INPUT');
    }
    const many = await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(personId) });
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
