import { describe, expect, it } from 'vitest';
import { CONTENT_FIELDS } from '../src/writes/article-input.ts';
import { prisma, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { createDraft, gid, keyHeaders, newsroom, PUBLISH, UPDATE } from './helpers/articles.ts';

// Every write appends a revision (who, when, the whole article); editors with `preview` read
// them; restoring one is an update with its content.

useCleanDb();

const REVISIONS = `query ($slug: String!) { article(slug: $slug) { title revisions { version author changedFields snapshot } } }`;

describe('article revisions', () => {
  it('are appended by every write and readable only with the preview scope', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const editor = await keyHeaders('preview');
    const a = await createDraft(desk, n, { tagIds: [gid('Tag', n.tags[0].id)] });
    await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Second title', tagIds: [gid('Tag', n.tags[1].id)] } }, desk);
    await graphql(PUBLISH, { input: { id: a.id } }, desk);

    const res = await graphql(REVISIONS, { slug: a.slug }, editor);
    expect(res.errors).toBeUndefined();
    const revisions = res.data.article.revisions;
    expect(revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);
    const deskName = (await prisma.apiKey.findFirstOrThrow({ orderBy: { id: 'asc' } })).name;
    expect(revisions.every((r: { author: string }) => r.author === deskName)).toBe(true);
    expect(revisions[0].changedFields).toEqual(['status', 'publishedAt']);
    expect(revisions[1].changedFields).toEqual(['title', 'tagIds']);
    expect(revisions[1].snapshot).toMatchObject({
      version: 2,
      title: 'Second title',
      status: 'DRAFT',
      tagIds: [gid('Tag', n.tags[1].id)],
      slug: a.slug,
    });

    for (const auth of [undefined, desk]) {
      const denied = await graphql(REVISIONS, { slug: a.slug }, auth);
      expect(denied.data.article).toEqual({ title: 'Second title', revisions: null });
      expect(denied.errors?.[0].extensions?.code).toBe(auth ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  it('restore through restoreArticleRevision, or through updateArticle with the snapshot', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'preview');
    const first = {
      title: 'First',
      summary: 'First summary',
      tagIds: [gid('Tag', n.tags[0].id)],
      credits: [{ personId: gid('Person', n.people[0].id), role: 'WRITING' }],
      mentions: [{ entityId: gid('Place', n.place.id), role: 'SUBJECT' }],
      faq: [{ question: 'Q?', answer: 'A.' }],
      leadImage: { url: 'https://img.example/a.jpg', alt: 'A picture', width: 800, height: 600 },
    };
    const a = await createDraft(desk, n, first);
    const second = await graphql(
      UPDATE,
      {
        input: {
          id: a.id,
          expectedVersion: 1,
          title: 'Second',
          summary: null,
          tagIds: [],
          credits: [],
          mentions: [],
          faq: [],
          leadImage: null,
          body: [{ type: 'paragraph', text: 'Rewritten.' }],
        },
      },
      desk,
    );
    expect(second.errors).toBeUndefined();

    const RESTORE = `mutation ($input: RestoreArticleRevisionInput!) { restoreArticleRevision(input: $input) { article { title summary version wordCount tags { id } leadImage { url } faq { question } } } }`;
    const stale = await graphql(RESTORE, { input: { id: a.id, version: 1, expectedVersion: 1 } }, desk);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const missing = await graphql(RESTORE, { input: { id: a.id, version: 9, expectedVersion: 2 } }, desk);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.version' });
    const restored = await graphql(RESTORE, { input: { id: a.id, version: 1, expectedVersion: 2 } }, desk);
    expect(restored.errors).toBeUndefined();
    expect(restored.data.restoreArticleRevision.article).toEqual({
      title: 'First',
      summary: 'First summary',
      version: 3,
      wordCount: 3,
      tags: [{ id: gid('Tag', n.tags[0].id) }],
      leadImage: { url: 'https://img.example/a.jpg' },
      faq: [{ question: 'Q?' }],
    });
    const [v1, v3] = await Promise.all([1, 3].map((version) => prisma.articleRevision.findFirstOrThrow({ where: { version } })));
    const content = (s: unknown) => Object.fromEntries(CONTENT_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f]]));
    expect(content(v3.snapshot)).toEqual(content(v1.snapshot));

    // The snapshot is in updateArticle's input form: sending it back restores it too.
    const viaUpdate = await graphql(
      UPDATE,
      {
        input: {
          id: a.id,
          expectedVersion: 3,
          ...content((await prisma.articleRevision.findFirstOrThrow({ where: { version: 2 } })).snapshot),
        },
      },
      desk,
    );
    expect(viaUpdate.errors).toBeUndefined();
    expect(viaUpdate.data.updateArticle.article).toMatchObject({ title: 'Second', summary: null, tags: [], leadImage: null, version: 4 });
  });
});
