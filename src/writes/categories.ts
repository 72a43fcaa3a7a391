import type { Prisma } from '../generated/prisma/client.ts';

// The ancestor chain of categories, read in SQL inside a write's transaction (the read side walks
// the tree in memory: src/loaders/categories.ts). Bounded, so even a corrupt tree ends.

type Tx = Prisma.TransactionClient;

/** Each category with its ancestors, nearest first, in one statement. */
export async function categoryChains(tx: Tx, ids: number[]): Promise<Map<number, number[]>> {
  const rows = await tx.$queryRaw<{ start: number; id: number }[]>`
    WITH RECURSIVE up (start, id, "parentId", depth) AS (
      SELECT c.id, c.id, c."parentId", 0 FROM "Category" c WHERE c.id = ANY(${ids}::int[])
      UNION ALL
      SELECT up.start, c.id, c."parentId", up.depth + 1 FROM "Category" c JOIN up ON c.id = up."parentId" WHERE up.depth < 100
    )
    SELECT start, id FROM up ORDER BY start, depth`;
  const chains = new Map<number, number[]>();
  for (const r of rows) chains.set(r.start, [...(chains.get(r.start) ?? []), r.id]);
  return chains;
}

/** One category and its ancestors, nearest first; none for null. */
export async function categoryChain(tx: Tx, id: number | null): Promise<number[]> {
  return id == null ? [] : ((await categoryChains(tx, [id])).get(id) ?? []);
}
