import type { Prisma } from '../generated/prisma/client.ts';
import type { ArticleStatus } from '../generated/prisma/enums.ts';
import { encodeGlobalID } from '../schema/global-id.ts';

// An article as one write leaves it: the snapshot a revision keeps (in the form updateArticle
// takes, with global IDs, so restoring one is an update), and the lists it belongs to.

export type Tx = Prisma.TransactionClient;

/** The lead image as stored in Article.leadImage. */
export interface StoredLeadImage {
  url: string;
  alt: string;
  caption?: string | null;
  credit?: string | null;
  width: number;
  height: number;
  focalX?: number | null;
  focalY?: number | null;
}

export interface Snapshot {
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  version: number;
  title: string;
  alternativeTitle: string | null;
  summary: string | null;
  body: unknown[];
  categoryId: string;
  publicationId: string;
  dateline: { placeId: string | null; agencyId: string | null } | null;
  credits: { personId: string; role: string }[];
  mentions: { entityId: string; role: string }[];
  keyTakeaways: string[];
  faq: { question: string; answer: string }[];
  tagIds: string[];
  relatedArticleIds: string[];
  leadImage: {
    url: string;
    alt: string;
    caption: string | null;
    credit: string | null;
    width: number;
    height: number;
    focalPoint: { x: number; y: number } | null;
  } | null;
}

/** Snapshot fields a write can change; `version` changes with every write and is left out. */
export const SNAPSHOT_FIELDS = [
  'slug',
  'status',
  'publishedAt',
  'scheduledAt',
  'title',
  'alternativeTitle',
  'summary',
  'body',
  'categoryId',
  'publicationId',
  'dateline',
  'credits',
  'mentions',
  'keyTakeaways',
  'faq',
  'tagIds',
  'relatedArticleIds',
  'leadImage',
] as const satisfies readonly (keyof Snapshot)[];

export interface ArticleState {
  id: number;
  snapshot: Snapshot;
  status: ArticleStatus;
  categoryId: number;
  publicationId: number;
  tagIds: number[];
  /** People credited or mentioned, organisations and places mentioned. */
  personIds: number[];
  credits: { personId: number; role: string }[];
  mentionedPersonIds: number[];
  organizationIds: number[];
  placeIds: number[];
}

const byPosition = { orderBy: { position: 'asc' } } as const;

/** Reads the whole article in one statement (Prisma joins the relations in SQL). */
export async function readState(tx: Tx, id: number): Promise<ArticleState> {
  const a = await tx.article.findUniqueOrThrow({
    where: { id },
    include: {
      credits: byPosition,
      personMentions: byPosition,
      organizationMentions: byPosition,
      placeMentions: byPosition,
      keyTakeaways: byPosition,
      faqEntries: byPosition,
      tags: { orderBy: { tagId: 'asc' } },
      relatedLinks: byPosition,
    },
  });
  const image = a.leadImage as StoredLeadImage | null;
  const gid = encodeGlobalID;
  const snapshot: Snapshot = {
    slug: a.slug,
    status: a.status,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    scheduledAt: a.scheduledAt?.toISOString() ?? null,
    version: a.version,
    title: a.title,
    alternativeTitle: a.alternativeTitle,
    summary: a.summary,
    body: a.body as unknown[],
    categoryId: gid('Category', a.categoryId),
    publicationId: gid('Publication', a.publicationId),
    dateline:
      a.datelinePlaceId || a.datelineAgencyId
        ? {
            placeId: a.datelinePlaceId ? gid('Place', a.datelinePlaceId) : null,
            agencyId: a.datelineAgencyId ? gid('Organization', a.datelineAgencyId) : null,
          }
        : null,
    credits: a.credits.map((c) => ({ personId: gid('Person', c.personId), role: c.role })),
    mentions: [
      ...a.personMentions.map((m) => ({ entityId: gid('Person', m.personId), role: m.role })),
      ...a.organizationMentions.map((m) => ({ entityId: gid('Organization', m.organizationId), role: m.role })),
      ...a.placeMentions.map((m) => ({ entityId: gid('Place', m.placeId), role: m.role })),
    ],
    keyTakeaways: a.keyTakeaways.map((k) => k.text),
    faq: a.faqEntries.map((f) => ({ question: f.question, answer: f.answer })),
    tagIds: a.tags.map((t) => gid('Tag', t.tagId)),
    relatedArticleIds: a.relatedLinks.map((r) => gid('Article', r.relatedArticleId)),
    leadImage: image && {
      url: image.url,
      alt: image.alt,
      caption: image.caption ?? null,
      credit: image.credit ?? null,
      width: image.width,
      height: image.height,
      focalPoint: image.focalX != null && image.focalY != null ? { x: image.focalX, y: image.focalY } : null,
    },
  };
  return {
    id,
    snapshot,
    status: a.status,
    categoryId: a.categoryId,
    publicationId: a.publicationId,
    tagIds: a.tags.map((t) => t.tagId),
    personIds: [...a.credits.map((c) => c.personId), ...a.personMentions.map((m) => m.personId)],
    credits: a.credits.map((c) => ({ personId: c.personId, role: c.role })),
    mentionedPersonIds: a.personMentions.map((m) => m.personId),
    organizationIds: a.organizationMentions.map((m) => m.organizationId),
    placeIds: a.placeMentions.map((m) => m.placeId),
  };
}

/** The snapshot fields whose values differ. */
export function changedFields(before: Snapshot | null, after: Snapshot): string[] {
  if (!before) return [...SNAPSHOT_FIELDS];
  return SNAPSHOT_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** Whether the article is in the public lists (its join rows carry publishedAt). */
export const isListed = (state: ArticleState | null) => state?.status === 'PUBLISHED';

/** The lists (as cache tags) an article in `state` appears in. */
export function listsOf(state: ArticleState, chain: number[]): string[] {
  return [
    'feed',
    ...chain.map((id) => `Category:${id}`),
    `Publication:${state.publicationId}`,
    ...state.tagIds.map((id) => `Tag:${id}`),
    ...state.personIds.map((id) => `Person:${id}`),
    ...state.organizationIds.map((id) => `Organization:${id}`),
    ...state.placeIds.map((id) => `Place:${id}`),
  ].filter((v, i, all) => all.indexOf(v) === i);
}
