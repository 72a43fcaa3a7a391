import { Prisma } from '../generated/prisma/client.ts';
import type { ArticleContent, LeadImageInput } from './article-input.ts';
import { fieldError } from './article-input.ts';
import type { ArticleState, StoredLeadImage, Tx } from './article-state.ts';

// Writing the parts of an article an input names. Lists are written with createMany, so a
// write costs the same few statements however many tags, credits or mentions it carries.

const toStored = (image: LeadImageInput): StoredLeadImage => ({
  url: image.url,
  alt: image.alt,
  caption: image.caption ?? null,
  credit: image.credit ?? null,
  width: image.width,
  height: image.height,
  focalX: image.focalPoint?.x ?? null,
  focalY: image.focalPoint?.y ?? null,
});

/** The columns of Article an input sets. */
export function scalarData(c: ArticleContent) {
  const data: Prisma.ArticleUncheckedUpdateInput = {};
  if (c.title !== undefined) data.title = c.title;
  if (c.alternativeTitle !== undefined) data.alternativeTitle = c.alternativeTitle;
  if (c.summary !== undefined) data.summary = c.summary;
  if (c.body !== undefined)
    Object.assign(data, { body: c.body.body, wordCount: c.body.wordCount, readingTimeMinutes: c.body.readingTimeMinutes });
  if (c.categoryId !== undefined) data.categoryId = c.categoryId;
  if (c.publicationId !== undefined) data.publicationId = c.publicationId;
  if (c.dateline !== undefined) {
    data.datelinePlaceId = c.dateline?.placeId ?? null;
    data.datelineAgencyId = c.dateline?.agencyId ?? null;
  }
  if (c.leadImage !== undefined)
    data.leadImage = c.leadImage ? (toStored(c.leadImage) as unknown as Prisma.InputJsonObject) : Prisma.DbNull;
  return data;
}

type Table = 'Tag' | 'Person' | 'Organization' | 'Place' | 'Article' | 'Category' | 'Publication';

/**
 * Every id the input refers to must exist, and a new slug must be free (neither another
 * article's slug nor one of its former slugs): one statement, whatever the number of ids.
 */
export async function checkReferences(tx: Tx, c: ArticleContent & { slug?: string }, selfId: number | null, root: string) {
  const refs: Record<Table, { fields: string[]; ids: number[] }> = {
    Tag: { fields: [], ids: [] },
    Person: { fields: [], ids: [] },
    Organization: { fields: [], ids: [] },
    Place: { fields: [], ids: [] },
    Article: { fields: [], ids: [] },
    Category: { fields: [], ids: [] },
    Publication: { fields: [], ids: [] },
  };
  const add = (table: Table, field: string, id: number | null | undefined) => {
    if (id == null) return;
    refs[table].fields.push(`${root}.${field}`);
    refs[table].ids.push(id);
  };
  add('Category', 'categoryId', c.categoryId);
  add('Publication', 'publicationId', c.publicationId);
  add('Place', 'dateline.placeId', c.dateline?.placeId);
  add('Organization', 'dateline.agencyId', c.dateline?.agencyId);
  for (const [i, x] of (c.credits ?? []).entries()) add('Person', `credits[${i}].personId`, x.personId);
  for (const [i, x] of (c.mentions ?? []).entries()) add(x.entityId.type, `mentions[${i}].entityId`, x.entityId.id);
  for (const [i, id] of (c.tagIds ?? []).entries()) add('Tag', `tagIds[${i}]`, id);
  c.relatedArticleIds?.forEach((id, i) => {
    if (id === selfId) throw fieldError(`${root}.relatedArticleIds[${i}]`, 'an article cannot be related to itself');
    add('Article', `relatedArticleIds[${i}]`, id);
  });
  const slug = c.slug ?? null;
  if (!slug && !Object.values(refs).some((r) => r.ids.length)) return;
  const missing = (t: Table, table: Prisma.Sql) =>
    Prisma.sql`SELECT r.f, 'missing' AS problem FROM unnest(${refs[t].fields}::text[], ${refs[t].ids}::int[]) r(f, id)
      WHERE NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.id = r.id)`;
  const rows = await tx.$queryRaw<{ f: string; problem: 'missing' | 'taken' }[]>`
    ${missing('Tag', Prisma.sql`"Tag"`)} UNION ALL ${missing('Person', Prisma.sql`"Person"`)}
    UNION ALL ${missing('Organization', Prisma.sql`"Organization"`)} UNION ALL ${missing('Place', Prisma.sql`"Place"`)}
    UNION ALL ${missing('Article', Prisma.sql`"Article"`)} UNION ALL ${missing('Category', Prisma.sql`"Category"`)}
    UNION ALL ${missing('Publication', Prisma.sql`"Publication"`)}
    UNION ALL SELECT ${`${root}.slug`}, 'taken' FROM "Article" a WHERE a.slug = ${slug}::text AND a.id IS DISTINCT FROM ${selfId}::int
    UNION ALL SELECT ${`${root}.slug`}, 'taken' FROM "ArticleSlug" s WHERE s.slug = ${slug}::text AND s."articleId" IS DISTINCT FROM ${selfId}::int`;
  if (!rows.length) return;
  const order = [`${root}.slug`, ...Object.values(refs).flatMap((r) => r.fields)];
  const first = rows.sort((x, y) => order.indexOf(x.f) - order.indexOf(y.f))[0];
  throw fieldError(
    first.f,
    first.problem === 'taken' ? 'is taken by another article (or was one of its former slugs)' : 'refers to nothing: no such ID',
  );
}

/** Replaces the lists the input names (tags by difference, so unchanged tags keep their rows). */
export async function writeLists(tx: Tx, articleId: number, c: ArticleContent, before: ArticleState | null) {
  const had = (n: number | undefined) => before !== null && (n ?? 0) > 0;
  if (c.credits) {
    if (had(before?.snapshot.credits.length)) await tx.articleCredit.deleteMany({ where: { articleId } });
    if (c.credits.length) {
      await tx.articleCredit.createMany({
        data: c.credits.map((x, position) => ({ articleId, personId: x.personId, role: x.role, position })),
      });
    }
  }
  if (c.mentions) {
    const of = (type: string) => c.mentions!.filter((m) => m.entityId.type === type);
    const people = of('Person'),
      orgs = of('Organization'),
      places = of('Place');
    if (had(before?.mentionedPersonIds.length)) await tx.articlePersonMention.deleteMany({ where: { articleId } });
    if (had(before?.organizationIds.length)) await tx.articleOrganizationMention.deleteMany({ where: { articleId } });
    if (had(before?.placeIds.length)) await tx.articlePlaceMention.deleteMany({ where: { articleId } });
    if (people.length)
      await tx.articlePersonMention.createMany({
        data: people.map((m, position) => ({ articleId, personId: m.entityId.id, role: m.role, position })),
      });
    if (orgs.length)
      await tx.articleOrganizationMention.createMany({
        data: orgs.map((m, position) => ({ articleId, organizationId: m.entityId.id, role: m.role, position })),
      });
    if (places.length)
      await tx.articlePlaceMention.createMany({
        data: places.map((m, position) => ({ articleId, placeId: m.entityId.id, role: m.role, position })),
      });
  }
  if (c.keyTakeaways) {
    if (had(before?.snapshot.keyTakeaways.length)) await tx.keyTakeaway.deleteMany({ where: { articleId } });
    if (c.keyTakeaways.length)
      await tx.keyTakeaway.createMany({ data: c.keyTakeaways.map((text, position) => ({ articleId, position, text })) });
  }
  if (c.faq) {
    if (had(before?.snapshot.faq.length)) await tx.faqEntry.deleteMany({ where: { articleId } });
    if (c.faq.length) await tx.faqEntry.createMany({ data: c.faq.map((f, position) => ({ articleId, position, ...f })) });
  }
  if (c.tagIds) {
    const old = new Set(before?.tagIds ?? []);
    const removed = [...old].filter((id) => !c.tagIds!.includes(id));
    // In id order, so concurrent writers bump the tags' counters in one order (fewer deadlocks).
    const added = c.tagIds.filter((id) => !old.has(id)).sort((x, y) => x - y);
    if (removed.length) await tx.articleTag.deleteMany({ where: { articleId, tagId: { in: removed } } });
    if (added.length) await tx.articleTag.createMany({ data: added.map((tagId) => ({ articleId, tagId })) });
  }
  if (c.relatedArticleIds) {
    if (had(before?.snapshot.relatedArticleIds.length)) await tx.relatedLink.deleteMany({ where: { articleId } });
    if (c.relatedArticleIds.length) {
      await tx.relatedLink.createMany({
        data: c.relatedArticleIds.map((relatedArticleId, position) => ({ articleId, relatedArticleId, position })),
      });
    }
  }
}

/**
 * Takes the row locks of every list counter a write will bump, in one order (list, parent), in
 * one statement, before the triggers bump them in row order. Writers sharing tags or people then
 * queue instead of deadlocking; a deadlock that still happens is retried (transaction.ts).
 */
export async function lockListCounters(tx: Tx, states: (ArticleState | null)[], c: ArticleContent = {}) {
  const keys = new Set<string>();
  const add = (list: string, id: number) => keys.add(`${list}\u0000${id}`);
  for (const s of states) {
    if (!s) continue;
    for (const id of s.tagIds) add('tag', id);
    for (const x of s.credits) {
      add('credit', x.personId);
      add(`credit:${x.role}`, x.personId);
    }
    for (const id of s.mentionedPersonIds) add('mention', id);
    for (const id of s.organizationIds) add('organization', id);
    for (const id of s.placeIds) add('place', id);
  }
  for (const id of c.tagIds ?? []) add('tag', id);
  for (const x of c.credits ?? []) {
    add('credit', x.personId);
    add(`credit:${x.role}`, x.personId);
  }
  for (const m of c.mentions ?? [])
    add(({ Person: 'mention', Organization: 'organization', Place: 'place' } as const)[m.entityId.type], m.entityId.id);
  if (!keys.size) return;
  const pairs = [...keys].map((k) => k.split('\u0000'));
  await tx.$executeRaw`
    INSERT INTO "ArticleListCount" AS c ("list", "parentId", "published")
    SELECT list, "parentId", 0 FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => Number(p[1]))}::int[]) k(list, "parentId")
    ORDER BY list, "parentId"
    ON CONFLICT ("list", "parentId") DO UPDATE SET "published" = c."published"`;
}
