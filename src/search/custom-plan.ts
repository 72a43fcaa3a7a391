import { prisma } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Runs a search or facet statement planned for its own values. The gateway's statements run on
 * generic plans (DB_PLAN_CACHE_MODE), which suit its fixed-shape page queries; a search term's
 * or a filter's selectivity changes the best plan (a rare word reads the GIN index alone, a
 * small category its own articles), and a generic plan cannot know it: 2-10x slower at 200,000
 * articles (bench/RESULTS.md). SET LOCAL keeps the setting to this transaction.
 */
export async function customPlanned<T>(query: Prisma.Sql): Promise<T[]> {
  const [, rows] = await prisma().$transaction([
    prisma().$queryRaw`SELECT set_config('plan_cache_mode', 'force_custom_plan', true)`,
    prisma().$queryRaw<T[]>(query),
  ]);
  return rows;
}
