import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { publishDueArticles, startScheduler } from '../src/events/scheduler.ts';
import { prisma, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { decodeIDOrThrow } from '../src/schema/global-id.ts';
import { createDraft, keyHeaders, newsroom, PUBLISH } from './helpers/articles.ts';

// The workflow draft -> scheduled -> published -> archived, what anonymous readers see at each
// step, and scheduled articles published by the poll (safe with many instances polling).

useCleanDb();

const gidToId = (id: string) => decodeIDOrThrow(id, 'Article');

const publicSlug = async (slug: string) => (await graphql(`{ article(slug: "${slug}") { slug } }`)).data.article?.slug ?? null;
const act = (name: string, id: string, auth: { headers: Record<string, string> }) =>
  graphql(`mutation ($id: ID!) { ${name}(input: { id: $id }) { article { status version publishedAt scheduledAt } } }`, { id }, auth);

describe('the publishing workflow', () => {
  it('publishes, unpublishes, archives and republishes, visible to anonymous readers only while published', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    expect(await publicSlug(a.slug)).toBeNull();

    const published = await act('publishArticle', a.id, desk);
    expect(published.data.publishArticle.article).toMatchObject({ status: 'PUBLISHED', version: 2, scheduledAt: null });
    const firstPublishedAt = published.data.publishArticle.article.publishedAt;
    expect(await publicSlug(a.slug)).toBe(a.slug);
    expect((await act('publishArticle', a.id, desk)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });

    expect((await act('unpublishArticle', a.id, desk)).data.unpublishArticle.article.status).toBe('DRAFT');
    expect(await publicSlug(a.slug)).toBeNull();
    expect((await act('unpublishArticle', a.id, desk)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const again = await act('publishArticle', a.id, desk);
    expect(again.data.publishArticle.article.publishedAt).toBe(firstPublishedAt); // keeps its first publication time
    expect((await act('archiveArticle', a.id, desk)).data.archiveArticle.article).toMatchObject({ status: 'ARCHIVED', version: 5 });
    expect(await publicSlug(a.slug)).toBeNull();
    expect((await act('archiveArticle', a.id, desk)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await act('publishArticle', a.id, desk)).data.publishArticle.article.status).toBe('PUBLISHED');
    const kinds = (await prisma.outboxEvent.findMany({ orderBy: { id: 'asc' } })).map((e) => e.kind);
    expect(kinds).toEqual([
      'article.created',
      'article.published',
      'article.unpublished',
      'article.published',
      'article.archived',
      'article.published',
    ]);
  });

  it('schedules for a future time and refuses a past one', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    const past = await graphql(PUBLISH, { input: { id: a.id, at: new Date(Date.now() - 60_000).toISOString() } }, desk);
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.at' });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const res = await graphql(PUBLISH, { input: { id: a.id, at, expectedVersion: 1 } }, desk);
    expect(res.data.publishArticle.article).toMatchObject({ status: 'SCHEDULED', scheduledAt: at, version: 2 });
    expect(await publicSlug(a.slug)).toBeNull();
    expect(await publishDueArticles()).toBe(0);
    // Rescheduling, then unscheduling, are allowed; a scheduled article is not public.
    const sooner = new Date(Date.now() + 1_800_000).toISOString();
    expect((await graphql(PUBLISH, { input: { id: a.id, at: sooner } }, desk)).data.publishArticle.article.scheduledAt).toBe(sooner);
    expect((await act('unpublishArticle', a.id, desk)).data.unpublishArticle.article).toMatchObject({
      status: 'DRAFT',
      scheduledAt: null,
      publishedAt: expect.any(String),
    });
  });
});

describe('scheduled articles falling due', () => {
  it('are published once each, with an article.due event, by instances polling together', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const drafts = await Promise.all(Array.from({ length: 6 }, () => createDraft(desk, n)));
    const at = new Date(Date.now() + 1_500);
    for (const d of drafts) await graphql(PUBLISH, { input: { id: d.id, at: at.toISOString() } }, desk);
    expect(await publishDueArticles()).toBe(0);
    await sleep(Math.max(0, at.getTime() - Date.now()) + 100);
    // Four instances polling at the same moment share the work without repeating any of it.
    const counts = await Promise.all([publishDueArticles(), publishDueArticles(), publishDueArticles(), publishDueArticles()]);
    expect(counts.reduce((x, y) => x + y)).toBe(6);
    const due = await prisma.outboxEvent.findMany({ where: { kind: 'article.due' }, orderBy: { id: 'asc' } });
    expect(due.map((e) => e.entityId).sort()).toEqual(drafts.map((d) => gidToId(d.id)).sort());
    expect(due[0]).toMatchObject({
      actor: 'scheduler',
      lists: expect.arrayContaining(['feed', `Category:${n.cat.id}`, `Category:${n.parent.id}`]),
    });
    const rows = await prisma.article.findMany({ select: { status: true, publishedAt: true, scheduledAt: true, version: true } });
    expect(rows).toEqual(Array(6).fill({ status: 'PUBLISHED', publishedAt: at, scheduledAt: null, version: 3 }));
    expect(await prisma.articleRevision.count({ where: { author: 'scheduler' } })).toBe(6);
    expect(await publicSlug(drafts[0].slug)).toBe(drafts[0].slug);
  });

  it('are found by the poll each instance runs', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    await graphql(PUBLISH, { input: { id: a.id, at: new Date(Date.now() + 600).toISOString() } }, desk);
    const scheduler = startScheduler({ pollMs: 100 });
    try {
      for (let i = 0; i < 100 && (await prisma.article.findFirstOrThrow()).status !== 'PUBLISHED'; i++) await sleep(100);
    } finally {
      await scheduler.stop();
    }
    expect(await publicSlug(a.slug)).toBe(a.slug);
    expect(await prisma.outboxEvent.count({ where: { kind: 'article.due', entityId: gidToId(a.id) } })).toBe(1);
  });
});
