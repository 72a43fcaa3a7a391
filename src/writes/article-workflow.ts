import type { ArticleStatus } from '../generated/prisma/enums.ts';
import { lockListCounters } from './article-content.ts';
import { fieldError } from './article-input.ts';
import { isListed, readState, type Snapshot, type Tx } from './article-state.ts';
import { finish, lockForWrite, type Written } from './articles.ts';
import { inTransaction } from './transaction.ts';

// The publishing workflow: draft -> scheduled -> published -> archived, and back to draft by
// unpublishing. Each transition is an article write like any other (version, revision, event).

export type Transition = 'publish' | 'unpublish' | 'archive' | 'due';

interface Next {
  kind: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  scheduledAt: Date | null;
}

/** The workflow: draft -> scheduled -> published -> archived, and back by unpublishing. */
function next(before: Snapshot, action: Transition, at: Date | null, now: Date): Next {
  const s = before.status;
  const published = before.publishedAt ? new Date(before.publishedAt) : null;
  const wrong = (message: string, field = 'input.id') => fieldError(field, message);
  switch (action) {
    case 'publish':
      if (at) {
        if (at.getTime() <= now.getTime()) throw wrong('must be in the future; leave it out to publish now', 'input.at');
        if (s === 'PUBLISHED') throw wrong('the article is published: unpublish it before scheduling it', 'input.at');
        return { kind: 'article.scheduled', status: 'SCHEDULED', publishedAt: at, scheduledAt: at };
      }
      if (s === 'PUBLISHED') throw wrong('the article is published already');
      // An article published before keeps its first publication time; otherwise it is now.
      return {
        kind: 'article.published',
        status: 'PUBLISHED',
        publishedAt: s !== 'SCHEDULED' && published && published <= now ? published : now,
        scheduledAt: null,
      };
    case 'unpublish':
      if (s !== 'PUBLISHED' && s !== 'SCHEDULED') throw wrong(`the article is ${s.toLowerCase()}, not published or scheduled`);
      return { kind: 'article.unpublished', status: 'DRAFT', publishedAt: s === 'PUBLISHED' ? published : null, scheduledAt: null };
    case 'archive':
      if (s === 'ARCHIVED') throw wrong('the article is archived already');
      return { kind: 'article.archived', status: 'ARCHIVED', publishedAt: s === 'SCHEDULED' ? null : published, scheduledAt: null };
    case 'due':
      return {
        kind: 'article.due',
        status: 'PUBLISHED',
        publishedAt: before.scheduledAt ? new Date(before.scheduledAt) : now,
        scheduledAt: null,
      };
  }
}

async function transitionIn(tx: Tx, actor: string, id: number, action: Transition, at: Date | null, expectedVersion: number | null) {
  const before = await lockForWrite(tx, id, expectedVersion);
  const { kind, ...data } = next(before.snapshot, action, at, new Date());
  if (isListed(before) || data.status === 'PUBLISHED') await lockListCounters(tx, [before]);
  await tx.article.update({ where: { id }, data, select: { id: true } });
  return finish(tx, actor, kind, before, await readState(tx, id));
}

export function transitionArticle(
  actor: string,
  id: number,
  action: Exclude<Transition, 'due'>,
  o: { at?: Date | null; expectedVersion?: number | null } = {},
) {
  return inTransaction((tx) => transitionIn(tx, actor, id, action, o.at ?? null, o.expectedVersion ?? null));
}

/**
 * Publishes one scheduled article whose time has come, if any: the row is claimed with
 * FOR UPDATE SKIP LOCKED, so instances polling together never publish one article twice.
 */
export function publishOneDue(actor = 'scheduler'): Promise<Written | null> {
  return inTransaction(async (tx) => {
    const [due] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Article" WHERE status = 'SCHEDULED' AND "scheduledAt" <= now()
      ORDER BY "scheduledAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    return due ? transitionIn(tx, actor, due.id, 'due', null, null) : null;
  });
}
