import { queryFromInfo } from '@pothos/plugin-prisma';
import { articleJsonLd } from '../../content/json-ld.ts';
import { prisma } from '../../db/client.ts';
import { readDirect } from '../../db/direct-reads.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { badInput } from '../../errors.ts';
import {
  articleConnectionFromRows,
  articleCount,
  loadArticlePage,
  prismaArticlePage,
  tagListRead,
  type ArticleConnection as ArticlePage,
} from '../../loaders/article-lists.ts';
import { checkedLater, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageRequest } from '../../loaders/pagination.ts';
import { FILTER_COST, FILTER_TAG_COST } from '../../limits.ts';
import { builder } from '../builder.ts';
import { decodeIDOrThrow } from '../global-id.ts';
import { articleVisibility, visibleArticle } from '../visibility.ts';
import { ArticleFilterInput, toArticleFilter } from './ArticleFilter.ts';
import { BodyBlock } from './BodyBlock.ts';
import { Dateline } from './Dateline.ts';
import { Mention, type MentionShape } from './Mention.ts';
import { Tag } from './Tag.ts';

const byPosition = { orderBy: { position: 'asc' } } as const;
const creditOrder = { orderBy: [{ position: 'asc' as const }, { role: 'asc' as const }] };

export const Article = builder.prismaNode('Article', {
  description:
    'A news article as a reader sees it on the site. Only published articles whose publish time has passed are visible, except to a key with the `preview` scope, which sees drafts, scheduled and archived articles too.',
  id: { field: 'id' },
  // Select mode: a list of 20 headlines does not read 20 bodies. What nearly every card shows
  // (slug, headline, dates, reading time) is read always, and its fields resolve from the row without Pothos'
  // loaded-selection check, which a field with a `select` pays on every row (0.1 ms of gateway
  // CPU on a feed of 20 cards with 3 more each).
  select: { id: true, slug: true, title: true, publishedAt: true, updatedAt: true, readingTimeMinutes: true },
  findUnique: (id, ctx) => ({ id: Number(id), ...visibleArticle(ctx) }),
  fields: (t) => ({
    slug: t.string({
      description: 'Canonical URL key; former slugs still resolve through `article(slug:)`.',
      resolve: (a) => a.slug,
    }),
    title: t.string({ description: 'The headline.', resolve: (a) => a.title }),
    alternativeTitle: t.exposeString('alternativeTitle', { nullable: true, description: 'The second (SEO) headline.' }),
    summary: t.exposeString('summary', { nullable: true, description: 'One or two sentences for lists and previews.' }),
  }),
});

builder.prismaObjectFields(Article, (t) => ({
  body: t.field({
    type: [BodyBlock],
    description: 'The text as ordered typed blocks.',
    select: { body: true },
    resolve: (a) => a.body as never,
  }),
  publishedAt: t.field({
    type: 'DateTime',
    description: 'When it was published; for a draft seen with the `preview` scope, when it was last updated.',
    resolve: (a) => a.publishedAt ?? a.updatedAt,
  }),
  updatedAt: t.field({ type: 'DateTime', description: 'When it was last updated.', resolve: (a) => a.updatedAt }),
  wordCount: t.exposeInt('wordCount', { description: 'Words in the body, derived from it when written.' }),
  readingTimeMinutes: t.int({
    description: 'Minutes to read the body (230 words a minute, at least 1).',
    resolve: (a) => a.readingTimeMinutes,
  }),
  dateline: t.field({
    type: Dateline,
    nullable: true,
    description: 'Place and wire agency the story was filed from; null when it has none.',
    select: { datelinePlace: true, datelineAgency: true },
    resolve: (a) => (a.datelinePlace || a.datelineAgency ? { place: a.datelinePlace, agency: a.datelineAgency } : null),
  }),
  credits: t.relation('credits', {
    description: 'People credited on the article, in credit-line order.',
    query: creditOrder,
  }),
  mentions: t.field({
    type: [Mention],
    description: 'People, then organisations, then places the story is about, quotes or names, each in story order.',
    select: {
      // Only what a mention shows: the join rows' keys and publish-time copies are left unread.
      personMentions: { ...byPosition, select: { role: true, position: true, person: true } },
      organizationMentions: { ...byPosition, select: { role: true, position: true, organization: true } },
      placeMentions: { ...byPosition, select: { role: true, position: true, place: true } },
    },
    resolve: (a): MentionShape[] => [
      ...a.personMentions.map((m) => ({ role: m.role, position: m.position, entity: m.person, entityType: 'Person' as const })),
      ...a.organizationMentions.map((m) => ({
        role: m.role,
        position: m.position,
        entity: m.organization,
        entityType: 'Organization' as const,
      })),
      ...a.placeMentions.map((m) => ({ role: m.role, position: m.position, entity: m.place, entityType: 'Place' as const })),
    ],
  }),
  keyTakeaways: t.relation('keyTakeaways', { description: 'Key takeaways, in order.', query: byPosition }),
  faq: t.relation('faqEntries', { description: 'Questions and answers, in order.', query: byPosition }),
  tags: t.field({
    type: [Tag],
    description: 'Tags, by name.',
    // The tags alone, not the join rows' columns (their keys and publish-time copy), and of each
    // tag what the selection under `tags` reads (nestedSelection keeps Pothos' record of it).
    select: (_args, _ctx, nestedSelection) => ({ tags: { select: { tag: nestedSelection(true) } } }),
    resolve: (a) => a.tags.map((x) => x.tag).sort((x, y) => x.name.localeCompare(y.name)),
  }),
  category: t.relation('category', { description: 'The primary category; `ancestors` gives its breadcrumb.' }),
  publication: t.relation('publication', { description: 'The publication it appeared in.' }),
  promo: t.relation('promo', { nullable: true, description: 'A promotional slot shown with it, if any.' }),
  jsonLd: t.field({
    type: 'JSON',
    description: 'schema.org NewsArticle (and FAQPage when it has questions) as JSON-LD, for search engines.',
    select: {
      slug: true,
      title: true,
      alternativeTitle: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      wordCount: true,
      body: true,
      publication: true,
      category: true,
      datelinePlace: true,
      credits: { ...creditOrder, select: { role: true, person: true } },
      tags: { select: { tag: true } },
      faqEntries: byPosition,
    },
    resolve: (a) => articleJsonLd(a),
  }),
}));

export const ArticleOrderEnum = builder.enumType('ArticleOrder', {
  description: 'Order of an article list; ties are broken by id, so cursors never skip or repeat an item.',
  values: {
    PUBLISHED_AT_DESC: { description: 'Newest first (the default).' },
    PUBLISHED_AT_ASC: { description: 'Oldest first.' },
    UPDATED_AT_DESC: { description: 'Most recently updated first.' },
    UPDATED_AT_ASC: { description: 'Least recently updated first.' },
  },
});

/** The `orderBy` argument of every article list, declared once. */
export const orderByArgs = builder.args((t) => ({
  orderBy: t.field({ type: ArticleOrderEnum, defaultValue: 'PUBLISHED_AT_DESC', description: 'Order of the list.' }),
}));

export const PAGE_LIMITS = `Page size: \`first\` or \`last\`, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`;

export const ArticleConnection = builder.connectionObject(
  {
    type: Article,
    name: 'ArticleConnection',
    description: 'A page of articles, newest first unless ordered otherwise.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many visible articles the whole list holds (counted only when asked for).',
        resolve: (page) => (page as unknown as ArticlePage<unknown>).totalCount(),
      }),
    }),
  },
  { name: 'ArticleEdge', description: 'An article in a list, with its cursor.' },
);

builder.prismaObjectField(Article, 'moreFromCategory', (t) =>
  t.connection(
    {
      type: Article,
      description: `Newest other articles of the same category, never this one. ${PAGE_LIMITS}`,
      // Read in the article's own statement: the category's articles through its index, one more
      // than the page, plus one for this article, which is dropped.
      select: (args, ctx, nestedSelection) => {
        // Preview viewers read it as a list of its own (the plain path; see visibility.ts).
        if (!articleVisibility(ctx).publicOnly) return { id: true, categoryId: true };
        const page = checkedLater(() => pageRequest(args), { size: 1, backward: false });
        return {
          id: true,
          categoryId: true,
          category: { select: { articles: nestedSelection(prismaArticlePage(ctx, 'PUBLISHED_AT_DESC', page, 1), ['edges', 'node']) } },
        };
      },
      resolve: (a, args, ctx, info) => {
        const parent = { key: a.id, key2: a.categoryId };
        if (!articleVisibility(ctx).publicOnly) return loadArticlePage(ctx, info, { kind: 'moreFromCategory' }, parent, args) as never;
        tagListRead(ctx, { kind: 'moreFromCategory' }, parent);
        return articleConnectionFromRows(
          info,
          (a as typeof a & { category: { articles: { id: number; publishedAt: Date | null }[] } }).category.articles,
          'PUBLISHED_AT_DESC',
          pageRequest(args),
          () => articleCount(ctx, { kind: 'moreFromCategory' }, parent),
          a.id,
        ) as never;
      },
    },
    ArticleConnection,
  ),
);

builder.queryFields((t) => ({
  article: t.prismaField({
    type: Article,
    nullable: true,
    description:
      'One visible article by global ID or by slug (exactly one of them). A former slug of a renamed article resolves to it; read `slug` for the canonical one. Null when not found or not published.',
    args: {
      id: t.arg.id({ description: 'Global ID of the article.' }),
      slug: t.arg.string({ description: 'Current or former slug of the article.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      if ((args.id == null) === (args.slug == null)) throw badInput('Pass exactly one of `id` and `slug`.');
      const first = (where: Prisma.ArticleWhereInput) => {
        const read = { ...query, where: { ...where, ...visibleArticle(ctx) } };
        return readDirect('Article', 'findFirst', read, () => prisma().article.findFirst(read));
      };
      if (args.id) return first({ id: decodeIDOrThrow(args.id, 'Article') });
      // The current slug first (one statement, by its unique index); a former slug only when that
      // misses. A single OR of the two makes PostgreSQL walk articles instead of both indexes.
      const current = await first({ slug: args.slug! });
      if (current) return current;
      const former = await prisma().articleSlug.findUnique({ where: { slug: args.slug! }, select: { articleId: true } });
      return former ? first({ id: former.articleId }) : null;
    },
  }),
  articles: t.connection(
    {
      type: Article,
      description: `Visible articles matching a filter, in a stable order. ${PAGE_LIMITS} A filter other than dates adds ${FILTER_COST} to the request cost, and each tag ${FILTER_TAG_COST.ANY} (${FILTER_TAG_COST.ALL} with ALL).`,
      args: {
        filter: t.arg({ type: ArticleFilterInput, description: 'Conditions articles must meet.' }),
        ...orderByArgs,
      },
      resolve: async (_root, args, ctx, info) => {
        const filter = toArticleFilter(args.filter);
        const onlyDates = Object.entries(filter).every(([k, v]) => v == null || k === 'publishedAfter' || k === 'publishedBefore');
        if (!onlyDates || !articleVisibility(ctx).publicOnly)
          return loadArticlePage(ctx, info, { kind: 'filter', filter }, { key: 0 }, args) as never;
        // The feed, whole or by date: one Prisma statement reading Article's (status, date, id)
        // index in list order, with everything under `node` planned into it.
        const order = args.orderBy ?? 'PUBLISHED_AT_DESC';
        const page = pageRequest(args);
        const { select, ...planned } = prismaArticlePage(ctx, order, page);
        const query = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] }) as { select?: object };
        const dates = { gte: filter.publishedAfter ?? undefined, lt: filter.publishedBefore ?? undefined };
        const read = { ...planned, where: { AND: [planned.where, { publishedAt: dates }] }, select: { ...query.select, ...select } };
        const rows = await readDirect('Article', 'findMany', read, () => prisma().article.findMany(read));
        return articleConnectionFromRows(info, rows, order, page, () => articleCount(ctx, { kind: 'filter', filter }, 0)) as never;
      },
    },
    ArticleConnection,
  ),
}));
