import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { env } from '../src/env.ts';
import { type RecordedEvent, subscribeEvents } from '../src/events/outbox.ts';
import { prisma, useCleanDb } from './helpers/db.ts';
import { makeCategory } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { createDraft, gid, keyHeaders, newsroom, PUBLISH, UPDATE } from './helpers/articles.ts';

// The outbox: every committed article write records one event, in its transaction, naming the
// lists the article was in before and is in after; a consumer subscribes and gets them in order.

useCleanDb();

describe('outbox events of article writes', () => {
  it('are one row per committed write, none for a failed one', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const a = await createDraft(desk, n);
    const writes = [
      () => graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Two' } }, desk),
      () =>
        graphql(`mutation ($id: ID!) { renameArticleSlug(input: { id: $id, slug: "renamed" }) { article { slug } } }`, { id: a.id }, desk),
      () => graphql(PUBLISH, { input: { id: a.id } }, desk),
      () => graphql(UPDATE, { input: { id: a.id, expectedVersion: 4, summary: 'Now with a summary' } }, desk),
      () =>
        graphql(
          `mutation ($id: ID!) { restoreArticleRevision(input: { id: $id, version: 1, expectedVersion: 5 }) { article { title } } }`,
          { id: a.id },
          desk,
        ),
      () => graphql(`mutation ($id: ID!) { archiveArticle(input: { id: $id }) { article { status } } }`, { id: a.id }, desk),
    ];
    for (const write of writes) expect((await write()).errors).toBeUndefined();
    expect((await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Stale' } }, desk)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    const events = await prisma.outboxEvent.findMany({ orderBy: { id: 'asc' } });
    expect(events.map((e) => e.kind)).toEqual([
      'article.created',
      'article.updated',
      'article.renamed',
      'article.published',
      'article.updated',
      'article.restored',
      'article.archived',
    ]);
    expect(events.map((e) => (e.payload as { version: number }).version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(events.map((e) => e.actor)).size).toBe(1);
    expect(await prisma.articleRevision.count()).toBe(7);
    // A draft is in no public list; publishing enters them, archiving leaves them.
    expect(events[1].lists).toEqual([]);
    expect((events[3].payload as { entered: string[] }).entered).toEqual(
      expect.arrayContaining(['feed', `Category:${n.cat.id}`, `Category:${n.parent.id}`, `Publication:${n.pub.id}`]),
    );
    expect(events[6].payload as { left: string[]; entered: string[] }).toMatchObject({ entered: [], left: events[6].lists });
    expect(events[5].payload).toMatchObject({ restoredVersion: 1, changedFields: ['title', 'summary'] });
  });

  it('name the lists an article leaves as well as those it enters', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const other = await makeCategory();
    const [t1, t2] = n.tags;
    const a = await createDraft(desk, n, {
      tagIds: [gid('Tag', t1.id)],
      credits: [{ personId: gid('Person', n.people[0].id), role: 'WRITING' }],
      mentions: [{ entityId: gid('Organization', n.org.id) }, { entityId: gid('Place', n.place.id) }],
    });
    await graphql(PUBLISH, { input: { id: a.id } }, desk);
    const moved = await graphql(
      UPDATE,
      {
        input: {
          id: a.id,
          expectedVersion: 2,
          categoryId: gid('Category', other.id),
          tagIds: [gid('Tag', t2.id)],
          credits: [{ personId: gid('Person', n.people[1].id), role: 'REPORTING' }],
          mentions: [],
        },
      },
      desk,
    );
    expect(moved.errors).toBeUndefined();
    const event = await prisma.outboxEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(event.kind).toBe('article.updated');
    expect(new Set(event.lists)).toEqual(
      new Set([
        'feed',
        `Publication:${n.pub.id}`,
        `Category:${n.cat.id}`,
        `Category:${n.parent.id}`,
        `Category:${other.id}`,
        `Tag:${t1.id}`,
        `Tag:${t2.id}`,
        `Person:${n.people[0].id}`,
        `Person:${n.people[1].id}`,
        `Organization:${n.org.id}`,
        `Place:${n.place.id}`,
      ]),
    );
    expect(event.payload).toMatchObject({
      entered: expect.arrayContaining([`Category:${other.id}`, `Tag:${t2.id}`, `Person:${n.people[1].id}`]),
      left: expect.arrayContaining([
        `Category:${n.cat.id}`,
        `Category:${n.parent.id}`,
        `Tag:${t1.id}`,
        `Person:${n.people[0].id}`,
        `Organization:${n.org.id}`,
        `Place:${n.place.id}`,
      ]),
      changedFields: ['categoryId', 'credits', 'mentions', 'tagIds'],
    });
  });

  it('reach a subscriber in order, after commit', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const received: RecordedEvent[] = [];
    const sub = await subscribeEvents((events) => void received.push(...events), {
      url: env().DATABASE_URL!,
      schema: env().DATABASE_SCHEMA,
      pollMs: 200,
    });
    try {
      const a = await createDraft(desk, n);
      const b = await createDraft(desk, n);
      await graphql(PUBLISH, { input: { id: b.id } }, desk);
      await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Edited' } }, desk);
      await graphql(UPDATE, { input: { id: a.id, expectedVersion: 1, title: 'Stale: rolled back, never seen' } }, desk);
      for (let i = 0; i < 50 && received.length < 4; i++) await sleep(100);
      expect(received.map((e) => e.kind)).toEqual(['article.created', 'article.created', 'article.published', 'article.updated']);
      const ids = received.map((e) => e.id);
      expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
      expect(received[2]).toMatchObject({ entityType: 'Article', lists: expect.arrayContaining(['feed']) });
      await sleep(300);
      expect(received).toHaveLength(4);
    } finally {
      await sub.close();
    }
  });
});
