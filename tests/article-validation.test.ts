import { describe, expect, it } from 'vitest';
import { prisma, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { checksum } from './helpers/checksum.ts';
import { CREATE, createDraft, gid, keyHeaders, newsroom, UPDATE } from './helpers/articles.ts';

// Every input is checked: a bad one fails with BAD_USER_INPUT naming the field path, and a
// failed mutation leaves every row of every table exactly as it was.

useCleanDb();

describe('validation of article input', () => {
  it('names the field path of what is wrong', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write');
    const a = await createDraft(desk, n);
    const person = gid('Person', n.people[0].id);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ title: '' }, 'input.title', /empty/],
      [{ title: 'x'.repeat(301) }, 'input.title', /at most 300/],
      [{ title: 'Null\u0000byte' }, 'input.title', /control/],
      [{ title: 'Two\nlines' }, 'input.title', /control/],
      [{ summary: 'evil \u202Egnp.exe' }, 'input.summary', /bidi/],
      [
        {
          body: [
            { type: 'paragraph', text: 'ok' },
            { type: 'video', url: 'x' },
          ],
        },
        'input.body[1].type',
        /./,
      ],
      [{ body: [{ type: 'list', items: ['a', 'b\u0007'] }] }, 'input.body[0].items[1]', /control/],
      [{ body: [{ type: 'image', url: 'javascript:alert(1)', alt: 'x' }] }, 'input.body[0].url', /./],
      [
        {
          credits: [
            { personId: person, role: 'WRITING' },
            { personId: person, role: 'EDITING' },
            { personId: person, role: 'WRITING' },
          ],
        },
        'input.credits[2].role',
        /repeats/,
      ],
      [{ credits: [{ personId: gid('Tag', n.tags[0].id), role: 'WRITING' }] }, 'input.credits[0].personId', /Tag ID/],
      [{ credits: [{ personId: gid('Person', 999_999), role: 'WRITING' }] }, 'input.credits[0].personId', /no such ID/],
      [{ mentions: [{ entityId: gid('Category', n.cat.id) }] }, 'input.mentions[0].entityId', /Person, Organization or Place/],
      [{ tagIds: [gid('Tag', n.tags[0].id), 'not-an-id'] }, 'input.tagIds[1]', /not a valid ID/],
      [{ tagIds: [gid('Tag', n.tags[0].id), gid('Tag', 424242)] }, 'input.tagIds[1]', /no such ID/],
      [{ tagIds: Array.from({ length: 31 }, (_, i) => gid('Tag', i + 1)) }, 'input.tagIds', /at most 30/],
      [{ relatedArticleIds: [a.id] }, 'input.relatedArticleIds[0]', /itself/],
      [{ categoryId: gid('Category', 777) }, 'input.categoryId', /no such ID/],
      [{ dateline: { placeId: gid('Place', 777) } }, 'input.dateline.placeId', /no such ID/],
      [{ leadImage: { url: 'ftp://img.example/x.jpg', alt: 'x', width: 10, height: 10 } }, 'input.leadImage.url', /http/],
      [{ leadImage: { url: 'https://img.example/x.jpg', alt: 'x', width: 10, height: 0 } }, 'input.leadImage.height', /./],
      [
        { leadImage: { url: 'https://img.example/x.jpg', alt: 'x', width: 10, height: 10, focalPoint: { x: 1.5, y: 0 } } },
        'input.leadImage.focalPoint.x',
        /between 0 and 1/,
      ],
      [{ faq: [{ question: 'Why?', answer: '  ' }] }, 'input.faq[0].answer', /empty/],
      [{ keyTakeaways: Array(11).fill('x') }, 'input.keyTakeaways', /at most 10/],
      [{ expectedVersion: 0 }, 'input.expectedVersion', /1 or more/],
    ];
    for (const [fields, field, message] of cases) {
      const res = await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, ...fields } }, desk);
      expect(res.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0].message, field).toMatch(message);
      expect(res.errors?.[0].message).not.toMatch(/prisma|at \w+ \(/i);
    }
    const badEnum = await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, credits: [{ personId: person, role: 'BOSS' }] } }, desk);
    // Refused by GraphQL's own variable coercion, before any resolver runs.
    expect(badEnum.status).toBeLessThan(500);
    expect(badEnum.errors?.[0].message).toMatch(/input\.credits\[0\]\.role.*BOSS|BOSS/);
    const badSlug = await graphql(
      CREATE,
      { input: { slug: 'Not A Slug', title: 'x', categoryId: gid('Category', n.cat.id), publicationId: gid('Publication', n.pub.id) } },
      desk,
    );
    expect(badSlug.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    const badId = await graphql(UPDATE, { input: { id: gid('Tag', 1), expectedVersion: 1, title: 'x' } }, desk);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const missing = await graphql(UPDATE, { input: { id: gid('Article', 999), expectedVersion: 1, title: 'x' } }, desk);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await prisma.article.findFirstOrThrow({ select: { version: true } })).toEqual({ version: 1 });
  });

  it('normalises text to NFC and trims it', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write');
    const a = await createDraft(desk, n);
    const res = await graphql(
      UPDATE,
      {
        input: {
          id: a.id,
          expectedVersion: 1,
          title: '  Cafe\u0301 society ',
          body: [{ type: 'paragraph', text: 'Nai\u0308ve\tprose,\nover two lines.' }],
        },
      },
      desk,
    );
    expect(res.errors).toBeUndefined();
    const row = await prisma.article.findFirstOrThrow({ select: { title: true, body: true } });
    expect(row.title).toBe('Caf\u00e9 society');
    expect(row.body).toEqual([{ type: 'paragraph', text: 'Na\u00efve\tprose,\nover two lines.' }]);
  });
});

describe('a failed mutation', () => {
  it('leaves the database byte-identical', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n, {
      tagIds: [gid('Tag', n.tags[0].id)],
      credits: [{ personId: gid('Person', n.people[0].id), role: 'WRITING' }],
    });
    await graphql(`mutation ($id: ID!) { publishArticle(input: { id: $id }) { article { id } } }`, { id: a.id }, desk);
    const before = await checksum();
    // Each fails after the transaction has already written something (the version bump, the
    // article row, the first lists), so only a rollback can leave nothing behind.
    const failing: [string, Record<string, unknown>][] = [
      [UPDATE, { input: { id: a.id, expectedVersion: 2, title: 'Changed', tagIds: [gid('Tag', n.tags[1].id), gid('Tag', 9999)] } }],
      [UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Stale' } }],
      [
        CREATE,
        { input: { slug: a.slug, title: 'Same slug', categoryId: gid('Category', n.cat.id), publicationId: gid('Publication', n.pub.id) } },
      ],
      [
        CREATE,
        {
          input: {
            slug: 'fresh-slug',
            title: 'Unknown person',
            categoryId: gid('Category', n.cat.id),
            publicationId: gid('Publication', n.pub.id),
            credits: [{ personId: gid('Person', 4040), role: 'EDITING' }],
          },
        },
      ],
      [`mutation ($id: ID!) { publishArticle(input: { id: $id }) { article { id } } }`, { id: a.id }],
    ];
    for (const [query, variables] of failing) {
      const res = await graphql(query, variables, desk);
      expect(res.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|CONFLICT/);
      expect(await checksum()).toEqual(before);
    }
  });
});
