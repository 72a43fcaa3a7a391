import { prisma } from '../../db/client.ts';
import { NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import { loadArticlePage } from '../../loaders/article-lists.ts';
import { entityConnection } from '../../loaders/entity-lists.ts';
import { builder } from '../builder.ts';
import { ENTITY_LIST_LIMITS, entityConnectionType } from '../entity-list.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';
import { PlaceKindEnum } from './enums.ts';

export const Place = builder.prismaNode('Place', {
  description: 'A city, region or country.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the place, unique.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    kind: t.expose('kind', { type: PlaceKindEnum, description: 'What kind of place it is.' }),
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country.' }),
  }),
});

builder.prismaObjectFields(Place, (t) => ({
  articles: t.connection(
    {
      type: Article,
      description: `Visible articles whose story mentions the place, newest first. ${PAGE_LIMITS}`,
      args: orderByArgs,
      resolve: (o, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'place' }, { key: o.id }, args) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryField('place', (t) =>
  t.prismaField({
    type: 'Place',
    nullable: true,
    description: 'A place by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the place.' }) },
    resolve: (query, _root, args) => prisma().place.findUnique({ ...query, where: { slug: args.slug } }),
  }),
);

taxonomyMutations('Place', (t, create) => ({
  slug: t.string({ required: create, description: SLUG_RULE }),
  name: t.string({ required: create, description: `Its name. ${NAME_RULE}` }),
  kind: t.field({ type: PlaceKindEnum, description: 'What kind of place it is; OTHER when a create leaves it out.' }),
  countryCode: t.string({ description: 'ISO 3166-1 alpha-2 code of its country, two capital letters; null clears it.' }),
}));

const PlaceOrderEnum = builder.enumType('PlaceOrder', {
  description: 'Order of the list of places; ties broken by id.',
  values: {
    NAME: { description: 'By name, A to Z.' },
    ARTICLE_COUNT: { description: 'Most visible articles mentioning it first.' },
  },
});

const PlaceListConnection = entityConnectionType(Place, 'Place', 'places');

builder.queryField('places', (t) =>
  t.connection(
    {
      type: Place,
      description: `Every place, by name or by visible articles. ${ENTITY_LIST_LIMITS}`,
      args: { orderBy: t.arg({ type: PlaceOrderEnum, defaultValue: 'NAME', description: 'Order of the list.' }) },
      resolve: (_root, args, ctx, info) => entityConnection(ctx, info, 'Place', args.orderBy ?? 'NAME', args) as never,
    },
    PlaceListConnection,
  ),
);
