import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { hasScope } from '../viewer.ts';

// The one visibility rule for articles. Anonymous readers (and keys without `preview`) see only
// published articles whose publish time has passed; a key with `preview` sees every article
// (drafts, scheduled, archived) through the same fields. Every path that reaches an article
// (root fields, node, relations, lists, counts, related) asks this module, as a Prisma `where`
// or as an SQL condition, both made by `articleVisibility` below.
//
// The trigger-fed data (join rows' publishedAt, ArticleListCount, the RelatedRanking view) holds
// published rows only: a path may read it only when `publicOnly` is true; preview viewers take
// the plain path that reads Article itself.

export interface ArticleVisibility {
  /** True when only published, due articles are visible: the trigger-fed lists may be read. */
  publicOnly: boolean;
  /** The rule as a Prisma filter on Article (empty for preview viewers). */
  where: { status?: 'PUBLISHED'; publishedAt?: { lte: Date } };
  /** The rule as an SQL condition on the Article row aliased `alias`. */
  sql(alias?: string): Prisma.Sql;
}

export function articleVisibility(ctx: Pick<Context, 'viewer' | 'now'>): ArticleVisibility {
  const publicOnly = !hasScope(ctx.viewer, 'preview');
  const now = ctx.now;
  return {
    publicOnly,
    where: publicOnly ? { status: 'PUBLISHED', publishedAt: { lte: now } } : {},
    sql: (alias = 'a') =>
      publicOnly
        ? Prisma.sql`${Prisma.raw(alias)}.status = 'PUBLISHED' AND ${Prisma.raw(alias)}."publishedAt" <= ${now}`
        : Prisma.sql`TRUE`,
  };
}

/** The Prisma filter of the rule, for spreading into a `where`. */
export const visibleArticle = (ctx: Pick<Context, 'viewer' | 'now'>) => articleVisibility(ctx).where;
