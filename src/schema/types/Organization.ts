import { prisma } from '../../db/client.ts';
import { BLURB_RULE, NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import { loadArticlePage } from '../../loaders/article-lists.ts';
import { entityConnection } from '../../loaders/entity-lists.ts';
import { builder } from '../builder.ts';
import { ENTITY_LIST_LIMITS, entityConnectionType } from '../entity-list.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';
import { OrganizationKindEnum } from './enums.ts';

export const Organization = builder.prismaNode('Organization', {
  description: 'A company, agency, government body or other organisation.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the organisation, unique.' }),
    name: t.exposeString('name', { description: 'Name as printed.' }),
    kind: t.expose('kind', { type: OrganizationKindEnum, description: 'What kind of organisation it is.' }),
    description: t.exposeString('description', { nullable: true, description: 'A line about it.' }),
    url: t.exposeString('url', { nullable: true, description: 'Its website.' }),
  }),
});

builder.prismaObjectFields(Organization, (t) => ({
  articles: t.connection(
    {
      type: Article,
      description: `Visible articles whose story mentions the organisation, newest first. ${PAGE_LIMITS}`,
      args: orderByArgs,
      resolve: (o, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'organization' }, { key: o.id }, args) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryField('organization', (t) =>
  t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'An organisation by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the organisation.' }) },
    resolve: (query, _root, args) => prisma().organization.findUnique({ ...query, where: { slug: args.slug } }),
  }),
);

taxonomyMutations('Organization', (t, create) => ({
  slug: t.string({ required: create, description: SLUG_RULE }),
  name: t.string({ required: create, description: `Name as printed. ${NAME_RULE}` }),
  kind: t.field({ type: OrganizationKindEnum, description: 'What kind of organisation it is; OTHER when a create leaves it out.' }),
  description: t.string({ description: `A line about it. ${BLURB_RULE}` }),
  url: t.string({ description: 'Its website: an http or https URL of at most 2000 characters; null clears it.' }),
}));

const OrganizationOrderEnum = builder.enumType('OrganizationOrder', {
  description: 'Order of the list of organisations; ties broken by id.',
  values: {
    NAME: { description: 'By name, A to Z.' },
    ARTICLE_COUNT: { description: 'Most visible articles mentioning it first.' },
  },
});

const OrganizationListConnection = entityConnectionType(Organization, 'Organization', 'organisations');

builder.queryField('organizations', (t) =>
  t.connection(
    {
      type: Organization,
      description: `Every organisation, by name or by visible articles. ${ENTITY_LIST_LIMITS}`,
      args: { orderBy: t.arg({ type: OrganizationOrderEnum, defaultValue: 'NAME', description: 'Order of the list.' }) },
      resolve: (_root, args, ctx, info) => entityConnection(ctx, info, 'Organization', args.orderBy ?? 'NAME', args) as never,
    },
    OrganizationListConnection,
  ),
);
