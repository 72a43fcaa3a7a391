import { prisma } from '../db/client.ts';
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import { inTransaction } from '../writes/transaction.ts';

// The background refresh of related lists. A write queues its article as a source
// ("RelatedSource"); each tick, on any instance, claims the due sources and expands them into the
// lists they may enter or leave ("RelatedRefresh", related_fan_out), then ranks at most
// RELATED_REFRESH_BATCH of those lists again, oldest request first. Rows are claimed with
// FOR UPDATE SKIP LOCKED, so any number of instances share the work without doing it twice.
// Throughput is RELATED_REFRESH_BATCH lists per RELATED_REFRESH_INTERVAL_MS per instance.

/** Sources expanded per tick: each may queue tens of thousands of lists (a popular tag). */
const SOURCES_PER_TICK = 20;

export interface RefreshResult {
  /** Sources expanded into lists. */
  sources: number;
  /** Lists queued by them. */
  queued: number;
  /** Lists ranked again. */
  refreshed: number;
}

/** One bounded step of the background refresh: expand due sources, then rank up to `batch` queued lists. */
export async function refreshRelatedBatch(batch = env().RELATED_REFRESH_BATCH): Promise<RefreshResult> {
  const { sources, queued } = await inTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ articleId: number; dueAt: Date }[]>`
      DELETE FROM "RelatedSource" WHERE "articleId" IN (
        SELECT "articleId" FROM "RelatedSource" WHERE "dueAt" <= now()
        ORDER BY "dueAt", "articleId" LIMIT ${SOURCES_PER_TICK} FOR UPDATE SKIP LOCKED)
      RETURNING "articleId", "dueAt"`;
    if (!rows.length) return { sources: 0, queued: 0 };
    const ids = rows.map((r) => r.articleId);
    // Queued as of the oldest source's time, so a list waiting since earlier keeps its place.
    const at = new Date(Math.min(...rows.map((r) => r.dueAt.getTime())));
    const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT related_fan_out(${ids}::int[], ${at}) AS n`;
    return { sources: ids.length, queued: n };
  });
  const refreshed = batch > 0 ? await rankQueued(batch) : 0;
  return { sources, queued, refreshed };
}

async function rankQueued(batch: number): Promise<number> {
  return inTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ articleId: number }[]>`
      DELETE FROM "RelatedRefresh" WHERE "articleId" IN (
        SELECT "articleId" FROM "RelatedRefresh" ORDER BY "queuedAt", "articleId" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING "articleId"`;
    if (rows.length) await tx.$executeRaw`SELECT related_rerank(${rows.map((r) => r.articleId)}::int[])`;
    return rows.length;
  });
}

/** Runs every due step until nothing is queued (tests, scripts); returns the totals. */
export async function drainRelatedRefresh(batch = env().RELATED_REFRESH_BATCH): Promise<RefreshResult> {
  const total: RefreshResult = { sources: 0, queued: 0, refreshed: 0 };
  for (;;) {
    const r = await refreshRelatedBatch(batch);
    total.sources += r.sources;
    total.queued += r.queued;
    total.refreshed += r.refreshed;
    if (!r.sources && !r.refreshed) return total;
  }
}

/** The oldest request still waiting, or null: how far behind the refresh is. */
export async function relatedRefreshLag(): Promise<{ lists: number; oldest: Date | null }> {
  const [row] = await prisma().$queryRaw<{ lists: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS lists, min("queuedAt") AS oldest FROM "RelatedRefresh"`;
  return row;
}

export interface RelatedRefresher {
  stop(): Promise<void>;
}

/** Starts the background refresh on this instance (one step per interval; 0 turns it off). */
export function startRelatedRefresh({ intervalMs = env().RELATED_REFRESH_INTERVAL_MS } = {}): RelatedRefresher {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = refreshRelatedBatch()
      .then((r) => r.refreshed && logger.debug(r, 'related lists refreshed'))
      .catch((err) => logger.warn({ err: (err as Error).message }, 'refreshing related lists failed'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = intervalMs > 0 ? setInterval(tick, intervalMs) : undefined;
  timer?.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
