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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) =>
  userError(ErrorCode.BAD_USER_INPUT, message, extra);
