import DataLoader from 'dataloader';
import { memoized, type Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import { rawRead, readDirect } from '../db/direct-reads.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { visibleArticle } from '../schema/visibility.ts';

// Lists of different fields resolved side by side (a person's credits and mentions, a tag page's
// articles and related tags' articles) are each batched across their own parents by their own
// loader; these two loaders batch again across the fields: every list page SQL of the same tick
// runs as one UNION ALL statement, and their article rows as one findMany per compatible
// selection. DataLoader dispatches after the loaders of the tick have dispatched, which is
// what gathers them.

export interface PageRowOut {
  parent: number;
  key2: number;
  id: number | null;
  sort: Date | null;
  n: number | null;
}

/** Runs a list page query (`SELECT parent, key2, id, sort, n ...`) together with the tick's others. */
export function pageRows(ctx: Context, query: Prisma.Sql): Promise<PageRowOut[]> {
  const loader = memoized(
    ctx,
    'pageRows',
    () =>
      new DataLoader<Prisma.Sql, PageRowOut[]>(
        async (queries) => {
          if (queries.length === 1) return [await rawRead<PageRowOut>(queries[0])];
          const union = Prisma.join(
            queries.map((q, i) => Prisma.sql`(SELECT ${i}::int AS q, y.* FROM (${q}) y)`),
            ' UNION ALL ',
          );
          const rows = await rawRead<PageRowOut & { q: number }>(union);
          const out = queries.map((): PageRowOut[] => []);
          for (const { q, ...row } of rows) out[q].push(row);
          return out;
        },
        { cache: false },
      ),
  );
  return loader.load(query);
}

type Selection = { select?: Record<string, unknown>; include?: Record<string, unknown> };
interface NodeRequest {
  query: Selection;
  ids: number[];
}

/** One selection covering both, or null when they ask for the same key in different ways. */
function mergeSelections(a: Selection, b: Selection): Selection | null {
  if (!a.select || !b.select || a.include || b.include) return JSON.stringify(a) === JSON.stringify(b) ? a : null;
  const select = { ...a.select };
  for (const [key, value] of Object.entries(b.select)) {
    if (key in select && JSON.stringify(select[key]) !== JSON.stringify(value)) return null;
    select[key] = value;
  }
  return { ...a, select };
}

/** Visible articles by id with the selection Pothos planned, read together with the tick's others. */
export function articleNodes<T extends { id: number }>(ctx: Context, query: object, ids: number[]): Promise<T[]> {
  const loader = memoized(
    ctx,
    'articleNodes',
    () =>
      new DataLoader<NodeRequest, { id: number }[]>(
        async (requests) => {
          // Greedy: each request joins the first group whose selection it merges with.
          const groups: { query: Selection; members: number[] }[] = [];
          requests.forEach((r, i) => {
            for (const g of groups) {
              const merged = mergeSelections(g.query, r.query);
              if (merged) {
                g.query = merged;
                g.members.push(i);
                return;
              }
            }
            groups.push({ query: r.query, members: [i] });
          });
          const out: { id: number }[][] = requests.map(() => []);
          await Promise.all(
            groups.map(async (g) => {
              const ids = [...new Set(g.members.flatMap((i) => requests[i].ids))];
              const read = { ...g.query, where: { id: { in: ids }, ...visibleArticle(ctx) } };
              const rows = (await readDirect('Article', 'findMany', read, () => prisma().article.findMany(read))) as { id: number }[];
              const byId = new Map(rows.map((row) => [row.id, row]));
              for (const i of g.members) out[i] = requests[i].ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
            }),
          );
          return out;
        },
        { cache: false },
      ),
  );
  return loader.load({ query: query as Selection, ids }) as Promise<T[]>;
}

/** A query `queryFromInfo` planned: what a request selects on the rows a resolver reads itself. */
export type PlannedQuery = { select?: object; include?: object };
type ByIdsModel = { findMany(a: PlannedQuery & { where: { id: { in: number[] } } }): Promise<{ id: number }[]> };

/**
 * Rows of a model by id, read with what the request selects on them (relations asked for come in
 * the same statement); the client is taken when a request runs, not at import.
 */
export function rowsByIds(model: (db: ReturnType<typeof prisma>) => ByIdsModel, ids: number[], query: PlannedQuery) {
  return model(prisma()).findMany({ ...query, where: { id: { in: ids } } });
}
