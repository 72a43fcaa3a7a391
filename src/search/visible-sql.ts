import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * The visibility rule of src/schema/visibility.ts as a SQL condition on an Article row aliased
 * `a`, for the raw statements of search, facets and entity lists. The one place they take it
 * from: drafts are never found or counted.
 */
export const visibleArticleSql = (ctx: Context): Prisma.Sql =>
  Prisma.sql`(a.status = 'PUBLISHED' AND a."publishedAt" <= ${ctx.now})`;
