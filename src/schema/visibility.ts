import type { Context } from '../context.ts';

// Anonymous readers see only published articles whose publish time has passed. Every path that
// reaches an article (root fields, node, relations, connections, counts) filters with this.
export const visibleArticle = (ctx: Context) => ({
  status: 'PUBLISHED' as const,
  publishedAt: { lte: ctx.now },
});
