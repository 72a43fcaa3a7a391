import { prisma } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * Runs a search or facet statement planned for its own values. The gateway's statements run on
 * generic plans (DB_PLAN_CACHE_MODE), which suit its fixed-shape page queries; a search term's
 * or a filter's selectivity changes the best plan (a rare word reads the GIN index alone, a
 * small category its own articles), and a generic plan cannot know it: 2-10x slower at 200,000
 * articles (bench/RESULTS.md). SET LOCAL keeps the settings to this transaction. `settings`, more
 * set_config calls evaluated in the same first statement, can rule out plans the planner
 * misprices: it does not count reading a TOASTed search vector, so under a LIMIT it may prefer a
 * scan that reads the vector of every row it passes. (bench:explain replays that statement.)
 */
export async function customPlanned<T>(query: Prisma.Sql, settings?: Prisma.Sql): Promise<T[]> {
  const set = Prisma.sql`SELECT set_config('plan_cache_mode', 'force_custom_plan', true)${settings ? Prisma.sql`, ${settings}` : Prisma.empty}`;
  const [, rows] = await prisma().$transaction([prisma().$queryRaw(set), prisma().$queryRaw<T[]>(query)]);
  return rows;
}
