import { memoized, type Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import type { Category } from '../generated/prisma/client.ts';

// The category tree is small (hundreds of rows at most), so a request that needs ancestors or
// descendants reads it once, whole, and walks it in memory: one statement for any number of
// breadcrumbs in the response.
export function categoryTree(ctx: Context): Promise<Map<number, Category>> {
  return memoized(ctx, 'categoryTree', () =>
    prisma()
      .category.findMany()
      .then((rows) => new Map(rows.map((c) => [c.id, c]))),
  );
}

/** The category's ancestors, root first, without the category itself. */
export async function ancestors(ctx: Context, category: { parentId: number | null }): Promise<Category[]> {
  const tree = await categoryTree(ctx);
  const out: Category[] = [];
  for (let id = category.parentId; id != null && out.length < 50; id = tree.get(id)?.parentId ?? null) {
    const c = tree.get(id);
    if (!c) break;
    out.unshift(c);
  }
  return out;
}

/** Drops the request's copy of the tree after a write changed it (a mutation's payload reads it anew). */
export function forgetCategoryTree(ctx: Context): void {
  ctx.memo.delete('categoryTree');
}
