import pg from 'pg';
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import type { Prisma } from '../generated/prisma/client.ts';

// The outbox: every committed write records what changed in the transaction that changed it, and
// NOTIFYs `content_events` (delivered at commit, so never for a write that rolled back).
// Consumers (cache purge, live updates, related-article upkeep) read the rows in id order.

export const EVENTS_CHANNEL = 'content_events';

export interface ContentEvent {
  /** e.g. article.created, article.updated, article.published, article.due, tag.updated. */
  kind: string;
  /** Article, Tag, Category...; RelatedList for a step of the related-list refresh (src/related/refresh.ts). */
  entityType: string;
  /** The entity's id; for RelatedList, how many lists the step changed (each named in `lists`). */
  entityId: number;
  /** Cache tags of every list the entity enters or leaves: "Category:3", "Tag:7", "feed". */
  lists: string[];
  payload?: Prisma.InputJsonValue;
  actor?: string;
}

export interface RecordedEvent extends Required<Omit<ContentEvent, 'payload'>> {
  id: bigint;
  payload: unknown;
  createdAt: Date;
}

type Tx = Pick<Prisma.TransactionClient, 'outboxEvent' | '$executeRaw'>;

/** Records events inside the caller's transaction. */
export async function recordEvents(tx: Tx, events: ContentEvent[]): Promise<void> {
  if (!events.length) return;
  await tx.outboxEvent.createMany({
    data: events.map((e) => ({ ...e, lists: [...new Set(e.lists)], payload: e.payload ?? {} })),
  });
  await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, '')`;
}

export interface Subscription {
  /** Resolves once every event committed before the call has been handed to the handler. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Calls `handler` with every event committed after the subscription started, in id order, on a
 * connection of its own that LISTENs. Ids are taken from a sequence before commit, so a later
 * id can commit first: ids skipped over are looked for again until `gapWaitMs` has passed.
 * A poll every `pollMs` covers a NOTIFY lost while the connection was being re-established.
 */
export async function subscribeEvents(
  handler: (events: RecordedEvent[]) => void | Promise<void>,
  { url = env().DATABASE_URL!, schema = env().DATABASE_SCHEMA, pollMs = 1_000, gapWaitMs = 10_000 } = {},
): Promise<Subscription> {
  let client: pg.Client | undefined;
  let closed = false;
  let last = 0n;
  const gaps = new Map<bigint, number>(); // missing id -> when first seen missing
  let running: Promise<void> = Promise.resolve();

  const read = async () => {
    if (!client || closed) return;
    const gapIds = [...gaps.keys()].map(String);
    const { rows } = await client.query<RecordedEvent & { id: string }>(
      `SELECT * FROM "OutboxEvent" WHERE id > $1 OR id = ANY($2::bigint[]) ORDER BY id LIMIT 1000`,
      [String(last), gapIds],
    );
    const now = Date.now();
    for (const [id, since] of gaps) if (now - since > gapWaitMs) gaps.delete(id);
    const events = rows.map((r) => ({ ...r, id: BigInt(r.id) }));
    for (const e of events) {
      gaps.delete(e.id);
      if (e.id > last) {
        for (let missing = last + 1n; missing < e.id && last > 0n && gaps.size < 10_000; missing++) gaps.set(missing, now);
        last = e.id;
      }
    }
    if (events.length) await handler(events);
    if (rows.length === 1000) await read();
  };
  const schedule = () => {
    running = running.then(read).catch((err) => logger.warn({ err: (err as Error).message }, 'reading events failed'));
    return running;
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, options: `-c search_path="${schema}"`, application_name: 'content-gateway-events' });
    c.on('error', (err) => {
      logger.warn({ err: err.message }, 'event listener connection lost; reconnecting');
      client = undefined;
      if (!closed) setTimeout(() => void connect().catch(() => undefined), pollMs).unref();
    });
    c.on('notification', () => void schedule());
    await c.connect();
    await c.query(`LISTEN ${EVENTS_CHANNEL}`);
    if (last === 0n) {
      const { rows } = await c.query<{ max: string | null }>('SELECT max(id) AS max FROM "OutboxEvent"');
      last = BigInt(rows[0].max ?? 0);
    }
    client = c;
    await schedule();
  };
  await connect();
  const timer = setInterval(() => void schedule(), pollMs);
  timer.unref();
  return {
    async settled() {
      if (!client) return;
      const { rows } = await client.query<{ max: string | null }>('SELECT max(id) AS max FROM "OutboxEvent"');
      const target = BigInt(rows[0].max ?? 0);
      while (client && !closed && last < target) await schedule();
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await running;
      await client?.end().catch(() => undefined);
    },
  };
}
