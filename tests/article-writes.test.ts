import { describe, expect, it } from 'vitest';
import { countQueries, prisma, useCleanDb } from './helpers/db.ts';
import { makeArticle } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { CREATE, createDraft, gid, keyHeaders, newsroom, PUBLISH, UPDATE } from './helpers/articles.ts';

// Creating and editing every part of an article page through the API, renaming its slug, and the
// scopes each mutation needs.

useCleanDb();

describe('createArticle and updateArticle', () => {
  it('write every part of the page and read it back', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write');
    const related = await makeArticle({ publicationId: n.pub.id, categoryId: n.cat.id });
    const input = {
      clientMutationId: 'req-1',
      slug: 'harbour-dues-rise',
      title: 'Harbour dues rise for the first time in a decade',
      alternativeTitle: 'Port raises dues',
      summary: 'The port authority lifts fees by 4%.',
      body: [
        { type: 'paragraph', text: 'The port authority said on Monday that dues will rise.' },
        { type: 'heading', text: 'Why now' },
      ],
      categoryId: gid('Category', n.cat.id),
      publicationId: gid('Publication', n.pub.id),
      dateline: { placeId: gid('Place', n.place.id), agencyId: gid('Organization', n.org.id) },
      credits: [
        { personId: gid('Person', n.people[1].id), role: 'REPORTING' },
        { personId: gid('Person', n.people[0].id), role: 'WRITING' },
      ],
      mentions: [
        { entityId: gid('Organization', n.org.id), role: 'SUBJECT' },
        { entityId: gid('Person', n.people[0].id), role: 'QUOTED' },
        { entityId: gid('Place', n.place.id) },
      ],
      keyTakeaways: ['Dues rise 4%', 'First rise since 2016'],
      faq: [{ question: 'When?', answer: 'From January.' }],
      tagIds: [gid('Tag', n.tags[1].id), gid('Tag', n.tags[0].id)],
      relatedArticleIds: [gid('Article', related.id)],
      leadImage: {
        url: 'https://img.example/harbour.jpg',
        alt: 'Cranes at the harbour',
        caption: 'The container quay',
        credit: 'A. Photographer',
        width: 2000,
        height: 1000,
        focalPoint: { x: 0.3, y: 0.6 },
      },
    };
    const res = await graphql(CREATE, { input }, desk);
    expect(res.errors).toBeUndefined();
    const { clientMutationId, article } = res.data.createArticle;
    expect(clientMutationId).toBe('req-1');
    expect(article).toMatchObject({
      slug: 'harbour-dues-rise',
      status: 'DRAFT',
      version: 1,
      wordCount: 12,
      readingTimeMinutes: 1,
      publishedAt: expect.any(String),
      scheduledAt: null,
      dateline: { text: `${n.place.name.toUpperCase()} (${n.org.name})` },
      credits: [
        { role: 'REPORTING', person: { slug: n.people[1].slug } },
        { role: 'WRITING', person: { slug: n.people[0].slug } },
      ],
      mentions: [
        { role: 'QUOTED', entity: { __typename: 'Person', slug: n.people[0].slug } },
        { role: 'SUBJECT', entity: { __typename: 'Organization', slug: n.org.slug } },
        { role: 'MENTIONED', entity: { __typename: 'Place', slug: n.place.slug } },
      ],
      keyTakeaways: [{ text: 'Dues rise 4%' }, { text: 'First rise since 2016' }],
      faq: [{ question: 'When?', answer: 'From January.' }],
      leadImage: { url: input.leadImage.url, width: 2000, height: 1000, focalPoint: { x: 0.3, y: 0.6 } },
    });
    expect(article.tags.map((t: { slug: string }) => t.slug).sort()).toEqual([n.tags[0].slug, n.tags[1].slug].sort());
    expect(await prisma.relatedLink.count({ where: { relatedArticleId: related.id } })).toBe(1);

    // Partial: only the fields given change; null clears, [] empties.
    const upd = await graphql(
      UPDATE,
      {
        input: {
          id: article.id,
          expectedVersion: 1,
          title: 'Harbour dues to rise 4%',
          summary: null,
          tagIds: [gid('Tag', n.tags[2].id)],
          keyTakeaways: [],
          leadImage: null,
        },
      },
      desk,
    );
    expect(upd.errors).toBeUndefined();
    expect(upd.data.updateArticle.article).toMatchObject({
      title: 'Harbour dues to rise 4%',
      summary: null,
      alternativeTitle: 'Port raises dues',
      version: 2,
      keyTakeaways: [],
      leadImage: null,
      tags: [{ slug: n.tags[2].slug }],
      faq: [{ question: 'When?' }],
      credits: [{ role: 'REPORTING' }, { role: 'WRITING' }],
    });
    const body = await graphql(
      UPDATE,
      { input: { id: article.id, expectedVersion: 2, body: Array(3).fill({ type: 'paragraph', text: 'word '.repeat(100) }) } },
      desk,
    );
    expect(body.data.updateArticle.article).toMatchObject({ wordCount: 300, readingTimeMinutes: 2, version: 3 });
  });

  it('rename a slug: the old one keeps resolving, a taken one is refused', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    const other = await createDraft(desk, n);
    await graphql(PUBLISH, { input: { id: a.id } }, desk);
    const RENAME = `mutation ($input: RenameArticleSlugInput!) { renameArticleSlug(input: $input) { article { slug version } } }`;
    const res = await graphql(RENAME, { input: { id: a.id, slug: 'a-better-slug' } }, desk);
    expect(res.data.renameArticleSlug.article).toEqual({ slug: 'a-better-slug', version: 3 });
    const read = await graphql(`{ old: article(slug: "${a.slug}") { slug } current: article(slug: "a-better-slug") { slug } }`);
    expect(read.data).toEqual({ old: { slug: 'a-better-slug' }, current: { slug: 'a-better-slug' } });
    for (const slug of [other.slug, a.slug]) {
      const taken = await graphql(RENAME, { input: { id: other.id, slug } }, desk);
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    }
    const back = await graphql(RENAME, { input: { id: a.id, slug: a.slug } }, desk);
    expect(back.data.renameArticleSlug.article.slug).toBe(a.slug);
    expect((await graphql(`{ article(slug: "a-better-slug") { slug } }`)).data.article.slug).toBe(a.slug);
    const dup = await graphql(
      CREATE,
      { input: { slug: 'a-better-slug', title: 'x', categoryId: gid('Category', n.cat.id), publicationId: gid('Publication', n.pub.id) } },
      desk,
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
  });
});

describe('scopes', () => {
  it('refuse anonymous and wrong-scope writes before any SQL write', async () => {
    const n = await newsroom();
    const writer = await keyHeaders('write');
    const reader = await keyHeaders('preview');
    const a = await createDraft(writer, n);
    const cases: [string, Record<string, unknown>, { headers: Record<string, string> } | undefined, string][] = [
      [UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'x' } }, undefined, 'UNAUTHENTICATED'],
      [UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'x' } }, reader, 'FORBIDDEN'],
      [PUBLISH, { input: { id: a.id } }, writer, 'FORBIDDEN'],
      [
        CREATE,
        { input: { slug: 'x', title: 'x', categoryId: gid('Category', n.cat.id), publicationId: gid('Publication', n.pub.id) } },
        undefined,
        'UNAUTHENTICATED',
      ],
    ];
    for (const [query, variables, auth, code] of cases) {
      const { result, statements } = await countQueries(() => graphql(query, variables, auth));
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.data).toBeNull();
      expect(statements.filter((s) => /^\s*(insert|update|delete|begin)/i.test(s))).toEqual([]);
    }
    expect(await prisma.article.findMany({ select: { version: true, title: true } })).toEqual([{ version: 1, title: 'A story' }]);
  });
});
