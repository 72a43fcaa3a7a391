import { beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../src/keys/keys.ts';
import { encodeGlobalID } from '../src/schema/global-id.ts';
import { countQueries, migrateOnce, prisma, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// Anonymous readers see only PUBLISHED articles whose publish time has passed, on every path.
// One visible article and three hidden ones (draft, scheduled, archived) share everything.
let ids: Record<'visible' | 'draft' | 'scheduled' | 'archived', number>;
const hidden = ['hidden-draft', 'hidden-scheduled', 'hidden-archived', 'hidden-future-published'];

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  const [pub, root, tag, person, org, place] = await Promise.all([
    makePublication({ slug: 'vis-pub' }),
    makeCategory({ slug: 'vis-root' }),
    makeTag({ slug: 'vis-tag' }),
    makePerson({ slug: 'vis-person' }),
    makeOrganization({ slug: 'vis-org' }),
    makePlace({ slug: 'vis-place' }),
  ]);
  const child = await makeCategory({ slug: 'vis-child', parentId: root.id });
  const shared = {
    publicationId: pub.id,
    categoryId: child.id,
    tagIds: [tag.id],
    credits: [{ personId: person.id, role: 'WRITING' as const }],
    people: [{ personId: person.id }],
    organizationIds: [org.id],
    placeIds: [place.id],
  };
  const draft = await makeArticle({ ...shared, slug: 'hidden-draft', status: 'DRAFT', publishedAt: null });
  const scheduled = await makeArticle({
    ...shared,
    slug: 'hidden-scheduled',
    status: 'SCHEDULED',
    publishedAt: new Date(Date.now() + 86_400_000),
  });
  // Marked PUBLISHED but due tomorrow: still hidden until its time comes.
  const future = await makeArticle({ ...shared, slug: 'hidden-future-published', publishedAt: new Date(Date.now() + 3_600_000) });
  const archived = await makeArticle({
    ...shared,
    slug: 'hidden-archived',
    status: 'ARCHIVED',
    publishedAt: new Date(Date.now() - 86_400_000),
  });
  const visible = await makeArticle({ ...shared, slug: 'visible', relatedIds: [draft.id, scheduled.id, archived.id, future.id] });
  const other = await makeArticle({ ...shared, slug: 'visible-other' });
  await prisma.articleSlug.create({ data: { slug: 'old-draft-slug', articleId: draft.id } });
  ids = { visible: visible.id, draft: draft.id, scheduled: scheduled.id, archived: archived.id };
  expect(other.id).toBeGreaterThan(0);
});

// Every path that lists or counts articles, in one operation.
const list = `totalCount edges { node { slug } }`;
const EVERY_LIST = `{
  articles(first: 100) { ${list} }
  feed: articles(first: 100, filter: { category: { slug: "vis-root" }, tags: { slugs: ["vis-tag"] }, person: { slug: "vis-person" } }) { ${list} }
  category(slug: "vis-root") { articles(first: 100) { ${list} } }
  tag(slug: "vis-tag") { articleCount articles(first: 100) { ${list} } }
  tags(first: 10) { edges { node { slug articleCount } } }
  person(slug: "vis-person") { credits(first: 100) { ${list} } writing: credits(first: 100, role: WRITING) { ${list} } mentionedIn(first: 100) { ${list} } }
  organization(slug: "vis-org") { articles(first: 100) { ${list} } }
  place(slug: "vis-place") { articles(first: 100) { ${list} } }
  publication(slug: "vis-pub") { articles(first: 100) { ${list} } }
  article(slug: "visible") { moreFromCategory(first: 100) { ${list} } related(first: 50) { edges { node { slug } } } }
}`;

const slugsIn = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/"slug":"[^"]+"/g)
    ?.map((m) => m.slice(8, -1)) ?? [];

describe('visibility of unpublished articles', () => {
  it('is enforced by article(slug:), article(id:), node and nodes', async () => {
    for (const slug of [...hidden, 'old-draft-slug']) {
      expect((await graphql('query ($s: String) { article(slug: $s) { slug } }', { s: slug })).data.article).toBeNull();
    }
    for (const key of ['draft', 'scheduled', 'archived'] as const) {
      const id = encodeGlobalID('Article', ids[key]);
      expect((await graphql('query ($id: ID) { article(id: $id) { slug } }', { id })).data.article).toBeNull();
      expect((await graphql('query ($id: ID!) { node(id: $id) { id } }', { id })).data.node).toBeNull();
    }
    const all = Object.values(ids).map((id) => encodeGlobalID('Article', id));
    const res = await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { slug } } }', { ids: all });
    expect(res.data.nodes).toEqual([{ slug: 'visible' }, null, null, null]);
  });

  it('is enforced by every list, count and related path', async () => {
    const res = await graphql(EVERY_LIST);
    expect(res.errors).toBeUndefined();
    const seen = slugsIn(res.data);
    for (const slug of hidden) expect(seen).not.toContain(slug);
    expect(seen).toContain('visible-other');
    const d = res.data;
    for (const conn of [
      d.articles,
      d.feed,
      d.category.articles,
      d.tag.articles,
      d.person.credits,
      d.person.writing,
      d.person.mentionedIn,
      d.organization.articles,
      d.place.articles,
      d.publication.articles,
    ]) {
      expect(conn.totalCount).toBe(2);
      expect(conn.edges).toHaveLength(2);
    }
    expect(d.tag.articleCount).toBe(2);
    expect(d.tags.edges[0].node.articleCount).toBe(2);
    expect(d.article.moreFromCategory.totalCount).toBe(1);
    expect(d.article.related.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['visible-other']);
  });

  it('lets an article appear once its scheduled time has passed', async () => {
    await prisma.article.update({ where: { id: ids.scheduled }, data: { status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000) } });
    try {
      const res = await graphql('{ tag(slug: "vis-tag") { articleCount articles(first: 10) { edges { node { slug } } } } }');
      expect(res.data.tag.articleCount).toBe(3);
      expect(slugsIn(res.data)).toContain('hidden-scheduled');
    } finally {
      await prisma.article.update({
        where: { id: ids.scheduled },
        data: { status: 'SCHEDULED', publishedAt: new Date(Date.now() + 86_400_000) },
      });
    }
  });
});

describe('preview', () => {
  const all = ['visible', 'visible-other', ...hidden];
  const as = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
  let preview: string;
  let writer: string;
  beforeAll(async () => {
    preview = (await createKey('vis-preview', ['preview'])).key;
    writer = (await createKey('vis-writer', ['write', 'publish'])).key;
  });

  it('shows drafts, scheduled and archived articles through article, node and nodes', async () => {
    for (const slug of hidden) {
      const res = await graphql('query ($s: String) { article(slug: $s) { slug publishedAt } }', { s: slug }, as(preview));
      expect(res.data.article.slug).toBe(slug);
    }
    const former = await graphql('{ article(slug: "old-draft-slug") { slug } }', {}, as(preview));
    expect(former.data.article).toEqual({ slug: 'hidden-draft' });
    for (const key of ['draft', 'scheduled', 'archived'] as const) {
      const id = encodeGlobalID('Article', ids[key]);
      expect((await graphql('query ($id: ID) { article(id: $id) { id } }', { id }, as(preview))).data.article).toEqual({ id });
      expect((await graphql('query ($id: ID!) { node(id: $id) { id } }', { id }, as(preview))).data.node).toEqual({ id });
    }
    const globalIds = Object.values(ids).map((id) => encodeGlobalID('Article', id));
    const res = await graphql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { slug } } }', { ids: globalIds }, as(preview));
    expect(res.data.nodes).toEqual([
      { slug: 'visible' },
      { slug: 'hidden-draft' },
      { slug: 'hidden-scheduled' },
      { slug: 'hidden-archived' },
    ]);
  });

  it('shows them in every list, count and related list', async () => {
    const { result: res, statements } = await countQueries(() => graphql(EVERY_LIST, {}, as(preview)));
    const anonymous = await countQueries(() => graphql(EVERY_LIST));
    // The plain path costs no more statements than the public one, but for the key's lookup and
    // the related ranking, read on its own rather than inside the article's statement.
    expect(statements.length).toBe(anonymous.statements.length + 2);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    for (const conn of [
      d.articles,
      d.feed,
      d.category.articles,
      d.tag.articles,
      d.person.credits,
      d.person.writing,
      d.person.mentionedIn,
      d.organization.articles,
      d.place.articles,
      d.publication.articles,
    ]) {
      expect(conn.totalCount).toBe(all.length);
      expect(conn.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual([...all].sort());
    }
    expect(d.tag.articleCount).toBe(all.length);
    expect(d.tags.edges[0].node.articleCount).toBe(all.length);
    expect(d.article.moreFromCategory.totalCount).toBe(all.length - 1);
    expect(slugsIn(d.article.moreFromCategory).sort()).toEqual(all.filter((s) => s !== 'visible').sort());
    // Editor picks first (draft, scheduled, archived, future: in their order), then the rest.
    expect(d.article.related.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'hidden-draft',
      'hidden-scheduled',
      'hidden-archived',
      'hidden-future-published',
      'visible-other',
    ]);
  });

  it('pages through a list with drafts without skipping or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res = await graphql(
        'query ($after: String) { tag(slug: "vis-tag") { articles(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } } }',
        { after },
        as(preview),
      );
      const page = res.data.tag.articles as { edges: { node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      seen.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([...all].sort());
  });

  it('ranks related articles of a draft', async () => {
    const res = await graphql(
      '{ article(slug: "hidden-draft") { related(first: 10) { edges { score node { slug } } } } }',
      {},
      as(preview),
    );
    expect(res.errors).toBeUndefined();
    expect(slugsIn(res.data).sort()).toEqual(all.filter((s) => s !== 'hidden-draft').sort());
  });

  it('is not given by a key without the preview scope', async () => {
    const res = await graphql(EVERY_LIST, {}, as(writer));
    expect(res.errors).toBeUndefined();
    const seen = slugsIn(res.data);
    for (const slug of hidden) expect(seen).not.toContain(slug);
    expect(res.data.tag.articleCount).toBe(2);
    expect((await graphql('{ article(slug: "hidden-draft") { slug } }', {}, as(writer))).data.article).toBeNull();
  });
});
