import { prisma } from '../../db/client.ts';
import { BLURB_RULE, NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import { articleCount, loadArticlePage } from '../../loaders/article-lists.ts';
import { pageSize } from '../../loaders/pagination.ts';
import { builder } from '../builder.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';

export const Tag = builder.prismaNode('Tag', {
  description: 'A label shared by articles.',
  id: { field: 'id' },
  // Select mode: a card's tags read their name and slug, not a description. What every tag shows
  // is read always and resolves from the row, without Pothos' loaded-selection check (which a field
  // with a `select`, such as an exposed column here, pays on every row).
  select: { id: true, slug: true, name: true },
  fields: (t) => ({
    slug: t.string({ description: 'URL key of the tag, unique.', resolve: (tag) => tag.slug }),
    name: t.string({ description: 'Display name.', resolve: (tag) => tag.name }),
    description: t.exposeString('description', { nullable: true, description: 'What the tag covers.' }),
  }),
});

builder.prismaObjectFields(Tag, (t) => ({
  articleCount: t.int({
    description: 'How many visible articles carry the tag.',
    resolve: (tag, _args, ctx) => articleCount(ctx, { kind: 'tag' }, tag.id),
  }),
  articles: t.connection(
    {
      type: Article,
      description: `Visible articles with this tag. ${PAGE_LIMITS}`,
      args: orderByArgs,
      resolve: (tag, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'tag' }, { key: tag.id }, args) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryFields((t) => ({
  tag: t.prismaField({
    type: 'Tag',
    nullable: true,
    description: 'A tag by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the tag.' }) },
    resolve: (query, _root, args) => prisma().tag.findUnique({ ...query, where: { slug: args.slug } }),
  }),
  tags: t.prismaConnection(
    {
      type: 'Tag',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 50,
      description: 'Every tag, by name, with `articleCount` for how many visible articles carry it. Page size 50 by default, at most 100.',
      resolve: (query, _root, args) => {
        pageSize(args, 50); // the same page-size errors as every other list
        return prisma().tag.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      },
    },
    { name: 'TagConnection', description: 'A page of tags.' },
    { name: 'TagEdge', description: 'A tag in a list, with its cursor.' },
  ),
}));

taxonomyMutations('Tag', (t, create) => ({
  slug: t.string({ required: create, description: SLUG_RULE }),
  name: t.string({ required: create, description: `Display name. ${NAME_RULE}` }),
  description: t.string({ description: `What the tag covers. ${BLURB_RULE}` }),
}));
