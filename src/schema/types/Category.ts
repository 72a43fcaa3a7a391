import { prisma } from '../../db/client.ts';
import { readDirect } from '../../db/direct-reads.ts';
import { MAX_CATEGORY_DEPTH } from '../../writes/taxonomy.ts';
import { BLURB_RULE, NAME_RULE, SLUG_RULE, taxonomyMutations } from '../taxonomy-mutations.ts';
import type { Category as CategoryModel } from '../../generated/prisma/client.ts';
import { loadArticlePage } from '../../loaders/article-lists.ts';
import { ancestors } from '../../loaders/categories.ts';
import { builder } from '../builder.ts';
import { Article, ArticleConnection, orderByArgs, PAGE_LIMITS } from './Article.ts';

/** Levels of a breadcrumb read with the category itself; news category trees are 2-4 deep. */
const ANCESTORS_IN_QUERY = 6;
type CategoryRow = CategoryModel & { parent?: CategoryRow | null };
const parentChain = (levels: number): { include: object } | true => (levels <= 1 ? true : { include: { parent: parentChain(levels - 1) } });

export const Category = builder.prismaNode('Category', {
  description: 'A section of the site, in a tree (for example Finance > Markets > Currencies).',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the category, unique.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the section covers.' }),
    position: t.exposeInt('position', { description: 'Order among its siblings, from 0.' }),
  }),
});

builder.prismaObjectFields(Category, (t) => ({
  parent: t.relation('parent', { nullable: true, description: 'The category above it; null at the top.' }),
  children: t.relation('children', { description: 'Its subcategories, in order.', query: { orderBy: { position: 'asc' } } }),
  ancestors: t.field({
    type: [Category],
    description: 'Categories above it, top first: with the category itself, the breadcrumb.',
    // The parent chain is read in the statement that loads the category (a join per level), so
    // a breadcrumb costs no statement of its own; a deeper tree reads the whole tree once.
    select: { parentId: true, parent: parentChain(ANCESTORS_IN_QUERY) },
    resolve: (c, _args, ctx) => {
      const chain: CategoryRow[] = [];
      for (let p = (c as unknown as CategoryRow).parent; p; p = p.parent) {
        if (p.parent === undefined && p.parentId != null) return ancestors(ctx, c);
        chain.unshift(p);
      }
      return chain;
    },
  }),
  articles: t.connection(
    {
      type: Article,
      description: `Visible articles of the category, newest first. ${PAGE_LIMITS}`,
      args: {
        includeSubcategories: t.arg.boolean({ defaultValue: true, description: 'Also articles of its subcategories, at any depth.' }),
        ...orderByArgs,
      },
      resolve: (c, args, ctx, info) =>
        loadArticlePage(
          ctx,
          info,
          { kind: 'category', includeSubcategories: args.includeSubcategories ?? true },
          { key: c.id },
          args,
        ) as never,
    },
    ArticleConnection,
  ),
}));

builder.queryFields((t) => ({
  category: t.prismaField({
    type: 'Category',
    nullable: true,
    description: 'A category by slug; null when unknown.',
    args: { slug: t.arg.string({ required: true, description: 'Slug of the category.' }) },
    resolve: (query, _root, args) => {
      const read = { ...query, where: { slug: args.slug } };
      return readDirect('Category', 'findUnique', read, () => prisma().category.findUnique(read));
    },
  }),
  categories: t.prismaField({
    type: ['Category'],
    description:
      'The category tree, one level at a time: top-level categories, or the children of `parent`. Follow `children` for deeper levels.',
    args: { parent: t.arg.string({ description: 'Slug of the parent; omit for the top level.' }) },
    resolve: (query, _root, args) =>
      prisma().category.findMany({
        ...query,
        where: args.parent ? { parent: { slug: args.parent } } : { parentId: null },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

taxonomyMutations(
  'Category',
  (t, create) => ({
    slug: t.string({ required: create, description: SLUG_RULE }),
    name: t.string({ required: create, description: `Display name. ${NAME_RULE}` }),
    description: t.string({ description: `What the section covers. ${BLURB_RULE}` }),
    parentId: t.id({
      description: `Global ID of the category above it; null for the top level. Moving a category under itself or one of its subcategories is refused (reason CYCLE), as is a tree deeper than ${MAX_CATEGORY_DEPTH} levels (TOO_DEEP).`,
    }),
    position: t.int({ description: 'Order among its siblings, 0-10000; after the last sibling when a create or a move leaves it out.' }),
  }),
  { parentId: 'Category' },
);
