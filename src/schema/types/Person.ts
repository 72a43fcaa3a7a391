import { prisma } from '../../db/client.ts';
import { BLURB_RULE, NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import { loadArticlePage } from '../../loaders/article-lists.ts';
import { entityConnection } from '../../loaders/entity-lists.ts';
import { builder } from '../builder.ts';
import { ENTITY_LIST_LIMITS, entityConnectionType } from '../entity-list.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';
import { CreditRoleEnum } from './enums.ts';

export const Person = builder.prismaNode('Person', {
  description: 'A journalist credited on articles, or someone the news is about.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the person, unique.' }),
    name: t.exposeString('name', { description: 'Full name as printed.' }),
    shortBio: t.exposeString('shortBio', { nullable: true, description: 'One or two sentences about the person.' }),
  }),
});

builder.prismaObjectFields(Person, (t) => ({
  affiliation: t.relation('affiliation', { nullable: true, description: 'The organisation the person works for, if known.' }),
  credits: t.connection(
    {
      type: Article,
      description: `Visible articles crediting the person, newest first. ${PAGE_LIMITS}`,
      args: {
        role: t.arg({ type: CreditRoleEnum, description: 'Only credits in this role.' }),
        ...orderByArgs,
      },
      resolve: (p, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'credit', role: args.role }, { key: p.id }, args) as never,
    },
    ArticleConnection,
  ),
  mentionedIn: t.connection(
    {
      type: Article,
      description: `Visible articles whose story mentions the person, newest first. ${PAGE_LIMITS}`,
      args: orderByArgs,
      resolve: (p, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'mention' }, { key: p.id }, args) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryField('person', (t) =>
  t.prismaField({
    type: 'Person',
    nullable: true,
    description: 'A person by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the person.' }) },
    resolve: (query, _root, args) => prisma().person.findUnique({ ...query, where: { slug: args.slug } }),
  }),
);

taxonomyMutations(
  'Person',
  (t, create) => ({
    slug: t.string({ required: create, description: SLUG_RULE }),
    name: t.string({ required: create, description: `Full name as printed. ${NAME_RULE}` }),
    shortBio: t.string({ description: `One or two sentences about the person. ${BLURB_RULE}` }),
    affiliationId: t.id({ description: 'Global ID of the organisation the person works for; null clears it.' }),
  }),
  { affiliationId: 'Organization' },
);

const PersonOrderEnum = builder.enumType('PersonOrder', {
  description: 'Order of the list of people; ties broken by id.',
  values: {
    NAME: { description: 'By name, A to Z.' },
    CREDIT_COUNT: { description: 'Most visible articles credited first.' },
    MENTION_COUNT: { description: 'Most visible articles mentioning them first.' },
  },
});

const PersonListConnection = entityConnectionType(Person, 'Person', 'people');

builder.queryField('people', (t) =>
  t.connection(
    {
      type: Person,
      description: `Every person, by name or by visible articles. ${ENTITY_LIST_LIMITS}`,
      args: { orderBy: t.arg({ type: PersonOrderEnum, defaultValue: 'NAME', description: 'Order of the list.' }) },
      resolve: (_root, args, ctx, info) => entityConnection(ctx, info, 'Person', args.orderBy ?? 'NAME', args) as never,
    },
    PersonListConnection,
  ),
);
