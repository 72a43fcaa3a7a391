import { prisma } from '../../db.ts';
import { badInput } from '../../errors.ts';
import { builder } from '../builder.ts';
import { decodeIDOrThrow } from '../global-id.ts';
import { visibleArticle } from '../visibility.ts';

export const Article = builder.prismaNode('Article', {
  description: 'A news article as a reader sees it on the site.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id: Number(id), ...visibleArticle(ctx) }),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Canonical URL key; old slugs still resolve through `article(slug:)`.' }),
    title: t.exposeString('title', { description: 'The headline.' }),
    category: t.relation('category', { description: 'The primary category.' }),
    credits: t.relation('credits', {
      description: 'People credited on the article, in credit-line order.',
      query: { orderBy: [{ position: 'asc' }, { role: 'asc' }] },
    }),
  }),
});

builder.queryField('article', (t) =>
  t.prismaField({
    type: 'Article',
    nullable: true,
    description:
      'One visible article by global ID or by slug (exactly one of them). An old slug of a renamed article resolves to it; read `slug` for the canonical one. Null when not found.',
    args: {
      id: t.arg.id({ description: 'Global ID of the article.' }),
      slug: t.arg.string({ description: 'Current or former slug of the article.' }),
    },
    resolve: (query, _root, args, ctx) => {
      if ((args.id == null) === (args.slug == null)) throw badInput('Pass exactly one of `id` and `slug`.');
      const where = args.id
        ? { id: decodeIDOrThrow(args.id, 'Article') }
        : { OR: [{ slug: args.slug! }, { slugHistory: { some: { slug: args.slug! } } }] };
      return prisma.article.findFirst({ ...query, where: { ...where, ...visibleArticle(ctx) } });
    },
  }),
);
