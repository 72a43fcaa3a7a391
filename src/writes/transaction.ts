import { setTimeout as sleep } from 'node:timers/promises';
import { prisma } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { logger } from '../logger.ts';

// One write, one transaction. Writers touching the same lists bump the same counter rows
// (ArticleListCount, by triggers) in whatever order their rows come, so two of them can
// deadlock; PostgreSQL then aborts one. That one is run again from the start, a few times, after
// a short random pause, so the caller never sees it.

export const MAX_ATTEMPTS = 8;
const RETRYABLE = new Set(['40001', '40P01']);

/** Times a transaction was run again, for tests and logs. */
export const retryStats = { retries: 0 };

/** Whether Prisma's error is a serialization failure or a deadlock, however it is wrapped. */
export function isRetryable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (o.code === 'P2034') return true;
    if (typeof o.code === 'string' && RETRYABLE.has(o.code)) return true;
    if (typeof o.originalCode === 'string' && RETRYABLE.has(o.originalCode)) return true;
    return walk(o.cause) || walk(o.meta) || walk(o.driverAdapterError);
  };
  return walk(err);
}

/** Runs `fn` in a transaction, again from the start on a deadlock or serialization failure (or what `retryOn` accepts), at most MAX_ATTEMPTS times. */
export async function inTransaction<T>(
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  o: { retryOn?: (err: unknown) => boolean } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // Waiting for a connection and for row locks held by other writers can take a while under
      // load; the statement timeout still bounds every single statement.
      return await prisma().$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
    } catch (err) {
      if (!isRetryable(err) && !o.retryOn?.(err)) throw err;
      if (attempt >= MAX_ATTEMPTS) {
        logger.warn({ attempts: attempt, err: (err as Error).message }, 'write transaction failed after retries');
        throw err;
      }
      retryStats.retries++;
      logger.debug({ attempt }, 'write transaction hit a deadlock or serialization failure; running it again');
      await sleep(Math.random() * 25 * 2 ** Math.min(attempt, 5));
    }
  }
}
