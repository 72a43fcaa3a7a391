import { loadArticlePage } from '../../loaders/article-lists.ts';
import { builder } from '../builder.ts';
import { Article, ArticleConnection, ArticleOrderEnum, PAGE_LIMITS } from './Article.ts';
import { articleCount } from '../../loaders/article-lists.ts';

export const Tag = builder.prismaNode('Tag', {
  description: 'A label shared by articles.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the tag, unique.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
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
        args: { orderBy: t.arg({ type: ArticleOrderEnum, defaultValue: 'PUBLISHED_AT_DESC', description: 'Order of the list.' }) },
        resolve: (tag, args, ctx, info) => loadArticlePage(ctx, info, { kind: 'tag' }, { key: tag.id }, args) as never,
      },
      ArticleConnection,
    ),
}));
