import type DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import { ANONYMOUS, viewerFromRequest, type Viewer } from './viewer.ts';

// A fresh context per request: loaders never outlive the request that filled them.
export interface Context {
  /** Who is asking: anonymous, or an API key holder with scopes (src/viewer.ts). */
  viewer: Viewer;
  /** Read once, so every visibility check in one response agrees on what is published. */
  now: Date;
  /** Page loaders of article lists, per field of the operation (src/loaders/article-lists.ts). */
  articleLists: WeakMap<FieldNode, Map<string, DataLoader<any, any, string>>>;
  /** Count loaders of article lists, per list kind. */
  articleCounts: Map<string, DataLoader<any, number, string>>;
  /** Other per-request loaders and memoised reads, created on first use. */
  memo: Map<string, unknown>;
}

export async function createContext(initial?: YogaInitialContext): Promise<Context> {
  const viewer = initial?.request ? await viewerFromRequest(initial.request) : ANONYMOUS;
  return { viewer, now: new Date(), articleLists: new WeakMap(), articleCounts: new Map(), memo: new Map() };
}

/** A per-request value made on first use and kept in `memo` under `key`. */
export function memoized<T>(ctx: Context, key: string, make: () => T): T {
  let value = ctx.memo.get(key) as T | undefined;
  if (value === undefined) ctx.memo.set(key, (value = make()));
  return value;
}
