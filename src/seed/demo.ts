import { deriveBody } from '../content/body.ts';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { demoContent } from './demo-content.ts';
import type { DemoContent } from './demo-types.ts';

// Loads the hand-written demo set. Idempotent: entities are upserted by slug and each article's
// owned rows (credits, mentions, takeaways, FAQ, tags, picks) are replaced, so running it twice
// leaves the same database as running it once.

type Ids = Map<string, number>;

async function upsertAll<T extends { slug: string }>(items: T[], upsert: (item: T) => Promise<{ id: number }>): Promise<Ids> {
  const ids: Ids = new Map();
  for (const item of items) ids.set(item.slug, (await upsert(item)).id);
  return ids;
}

function need(ids: Ids, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Demo content refers to unknown ${what} "${slug}"`);
  return id;
}

export async function seedDemo(prisma: PrismaClient, content: DemoContent = demoContent): Promise<{ articles: number }> {
  const publications = await upsertAll(content.publications, (p) =>
    prisma.publication.upsert({ where: { slug: p.slug }, create: p, update: p, select: { id: true } }),
  );
  const categories: Ids = new Map();
  for (const c of content.categories) {
    const data = {
      slug: c.slug,
      name: c.name,
      description: c.description,
      position: c.position,
      parentId: c.parent ? need(categories, c.parent, 'category') : null,
    };
    const row = await prisma.category.upsert({ where: { slug: c.slug }, create: data, update: data, select: { id: true } });
    categories.set(c.slug, row.id);
  }
  const tags = await upsertAll(content.tags, (t) =>
    prisma.tag.upsert({ where: { slug: t.slug }, create: t, update: t, select: { id: true } }),
  );
  const organizations = await upsertAll(content.organizations, (o) =>
    prisma.organization.upsert({ where: { slug: o.slug }, create: o, update: o, select: { id: true } }),
  );
  const places = await upsertAll(content.places, (p) =>
    prisma.place.upsert({ where: { slug: p.slug }, create: p, update: p, select: { id: true } }),
  );
  const people = await upsertAll(content.people, (p) => {
    const data = {
      slug: p.slug,
      name: p.name,
      shortBio: p.shortBio ?? null,
      affiliationId: p.affiliation ? need(organizations, p.affiliation, 'organization') : null,
    };
    return prisma.person.upsert({ where: { slug: p.slug }, create: data, update: data, select: { id: true } });
  });
  const promos: Ids = new Map();
  for (const p of content.promos) {
    const publicationId = need(publications, p.publication, 'publication');
    const data = { publicationId, title: p.title, url: p.url, description: p.description ?? null };
    const existing = await prisma.promo.findFirst({ where: { publicationId, title: p.title }, select: { id: true } });
    const row = existing
      ? await prisma.promo.update({ where: { id: existing.id }, data, select: { id: true } })
      : await prisma.promo.create({ data, select: { id: true } });
    promos.set(p.key, row.id);
  }

  const articles: Ids = new Map();
  for (const a of content.articles) {
    const derived = deriveBody(a.body);
    const data = {
      slug: a.slug,
      title: a.title,
      alternativeTitle: a.alternativeTitle ?? null,
      summary: a.summary,
      body: derived.body,
      wordCount: derived.wordCount,
      readingTimeMinutes: derived.readingTimeMinutes,
      status: a.status,
      publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
      scheduledAt: a.scheduledAt ? new Date(a.scheduledAt) : null,
      updatedAt: new Date(a.updatedAt ?? a.publishedAt ?? a.scheduledAt ?? '2026-01-01T00:00:00Z'),
      publicationId: need(publications, a.publication, 'publication'),
      categoryId: need(categories, a.category, 'category'),
      datelinePlaceId: a.dateline ? need(places, a.dateline.place, 'place') : null,
      datelineAgencyId: a.dateline?.agency ? need(organizations, a.dateline.agency, 'organization') : null,
      promoId: a.promo ? need(promos, a.promo, 'promo') : null,
      // Stored as the API writes it (src/writes/article-content.ts).
      leadImage: a.leadImage
        ? {
            url: a.leadImage.url,
            alt: a.leadImage.alt,
            caption: a.leadImage.caption ?? null,
            credit: a.leadImage.credit ?? null,
            width: a.leadImage.width,
            height: a.leadImage.height,
            focalX: a.leadImage.focalPoint?.x ?? null,
            focalY: a.leadImage.focalPoint?.y ?? null,
          }
        : Prisma.DbNull,
    };
    const article = await prisma.$transaction(async (tx) => {
      const row = await tx.article.upsert({ where: { slug: a.slug }, create: data, update: data, select: { id: true } });
      const articleId = row.id;
      await tx.articleCredit.deleteMany({ where: { articleId } });
      await tx.articlePersonMention.deleteMany({ where: { articleId } });
      await tx.articleOrganizationMention.deleteMany({ where: { articleId } });
      await tx.articlePlaceMention.deleteMany({ where: { articleId } });
      await tx.keyTakeaway.deleteMany({ where: { articleId } });
      await tx.faqEntry.deleteMany({ where: { articleId } });
      await tx.articleTag.deleteMany({ where: { articleId } });
      await tx.articleCredit.createMany({
        data: a.credits.map((c, position) => ({ articleId, personId: need(people, c.person, 'person'), role: c.role, position })),
      });
      await tx.articlePersonMention.createMany({
        data: a.mentions.people.map((m, position) => ({ articleId, personId: need(people, m.slug, 'person'), role: m.role, position })),
      });
      await tx.articleOrganizationMention.createMany({
        data: a.mentions.organizations.map((m, position) => ({
          articleId,
          organizationId: need(organizations, m.slug, 'organization'),
          role: m.role,
          position,
        })),
      });
      await tx.articlePlaceMention.createMany({
        data: a.mentions.places.map((m, position) => ({ articleId, placeId: need(places, m.slug, 'place'), role: m.role, position })),
      });
      await tx.keyTakeaway.createMany({ data: a.keyTakeaways.map((text, position) => ({ articleId, position, text })) });
      await tx.faqEntry.createMany({ data: a.faq.map((f, position) => ({ articleId, position, ...f })) });
      await tx.articleTag.createMany({ data: a.tags.map((t) => ({ articleId, tagId: need(tags, t, 'tag') })) });
      for (const slug of a.previousSlugs ?? []) {
        await tx.articleSlug.upsert({ where: { slug }, create: { slug, articleId }, update: { articleId } });
      }
      return row;
    });
    articles.set(a.slug, article.id);
  }
  // Editor picks refer to other articles, so they are written once every article exists.
  for (const a of content.articles) {
    const articleId = need(articles, a.slug, 'article');
    await prisma.$transaction([
      prisma.relatedLink.deleteMany({ where: { articleId } }),
      prisma.relatedLink.createMany({
        data: a.related.map((slug, position) => ({ articleId, relatedArticleId: need(articles, slug, 'article'), position })),
      }),
    ]);
  }
  // Every published article's related list, ranked in one statement (src/related/).
  await prisma.$executeRaw`SELECT related_rebuild()`;
  return { articles: articles.size };
}
