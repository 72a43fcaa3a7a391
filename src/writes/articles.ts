import { prisma } from '../db/client.ts';
import { userError } from '../errors.ts';
import { recordEvents } from '../events/outbox.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { fansOut, relatedItems, upkeepRelated } from '../related/upkeep.ts';
import { checkReferences, lockListCounters, scalarData, writeLists } from './article-content.ts';
import { type ArticleContent, articleContent, CONTENT_FIELDS, type CreateArticleInput, fieldError, parseInput } from './article-input.ts';
import { type ArticleState, changedFields, isListed, listsOf, readState, type Tx } from './article-state.ts';
import { categoryChains } from './categories.ts';
import { inTransaction } from './transaction.ts';

// The article service: every article write goes through here, in one transaction that bumps the
// version (refusing a stale expectedVersion), writes the change, appends a revision with the full
// snapshot and records an outbox event with every list the article enters or leaves.

export interface Written {
  id: number;
  version: number;
}

/** Takes the row lock and the next version, or throws NOT_FOUND / CONFLICT. Returns the state before. */
export async function lockForWrite(tx: Tx, id: number, expectedVersion: number | null | undefined): Promise<ArticleState> {
  const expected = expectedVersion ?? null;
  const rows = await tx.$queryRaw<{ version: number }[]>`
    UPDATE "Article" SET version = version + 1, "updatedAt" = now()
    WHERE id = ${id} AND (${expected}::int IS NULL OR version = ${expected}::int) RETURNING version`;
  if (!rows.length) throw await staleOrMissing(tx, id, expected);
  const before = await readState(tx, id);
  before.snapshot.version = rows[0].version - 1;
  return before;
}

async function staleOrMissing(tx: Tx, id: number, expected: number | null) {
  const current = await tx.article.findUnique({ where: { id }, select: { version: true } });
  if (!current || expected === null) return userError('NOT_FOUND', 'No article has this ID.', { field: 'input.id' });
  const since = await tx.articleRevision.findMany({
    where: { articleId: id, version: { gt: expected } },
    select: { changedFields: true },
    orderBy: { version: 'asc' },
  });
  const fields = [...new Set(since.flatMap((r) => r.changedFields))];
  return userError(
    'CONFLICT',
    `The article is at version ${current.version}, not ${expected}: it was changed meanwhile` +
      (fields.length ? ` (${fields.join(', ')}). ` : '. ') +
      'Read it again and reapply the change.',
    { field: 'input.expectedVersion', currentVersion: current.version, expectedVersion: expected, changedFields: fields },
  );
}

/** Appends the revision and the outbox event of a write, in its transaction, and keeps the related lists. */
export async function finish(
  tx: Tx,
  actor: string,
  kind: string,
  before: ArticleState | null,
  after: ArticleState,
  extra: Record<string, unknown> = {},
) {
  const changed = changedFields(before?.snapshot ?? null, after.snapshot);
  const listed = [before, after].filter((s): s is ArticleState => isListed(s));
  const chains = listed.length ? await categoryChains(tx, [...new Set(listed.map((s) => s.categoryId))]) : new Map<number, number[]>();
  const lists = (s: ArticleState | null) => (s && isListed(s) ? listsOf(s, chains.get(s.categoryId) ?? [s.categoryId]) : []);
  const beforeLists = lists(before);
  const afterLists = lists(after);
  const { version, status, slug } = after.snapshot;
  // Its own related list now; the other lists a change of a public article may enter or leave,
  // in the background, told which items it touched (before and after) and whether it only appeared.
  await upkeepRelated(tx, after.id, (isListed(before) || isListed(after)) && fansOut(changed), {
    before: before ? relatedItems(before) : [],
    added: !isListed(before) && isListed(after),
  });
  await tx.articleRevision.createMany({
    data: [
      {
        articleId: after.id,
        version,
        author: actor,
        snapshot: after.snapshot as unknown as Prisma.InputJsonObject,
        changedFields: changed,
      },
    ],
  });
  await recordEvents(tx, [
    {
      kind,
      entityType: 'Article',
      entityId: after.id,
      lists: [...beforeLists, ...afterLists],
      payload: {
        version,
        status,
        previousStatus: before?.status ?? null,
        slug,
        changedFields: changed,
        entered: afterLists.filter((l) => !beforeLists.includes(l)),
        left: beforeLists.filter((l) => !afterLists.includes(l)),
        ...extra,
      },
      actor,
    },
  ]);
  return { id: after.id, version };
}

const slugTaken = (err: unknown) => {
  const e = err as { code?: string; meta?: { target?: unknown; modelName?: string } };
  if (e.code === 'P2002' && JSON.stringify(e.meta ?? {}).includes('slug')) {
    return fieldError('input.slug', 'is taken by another article (or was one of its former slugs)');
  }
  return err;
};

export async function createArticle(actor: string, input: CreateArticleInput): Promise<Written> {
  return inTransaction(async (tx) => {
    await checkReferences(tx, input, null, 'input');
    const data = scalarData(input) as Record<string, unknown>;
    const row = await tx.article.create({
      data: {
        ...data,
        slug: input.slug,
        title: input.title,
        categoryId: input.categoryId!,
        publicationId: input.publicationId!,
        status: 'DRAFT',
      },
      select: { id: true },
    });
    await writeLists(tx, row.id, input, null);
    return finish(tx, actor, 'article.created', null, await readState(tx, row.id));
  }).catch((err) => {
    throw slugTaken(err);
  });
}

export interface UpdateOptions {
  kind?: string;
  /** Where field paths in errors start: `input`, or `revision` when a snapshot is restored. */
  root?: string;
  payload?: Record<string, unknown>;
}

export async function updateArticle(
  actor: string,
  id: number,
  expectedVersion: number | null,
  content: ArticleContent,
  o: UpdateOptions = {},
) {
  return inTransaction(async (tx) => {
    const before = await lockForWrite(tx, id, expectedVersion);
    await checkReferences(tx, content, id, o.root ?? 'input');
    if (isListed(before)) await lockListCounters(tx, [before], content);
    const data = scalarData(content);
    if (Object.keys(data).length) await tx.article.update({ where: { id }, data, select: { id: true } });
    await writeLists(tx, id, content, before);
    return finish(tx, actor, o.kind ?? 'article.updated', before, await readState(tx, id), o.payload);
  });
}

export async function renameArticleSlug(actor: string, id: number, slug: string, expectedVersion: number | null) {
  return inTransaction(async (tx) => {
    const before = await lockForWrite(tx, id, expectedVersion);
    if (before.snapshot.slug === slug) throw fieldError('input.slug', "is already the article's slug");
    await checkReferences(tx, { slug }, id, 'input');
    // A slug the article had before becomes current again; the one it leaves keeps resolving.
    await tx.articleSlug.deleteMany({ where: { slug, articleId: id } });
    await tx.articleSlug.createMany({ data: [{ slug: before.snapshot.slug, articleId: id }], skipDuplicates: true });
    await tx.article.update({ where: { id }, data: { slug }, select: { id: true } });
    return finish(tx, actor, 'article.renamed', before, await readState(tx, id), { previousSlug: before.snapshot.slug });
  }).catch((err) => {
    throw slugTaken(err);
  });
}

/** Restoring a revision is an update with the content of its snapshot (not its slug or status). */
export async function restoreArticleRevision(actor: string, id: number, version: number, expectedVersion: number | null) {
  const revision = await prisma().articleRevision.findUnique({
    where: { articleId_version: { articleId: id, version } },
    select: { snapshot: true },
  });
  if (!revision) throw userError('NOT_FOUND', `The article has no revision ${version}.`, { field: 'input.version' });
  const snapshot = revision.snapshot as Record<string, unknown>;
  const content = parseInput(
    articleContent,
    Object.fromEntries(CONTENT_FIELDS.filter((f) => f in snapshot).map((f) => [f, snapshot[f]])),
    'revision',
  );
  return updateArticle(actor, id, expectedVersion, content, {
    kind: 'article.restored',
    root: 'revision',
    payload: { restoredVersion: version },
  });
}
