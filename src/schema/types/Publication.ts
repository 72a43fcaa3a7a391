import { prisma } from '../../db/client.ts';
import { BLURB_RULE, NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import { loadArticlePage } from '../../loaders/article-lists.ts';
import { builder } from '../builder.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';

export const Publication = builder.prismaNode('Publication', {
  description: 'A site that publishes articles; the gateway can serve several.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the publication, unique.' }),
    name: t.exposeString('name', { description: 'Its name, as in "Published by ...".' }),
    description: t.exposeString('description', { nullable: true, description: 'What it covers.' }),
    url: t.exposeString('url', { description: 'Its home page.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone its pages show dates in, for example Europe/London.' }),
  }),
});

builder.prismaObjectFields(Publication, (t) => ({
  articles: t.connection(
    {
      type: Article,
      description: `Its visible articles, newest first. ${PAGE_LIMITS}`,
      args: orderByArgs,
      resolve: (p, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'publication' }, { key: p.id }, args) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryFields((t) => ({
  publication: t.prismaField({
    type: 'Publication',
    nullable: true,
    description: 'A publication by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the publication.' }) },
    resolve: (query, _root, args) => prisma().publication.findUnique({ ...query, where: { slug: args.slug } }),
  }),
  publications: t.prismaField({
    type: ['Publication'],
    description: 'Every publication, by name.',
    resolve: (query) => prisma().publication.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}));

taxonomyMutations('Publication', (t, create) => ({
  slug: t.string({ required: create, description: SLUG_RULE }),
  name: t.string({ required: create, description: `Its name. ${NAME_RULE}` }),
  description: t.string({ description: `What it covers. ${BLURB_RULE}` }),
  url: t.string({ required: create, description: 'Its home page: an http or https URL of at most 2000 characters.' }),
  timeZone: t.string({
    description: 'IANA time zone its pages show dates in, for example Europe/London; UTC when a create leaves it out.',
  }),
}));
