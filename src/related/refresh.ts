import { prisma } from '../db/client.ts';
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import { recordEvents } from '../events/outbox.ts';
import { staleRelatedOwners } from '../loaders/related.ts';
import { inTransaction } from '../writes/transaction.ts';

// The background refresh of related lists. A write queues its article as a source
// ("RelatedSource", with the items it touched); a rename of a tag, person, organisation or
// category queues a source without an article. Each step, on any instance: expand the due sources
// (queue the lists that hold them or pick them, "RelatedRefresh", related_fan_out), then go
// through at most RELATED_REFRESH_BATCH lists: the queued ones first, ranked again, then the
// sweep, the lists ranked before the latest expanded source, oldest first. A publication may
// enter every list that shares a tag, person, organisation or category with it, tens of thousands
// for a popular tag, so at a steady rate of publications nearly every list is due; sweeping them
// in order costs no search for them. Of the swept lists only those a change since their ranking
// can have reached are ranked again (related_sweep_due): most share no item with any, or would
// not let a publication in; the rest are marked as ranked. Rows are claimed with FOR UPDATE SKIP
// LOCKED, so instances share the work without doing a list twice. Throughput:
// RELATED_REFRESH_BATCH lists per RELATED_REFRESH_INTERVAL_MS and instance.

/** Sources expanded per step. */
const SOURCES_PER_STEP = 100;

export interface RefreshResult {
  /** Sources expanded. */
  sources: number;
  /** Lists queued by them (holding or picking them). */
  queued: number;
  /** Lists ranked again (queued and swept). */
  refreshed: number;
  /** Swept lists that no change since their ranking can have reached: marked as ranked, not ranked. */
  passed: number;
}

/**
 * One bounded step of the background refresh: expand due sources, then go through up to `batch`
 * lists; with `check` off, every swept list is ranked again (RELATED_SWEEP_CHECK).
 */
export async function refreshRelatedBatch(
  batch = env().RELATED_REFRESH_BATCH,
  check = env().RELATED_SWEEP_CHECK === 'on',
): Promise<RefreshResult> {
  const { sources, queued } = await inTransaction(async (tx) => {
    // The expansion time is read after the sources' writes committed (clock_timestamp, not the
    // transaction's start), so every list ranked later sees them.
    const rows = await tx.$queryRaw<{ articleId: number | null }[]>`
      UPDATE "RelatedSource" SET expanded = true, "dueAt" = clock_timestamp() WHERE id IN (
        SELECT id FROM "RelatedSource" WHERE NOT expanded AND "dueAt" <= now()
        ORDER BY "dueAt", id LIMIT ${SOURCES_PER_STEP} FOR UPDATE SKIP LOCKED)
      RETURNING "articleId"`;
    if (!rows.length) return { sources: 0, queued: 0 };
    // A rename has no article: the sweep's check finds the lists naming it.
    const articles = rows.flatMap((r) => (r.articleId === null ? [] : [r.articleId]));
    const [{ n }] = await tx.$queryRaw<{ n: number }[]>`SELECT related_fan_out(${articles}::int[], now()) AS n`;
    return { sources: rows.length, queued: n };
  });
  const { ranked, passed } = await rankDue(batch, check);
  return { sources, queued, refreshed: ranked, passed };
}

async function rankDue(batch: number, check: boolean): Promise<{ ranked: number; passed: number }> {
  return inTransaction(async (tx) => {
    const queued = await tx.$queryRaw<{ articleId: number }[]>`
      DELETE FROM "RelatedRefresh" WHERE "articleId" IN (
        SELECT "articleId" FROM "RelatedRefresh" ORDER BY "queuedAt", "articleId" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING "articleId"`;
    // A queued list another step is sweeping right now is left to it: the sweep locks a list's
    // first row, so the queued lists are locked the same way, skipping those already locked
    // (a list without rows cannot be swept, and is kept). Without this a list taken from the
    // queue here, not yet ranked, could be swept by a concurrent step and ranked twice.
    const claimed = new Set<number>();
    if (queued.length) {
      const rows = await tx.$queryRaw<{ articleId: number; mine: boolean }[]>`
        SELECT r."articleId", l."articleId" IS NOT NULL AS mine
        FROM "RelatedArticle" r
        LEFT JOIN LATERAL (SELECT x."articleId" FROM "RelatedArticle" x
          WHERE x."articleId" = r."articleId" AND x.rank = 1 FOR UPDATE SKIP LOCKED) l ON true
        WHERE r."articleId" = ANY(${queued.map((r) => r.articleId)}::int[]) AND r.rank = 1`;
      for (const r of rows) if (!r.mine) claimed.add(r.articleId);
    }
    const ids = queued.map((r) => r.articleId).filter((id) => !claimed.has(id));
    let passed = 0;
    if (ids.length < batch) {
      const swept = await tx.$queryRaw<{ articleId: number }[]>`
        SELECT "articleId" FROM "RelatedArticle"
        WHERE rank = 1 AND "computedAt" < (SELECT max("dueAt") FROM "RelatedSource" WHERE expanded)
          AND NOT ("articleId" = ANY(${ids}::int[]))
        ORDER BY "computedAt", "articleId" LIMIT ${batch - ids.length} FOR UPDATE SKIP LOCKED`;
      // Only the swept lists that the changes since their ranking can have reached are ranked
      // again; the others are marked as ranked now (related_sweep_due, migration related_sweep_check).
      const sweptIds = swept.map((r) => r.articleId);
      const due = new Set(
        check && sweptIds.length
          ? (await tx.$queryRaw<{ id: number }[]>`SELECT related_sweep_due(${sweptIds}::int[]) AS id`).map((r) => r.id)
          : sweptIds,
      );
      const unchanged = sweptIds.filter((id) => !due.has(id));
      if (unchanged.length)
        await tx.$executeRaw`UPDATE "RelatedArticle" SET "computedAt" = now() WHERE "articleId" = ANY(${unchanged}::int[]) AND rank = 1`;
      passed = unchanged.length;
      ids.push(...sweptIds.filter((id) => due.has(id)));
    }
    if (ids.length) {
      const changes = await tx.$queryRaw<{ list_id: number; first_rank: number }[]>`
        SELECT list_id, first_rank FROM related_rerank_changes(${ids}::int[])`;
      // Cached pages showing a changed part of a list are purged on every instance, through the
      // outbox like every other change, once this commits: one event for the step's lists.
      if (changes.length)
        await recordEvents(tx, [
          {
            kind: 'related.refreshed',
            entityType: 'RelatedList',
            entityId: changes.length,
            lists: changes.flatMap((c) => staleRelatedOwners(c.list_id, c.first_rank)),
          },
        ]);
    }
    // Sources every list has been ranked after are done with.
    await tx.$executeRaw`
      DELETE FROM "RelatedSource" WHERE expanded
        AND "dueAt" < coalesce((SELECT min("computedAt") FROM "RelatedArticle" WHERE rank = 1), 'infinity')`;
    return { ranked: ids.length, passed };
  });
}

/** Runs every due step until nothing is queued (tests, scripts); returns the totals. */
export async function drainRelatedRefresh(batch = env().RELATED_REFRESH_BATCH): Promise<RefreshResult> {
  const total: RefreshResult = { sources: 0, queued: 0, refreshed: 0, passed: 0 };
  for (;;) {
    const r = await refreshRelatedBatch(batch);
    total.sources += r.sources;
    total.queued += r.queued;
    total.refreshed += r.refreshed;
    total.passed += r.passed;
    if (!r.sources && !r.refreshed && !r.passed) return total;
  }
}

/** How far behind the refresh is: lists still to rank, and when the oldest of them was ranked. */
export async function relatedRefreshLag(): Promise<{ lists: number; oldest: Date | null }> {
  const [row] = await prisma().$queryRaw<{ lists: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS lists, min("computedAt") AS oldest FROM "RelatedArticle"
    WHERE rank = 1 AND "computedAt" < (SELECT max("dueAt") FROM "RelatedSource" WHERE expanded)`;
  return row;
}

export interface RelatedRefresher {
  stop(): Promise<void>;
}

/**
 * Starts the background refresh on this instance: a step every interval, or right after the last
 * one when a step takes longer (then at most one runs at a time); 0 turns it off.
 */
export function startRelatedRefresh({ intervalMs = env().RELATED_REFRESH_INTERVAL_MS } = {}): RelatedRefresher {
  let stopped = intervalMs <= 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    const started = Date.now();
    running = refreshRelatedBatch()
      .then((r) => (r.refreshed || r.passed) && logger.debug(r, 'related lists refreshed'))
      .catch((err) => logger.warn({ err: (err as Error).message }, 'refreshing related lists failed'))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(tick, Math.max(0, intervalMs - (Date.now() - started)));
        timer.unref();
      });
  };
  if (!stopped) {
    timer = setTimeout(tick, intervalMs);
    timer.unref();
  }
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
