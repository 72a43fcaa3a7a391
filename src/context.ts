import type { YogaInitialContext } from 'graphql-yoga';
import { ANONYMOUS, viewerFromRequest, type Viewer } from './viewer.ts';

// A fresh context per request: loaders never outlive the request that filled them.
export interface Context {
  /** Who is asking: anonymous, or an API key holder with scopes (src/viewer.ts). */
  viewer: Viewer;
  /** Read once, so every visibility check in one response agrees on what is published. */
  now: Date;
  /** Every per-request loader and memoised read, created on first use through `memoized`. */
  memo: Map<string, unknown>;
}

export async function createContext(initial?: YogaInitialContext): Promise<Context> {
  const viewer = initial?.request ? await viewerFromRequest(initial.request) : ANONYMOUS;
  return { viewer, now: new Date(), memo: new Map() };
}

/**
 * A per-request value made on first use and kept in `memo` under `key`: the one way this code
 * keeps anything per request (loaders, the category tree), so nothing outlives its request.
 */
export function memoized<T>(ctx: Context, key: string, make: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}
