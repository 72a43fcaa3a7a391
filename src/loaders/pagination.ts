import { userError } from '../errors.ts';

// Keyset pagination shared by every article list: a cursor holds the sort value and the id of
// the last row seen, so pages never skip or repeat an item even when rows are added between
// requests, and no page costs more than its own size (no OFFSET).

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Keyset {
  /** ISO timestamp of the sort column. */
  value: string;
  id: number;
}

export interface PageRequest {
  size: number;
  /** True when paging with last/before: rows are read in reverse order, then flipped. */
  backward: boolean;
  cursor?: Keyset;
}

const invalid = (argument: string, message: string, reason: string) => userError('BAD_USER_INPUT', message, { argument, reason });

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.value, k.id])).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): Keyset {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // The id is an int4 key and the date one PostgreSQL and JavaScript both hold.
    const year = typeof value === 'string' ? new Date(value).getUTCFullYear() : NaN;
    if (year >= 1000 && year <= 9999 && Number.isInteger(id) && (id as number) > 0 && (id as number) <= 2_147_483_647) {
      return { value: value as string, id: id as number };
    }
  } catch {
    // fall through to the error below
  }
  throw invalid(argument, `\`${argument}\` is not a cursor this list produced.`, 'INVALID_CURSOR');
}

/** Checks first/last/after/before the same way for every list; returns the page size and direction. */
export function pageSize(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) throw invalid('first', 'Pass `first` or `last`, not both.', 'PAGE_SIZE');
  if (args.after != null && args.before != null) throw invalid('after', 'Pass `after` or `before`, not both.', 'INVALID_CURSOR');
  const backward = args.last != null || (args.before != null && args.first == null);
  const size = (backward ? args.last : args.first) ?? defaultSize;
  const name = backward ? 'last' : 'first';
  // 0 is a page with no items: for `totalCount` (or pageInfo) alone.
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw invalid(name, `\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${size}.`, 'PAGE_SIZE');
  }
  return { size, backward };
}

export function pageRequest(args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): PageRequest {
  const { size, backward } = pageSize(args, defaultSize);
  const raw = backward ? args.before : args.after;
  if (!backward && args.before != null) throw invalid('before', 'Use `before` with `last`.', 'INVALID_CURSOR');
  if (backward && args.after != null) throw invalid('after', 'Use `after` with `first`.', 'INVALID_CURSOR');
  return { size, backward, cursor: raw != null ? decodeCursor(raw, backward ? 'before' : 'after') : undefined };
}

/**
 * Arguments checked while a parent's query is planned: an invalid value must not fail the
 * parent, so planning goes on with `fallback` and the field's resolver reports the error.
 */
export function checkedLater<T>(check: () => T, fallback: T): T {
  try {
    return check();
  } catch {
    return fallback;
  }
}
