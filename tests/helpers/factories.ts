import { deriveBody } from '../../src/content/body.ts';
import type { ArticleStatus, CreditRole, MentionRole } from '../../src/generated/prisma/enums.ts';
import { prisma } from './db.ts';

// Small inline data factories: each makes one row with sensible defaults.
let n = 0;
const next = () => ++n;

export const makePublication = (data: { slug?: string; name?: string } = {}) => {
  const i = next();
  return prisma.publication.create({ data: { slug: `pub-${i}`, name: `Publication ${i}`, url: `https://pub${i}.example`, ...data } });
};

export const makeCategory = (data: { slug?: string; name?: string; parentId?: number; position?: number } = {}) => {
  const i = next();
  return prisma.category.create({ data: { slug: `cat-${i}`, name: `Category ${i}`, ...data } });
};

export const makeTag = (data: { slug?: string; name?: string } = {}) => {
  const i = next();
  return prisma.tag.create({ data: { slug: `tag-${i}`, name: `Tag ${i}`, ...data } });
};

export const makePerson = (data: { slug?: string; name?: string } = {}) => {
  const i = next();
  return prisma.person.create({ data: { slug: `person-${i}`, name: `Person ${i}`, ...data } });
};

export const makeOrganization = (data: { slug?: string; name?: string } = {}) => {
  const i = next();
  return prisma.organization.create({ data: { slug: `org-${i}`, name: `Organization ${i}`, ...data } });
};

export const makePlace = (data: { slug?: string; name?: string } = {}) => {
  const i = next();
  return prisma.place.create({ data: { slug: `place-${i}`, name: `Place ${i}`, ...data } });
};

export interface ArticleSpec {
  slug?: string;
  title?: string;
  publicationId: number;
  categoryId: number;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  updatedAt?: Date;
  text?: string;
  tagIds?: number[];
  credits?: { personId: number; role: CreditRole }[];
  people?: { personId: number; role?: MentionRole }[];
  organizationIds?: number[];
  placeIds?: number[];
  relatedIds?: number[];
}

/** A published article from a minute ago unless told otherwise. */
export async function makeArticle(spec: ArticleSpec) {
  const i = next();
  const d = deriveBody([{ type: 'paragraph', text: spec.text ?? `Body of article ${i} with a few plain words.` }]);
  const publishedAt = spec.publishedAt === undefined ? new Date(Date.now() - 60_000 - i * 1000) : spec.publishedAt;
  const article = await prisma.article.create({
    data: {
      slug: spec.slug ?? `article-${i}`,
      title: spec.title ?? `Article ${i}`,
      summary: `Summary ${i}`,
      ...d,
      status: spec.status ?? 'PUBLISHED',
      publishedAt,
      updatedAt: spec.updatedAt ?? publishedAt ?? new Date(),
      publicationId: spec.publicationId,
      categoryId: spec.categoryId,
      tags: { create: (spec.tagIds ?? []).map((tagId) => ({ tagId })) },
      credits: { create: (spec.credits ?? []).map((c, position) => ({ ...c, position })) },
      personMentions: { create: (spec.people ?? []).map((m, position) => ({ ...m, position })) },
      organizationMentions: { create: (spec.organizationIds ?? []).map((organizationId, position) => ({ organizationId, position })) },
      placeMentions: { create: (spec.placeIds ?? []).map((placeId, position) => ({ placeId, position })) },
      relatedLinks: { create: (spec.relatedIds ?? []).map((relatedArticleId, position) => ({ relatedArticleId, position })) },
    },
  });
  // Written around the article service: every related list is ranked again, as if the background
  // refresh had caught up (tests of the upkeep itself write through the API instead).
  await prisma.$executeRaw`SELECT related_rebuild()`;
  return article;
}
