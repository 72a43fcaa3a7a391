// Database faults a client should hear about by name: the database cannot be reached, the pool
// had no free connection in time, a statement ran past its timeout. Errors arrive in several
// shapes (Prisma's known-request errors carrying the driver adapter's error, pg-pool's and pg's
// own Errors), so this walks the chain of causes and reads codes and kinds, never stacks.

export type DbFault = 'unavailable' | 'busy' | 'timeout';

/** pg-pool's message when no client was free within connectionTimeoutMillis (DB_ACQUIRE_TIMEOUT_MS). */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
/** pg's messages for a connection that dropped, or that could not be opened in time. */
const CONNECTION_LOST = /^Connection terminated|^Client has encountered a connection error|^Connection ended unexpectedly/;

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** Driver adapter error kinds (@prisma/adapter-pg) that mean the database cannot be used now. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Prisma's codes for the same (P1001 cannot reach, P1002 timed out reaching, P1017 connection closed). */
const UNAVAILABLE_PRISMA = new Set(['P1001', 'P1002', 'P1017']);

/** SQLSTATE classes and codes: 08 connection exceptions, 57P01-57P03 shutting down or starting up, 53300 too many connections. */
function sqlState(code: string): DbFault | null {
  if (code === '57014' || code === '55P03') return 'timeout'; // statement cancelled (statement_timeout), lock not available
  if (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300') return 'unavailable';
  return null;
}

function one(e: Record<string, unknown>): DbFault | null {
  const message = typeof e.message === 'string' ? e.message : '';
  if (message.includes(POOL_TIMEOUT)) return 'busy'; // as it is, or inside Prisma's message (a transaction that could not start)
  if (e.code === 'P2024') return 'busy'; // Prisma's own pool timeout (not used with the adapter, but the same meaning)
  if (e.code === 'P1008') return 'timeout';
  if (typeof e.code === 'string' && UNAVAILABLE_PRISMA.has(e.code)) return 'unavailable';
  if (typeof e.kind === 'string') {
    if (UNAVAILABLE_KINDS.has(e.kind)) return 'unavailable';
    if (e.kind === 'postgres' && typeof e.code === 'string') return sqlState(e.code);
  }
  if (typeof e.code === 'string' && SOCKET_CODES.has(e.code)) return 'unavailable';
  // A pg DatabaseError has a five-character SQLSTATE and a severity.
  if (typeof e.code === 'string' && typeof e.severity === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return sqlState(e.code);
  if (CONNECTION_LOST.test(message)) return 'unavailable';
  return null;
}

/** Which database fault `err` is, if any: looks at it, its causes and the driver adapter error Prisma carries. */
export function dbFault(err: unknown): DbFault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e) || seen.size > 20) continue;
    seen.add(e);
    const record = e as Record<string, unknown>;
    const fault = one(record);
    if (fault) return fault;
    const meta = record.meta as { driverAdapterError?: unknown } | undefined;
    queue.push(record.cause, record.originalError, meta?.driverAdapterError);
    if (Array.isArray(record.errors)) queue.push(...record.errors); // AggregateError (connecting to each address of a host)
  }
  return null;
}
