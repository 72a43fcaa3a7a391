import { recordEvents, type ContentEvent } from '../events/outbox.ts';
import type { ArticleStatus } from '../generated/prisma/enums.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { categoryChain } from '../writes/categories.ts';
import { upkeepRelated } from '../related/upkeep.ts';
import { inTransaction } from '../writes/transaction.ts';
import { fieldError } from '../writes/taxonomy-fields.ts';
import { slugFrom, type EntityRef, type ImportedArticle } from './map.ts';
import { ninjsSelect } from './export.ts';

// Writes an imported wire item as an article in one transaction: the people, organisations,
// places and tags it names (created when unknown), the article with its credits, mentions,
// takeaways and FAQ, a revision by "import" and the outbox events. Idempotent by the item's uri
// and version: the same version again writes nothing; an older one is ignored.
// (The article service of the editorial writes may take this over; this is its one entry point.)

type Tx = Prisma.TransactionClient;
export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'STALE';

export interface SaveOptions {
  actor: string;
  /** Publish (usable), take down (withheld) or archive (canceled) as the item says; otherwise new articles are drafts and an existing one keeps its status. */
  publish?: boolean;
  /** Slugs overriding the item's category subject and publisher. */
  category?: string;
  publication?: string;
  now?: Date;
}

/** -1 older, 0 the same, 1 newer than what is stored. Integer versions compare as numbers; others by versionCreated. */
export function compareVersion(item: ImportedArticle, stored: { sourceVersion: string | null; updatedAt: Date }): number {
  if (item.sourceVersion === stored.sourceVersion) return 0;
  const [a, b] = [item.sourceVersion, stored.sourceVersion ?? ''];
  if (/^\d{1,15}$/.test(a) && /^\d{1,15}$/.test(b)) return Math.sign(Number(a) - Number(b));
  return item.versionCreated && item.versionCreated < stored.updatedAt ? -1 : 1;
}

async function upsertBySlug(
  tx: Tx,
  model: 'person' | 'organization' | 'place' | 'tag',
  ref: EntityRef,
  extra: object,
  events: ContentEvent[],
  actor: string,
) {
  const delegate = tx[model] as unknown as {
    findUnique(a: object): Promise<{ id: number } | null>;
    create(a: object): Promise<{ id: number }>;
  };
  const found = await delegate.findUnique({ where: { slug: ref.slug }, select: { id: true } });
  if (found) return found.id;
  const row = await delegate.create({ data: { slug: ref.slug, name: ref.name, ...extra }, select: { id: true } });
  const entityType = ({ person: 'Person', organization: 'Organization', place: 'Place', tag: 'Tag' } as const)[model];
  events.push({
    kind: `${model}.created`,
    entityType,
    entityId: row.id,
    lists: [`${entityType}:${row.id}`, ...(model === 'tag' ? ['tags'] : [])],
    actor,
    payload: { via: 'import' },
  });
  return row.id;
}

async function uniqueArticleSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFrom(title, 80, 'article');
  const taken = new Set(
    [
      ...(await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })),
      ...(await tx.articleSlug.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })),
    ].map((r) => r.slug),
  );
  for (let i = 1; ; i++) if (!taken.has(i === 1 ? base : `${base}-${i}`)) return i === 1 ? base : `${base}-${i}`;
}

/** The cache tags of every list an article is in: its category chain, publication, tags, people, organisations, places. */
async function articleLists(tx: Tx, id: number): Promise<string[]> {
  const a = await tx.article.findUnique({
    where: { id },
    select: {
      status: true,
      categoryId: true,
      publicationId: true,
      datelinePlaceId: true,
      datelineAgencyId: true,
      tags: { select: { tagId: true } },
      credits: { select: { personId: true } },
      personMentions: { select: { personId: true } },
      organizationMentions: { select: { organizationId: true } },
      placeMentions: { select: { placeId: true } },
    },
  });
  if (!a) return [];
  return [
    `Article:${id}`,
    ...(a.status === 'PUBLISHED' ? ['feed'] : []),
    ...(await categoryChain(tx, a.categoryId)).map((c) => `Category:${c}`),
    `Publication:${a.publicationId}`,
    ...a.tags.map((t) => `Tag:${t.tagId}`),
    ...[...a.credits, ...a.personMentions].map((p) => `Person:${p.personId}`),
    ...a.organizationMentions.map((o) => `Organization:${o.organizationId}`),
    ...a.placeMentions.map((p) => `Place:${p.placeId}`),
  ];
}

function statusFor(item: ImportedArticle, current: { status: ArticleStatus; publishedAt: Date | null } | null, opts: SaveOptions) {
  if (!opts.publish) return current ? {} : { status: 'DRAFT' as const, publishedAt: null };
  if (item.pubStatus === 'canceled') return { status: 'ARCHIVED' as const };
  if (item.pubStatus === 'withheld') return { status: 'DRAFT' as const };
  const at = [item.firstCreated, item.embargoed].filter((d): d is Date => d != null).sort((x, y) => +y - +x)[0];
  return { status: 'PUBLISHED' as const, publishedAt: current?.publishedAt ?? at ?? opts.now ?? new Date() };
}

/**
 * Two imports naming the same new person (or tag...) at once collide on its unique slug; the loser
 * runs again (with deadlocks, through inTransaction) and then finds the row the winner made.
 */
const uniqueViolation = (err: unknown) => (err as { code?: string }).code === 'P2002';

export async function saveImportedArticle(
  item: ImportedArticle,
  opts: SaveOptions,
): Promise<{ articleId: number; outcome: ImportOutcome }> {
  return inTransaction(
    async (tx) => {
      // Two imports of one item wait for each other instead of racing on the unique sourceUri.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${item.sourceUri}, 0))`;
      const current = await tx.article.findUnique({
        where: { sourceUri: item.sourceUri },
        select: { id: true, sourceVersion: true, updatedAt: true, status: true, publishedAt: true },
      });
      if (current) {
        const cmp = compareVersion(item, current);
        if (cmp <= 0) return { articleId: current.id, outcome: cmp === 0 ? 'UNCHANGED' : 'STALE' };
      }
      const categorySlug = opts.category ?? item.category?.slug;
      const category = categorySlug ? await tx.category.findUnique({ where: { slug: categorySlug }, select: { id: true } }) : null;
      if (!category)
        throw fieldError(
          opts.category ? 'category' : 'item.subjects',
          categorySlug
            ? `no category has the slug "${categorySlug}"`
            : 'name the category (argument `category`, or a subject with rel "category")',
          'UNKNOWN_CATEGORY',
        );
      const publicationSlug = opts.publication ?? item.publication?.slug;
      const publications = await tx.publication.findMany({
        where: publicationSlug ? { slug: publicationSlug } : {},
        select: { id: true },
        take: 2,
      });
      if (publications.length !== 1)
        throw fieldError(
          opts.publication ? 'publication' : 'item.infosources',
          publicationSlug
            ? `no publication has the slug "${publicationSlug}"`
            : 'name the publication (argument `publication`, or an infosource with role "publisher")',
          'UNKNOWN_PUBLICATION',
        );

      const events: ContentEvent[] = [];
      const { actor } = opts;
      const ids = async <T extends EntityRef>(
        model: 'person' | 'organization' | 'place' | 'tag',
        refs: T[],
        extra: (r: T) => object = () => ({}),
      ) => {
        const out: number[] = [];
        for (const r of refs) out.push(await upsertBySlug(tx, model, r, extra(r), events, actor));
        return out;
      };
      // The dateline first, so a place or agency also mentioned is created with the dateline's kind.
      const [datelinePlaceId] = item.datelinePlace ? await ids('place', [item.datelinePlace], () => ({ kind: 'CITY' })) : [null];
      const [datelineAgencyId] = item.datelineAgency
        ? await ids('organization', [item.datelineAgency], () => ({ kind: 'NEWS_AGENCY' }))
        : [null];
      const creditIds = await ids('person', item.credits);
      const personIds = await ids('person', item.people);
      const orgIds = await ids('organization', item.organizations);
      const placeIds = await ids('place', item.places, (p) => (p.countryCode ? { kind: 'COUNTRY', countryCode: p.countryCode } : {}));
      const tagIds = await ids('tag', item.tags);

      const unique = <T>(rows: T[], key: (r: T) => string) => rows.filter((r, i) => rows.findIndex((x) => key(x) === key(r)) === i);
      const children = {
        credits: {
          create: unique(
            item.credits.map((c, i) => ({ personId: creditIds[i], role: c.role, position: i })),
            (c) => `${c.personId}:${c.role}`,
          ),
        },
        personMentions: {
          create: unique(
            item.people.map((p, i) => ({ personId: personIds[i], role: p.role, position: i })),
            (m) => `${m.personId}`,
          ),
        },
        organizationMentions: {
          create: unique(
            item.organizations.map((o, i) => ({ organizationId: orgIds[i], role: o.role, position: i })),
            (m) => `${m.organizationId}`,
          ),
        },
        placeMentions: {
          create: unique(
            item.places.map((p, i) => ({ placeId: placeIds[i], role: p.role, position: i })),
            (m) => `${m.placeId}`,
          ),
        },
        tags: { create: [...new Set(tagIds)].map((tagId) => ({ tagId })) },
        keyTakeaways: { create: item.keyTakeaways.map((text, position) => ({ text, position })) },
        faqEntries: { create: item.faq.map((f, position) => ({ ...f, position })) },
      };
      const fields = {
        title: item.title,
        alternativeTitle: item.alternativeTitle,
        summary: item.summary,
        body: item.body as Prisma.InputJsonValue,
        wordCount: item.wordCount,
        readingTimeMinutes: item.readingTimeMinutes,
        sourceVersion: item.sourceVersion,
        updatedAt: item.versionCreated ?? opts.now ?? new Date(),
        categoryId: category.id,
        publicationId: publications[0].id,
        datelinePlaceId,
        datelineAgencyId,
        leadImage: (item.leadImage ?? undefined) as Prisma.InputJsonValue | undefined,
        ...statusFor(item, current, opts),
      };

      let id: number;
      let before: string[] = [];
      if (current) {
        id = current.id;
        before = await articleLists(tx, id);
        const where = { articleId: id };
        // The page's lists are replaced whole by the new version (the triggers keep counters exact).
        await tx.articleCredit.deleteMany({ where });
        await tx.articlePersonMention.deleteMany({ where });
        await tx.articleOrganizationMention.deleteMany({ where });
        await tx.articlePlaceMention.deleteMany({ where });
        await tx.articleTag.deleteMany({ where });
        await tx.keyTakeaway.deleteMany({ where });
        await tx.faqEntry.deleteMany({ where });
        await tx.article.update({
          where: { id },
          data: { ...fields, leadImage: item.leadImage ?? Prisma.DbNull, version: { increment: 1 }, ...children },
        });
      } else {
        const slug = await uniqueArticleSlug(tx, item.title);
        id = (
          await tx.article.create({
            data: { ...fields, slug, sourceUri: item.sourceUri, createdAt: item.firstCreated ?? undefined, ...children },
            select: { id: true },
          })
        ).id;
      }
      // Its lists were replaced whole: its own related list now, the lists it may enter queued.
      await upkeepRelated(tx, id, true);
      const snapshot = await tx.article.findUniqueOrThrow({ where: { id }, select: ninjsSelect });
      await tx.articleRevision.create({
        data: { articleId: id, version: snapshot.version, author: 'import', snapshot: JSON.parse(JSON.stringify(snapshot)) },
      });
      const outcome: ImportOutcome = current ? 'UPDATED' : 'CREATED';
      events.push({
        kind: current ? 'article.updated' : 'article.created',
        entityType: 'Article',
        entityId: id,
        actor,
        lists: [...before, ...(await articleLists(tx, id))],
        payload: { via: 'import', sourceUri: item.sourceUri, sourceVersion: item.sourceVersion, version: snapshot.version },
      });
      await recordEvents(tx, events);
      return { articleId: id, outcome };
    },
    { retryOn: uniqueViolation },
  );
}
