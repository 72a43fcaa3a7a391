import { GraphQLError } from 'graphql';

// Every error a client can cause carries a stable extensions.code; details that help a client
// react (which argument, why) ride beside it. Anything else is masked by yoga as
// INTERNAL_SERVER_ERROR.
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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => userError(ErrorCode.BAD_USER_INPUT, message, extra);

/** A request refused before execution: HTTP `status` (400 unless told), no SQL run. */
export const rejected = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status = 400) =>
  userError(code, message, { ...extra, http: { status, ...(extra.http as object) } });
