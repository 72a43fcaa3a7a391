import { GraphQLError } from 'graphql';
import type { DbFault } from './db/faults.ts';

// Every error a client can cause carries a stable extensions.code; details that help a client
// react (which argument, why) ride beside it. Anything else is masked by yoga as
// INTERNAL_SERVER_ERROR, except the database faults below, which have codes of their own.
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No key, or a bad one, where a key is needed. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The key lacks the scope the field needs. */
  FORBIDDEN: 'FORBIDDEN',
  /** An update named a version that is no longer current. */
  CONFLICT: 'CONFLICT',
  /** A referenced id or slug does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_ONLY: 'PERSISTED_QUERY_ONLY',
  RATE_LIMITED: 'RATE_LIMITED',
  CSRF_HEADER_REQUIRED: 'CSRF_HEADER_REQUIRED',
  /** The database cannot be reached (down, restarting, not up yet at start): retry after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Every database connection was busy for DB_ACQUIRE_TIMEOUT_MS: retry after `retryAfterSeconds`. */
  SERVICE_OVERLOADED: 'SERVICE_OVERLOADED',
  /** A statement ran past DB_STATEMENT_TIMEOUT_MS and was cancelled: retry later, or ask for less. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => userError(ErrorCode.BAD_USER_INPUT, message, extra);

/** A request refused before execution: HTTP `status` (400 unless told), no SQL run. */
export const rejected = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status = 400) =>
  userError(code, message, { ...extra, http: { status, ...(extra.http as object) } });

const FAULTS: Record<DbFault, { code: ErrorCode; message: string; retryAfterSeconds: number }> = {
  unavailable: { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is not available; retry shortly.', retryAfterSeconds: 2 },
  busy: { code: ErrorCode.SERVICE_OVERLOADED, message: 'The server is too busy to answer; retry shortly.', retryAfterSeconds: 1 },
  timeout: {
    code: ErrorCode.STATEMENT_TIMEOUT,
    message: 'The request took too long and was stopped; retry later or ask for less.',
    retryAfterSeconds: 1,
  },
};

/**
 * A database fault as a client sees it: a fixed message, the fault's code and a retry hint (also
 * the Retry-After header), nothing of the cause. A field's error keeps HTTP 200 (other fields may
 * hold data); a request-level one (no path: the context could not be built) is HTTP 503.
 */
export function faultError(fault: DbFault, at?: GraphQLError): GraphQLError {
  const { code, message, retryAfterSeconds } = FAULTS[fault];
  const headers = { 'retry-after': String(retryAfterSeconds) };
  return new GraphQLError(message, {
    nodes: at?.nodes,
    path: at?.path,
    extensions: { code, retryAfterSeconds, http: at?.path ? { headers } : { status: 503, headers } },
  });
}
