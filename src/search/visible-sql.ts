import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { articleVisibility } from '../schema/visibility.ts';
import { ANONYMOUS } from '../viewer.ts';

/**
 * The visibility rule (src/schema/visibility.ts) for the raw statements of search, suggestions and
 * facets, on an Article row aliased `a`. These always answer the public view, preview keys
 * included: their counts come partly from the list counters, which hold published articles
 * only, and one answer must not mix the two views. Drafts are never found or counted.
 */
export const visibleArticleSql = (ctx: Pick<Context, 'now'>): Prisma.Sql => articleVisibility({ viewer: ANONYMOUS, now: ctx.now }).sql('a');
