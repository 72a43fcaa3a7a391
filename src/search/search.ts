import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { filterCondition, type ArticleFilter } from '../loaders/article-lists.ts';
import { userError } from '../errors.ts';
import { customPlanned } from './custom-plan.ts';
import { visibleArticleSql } from './visible-sql.ts';

const { sql, join, empty } = Prisma;

export const MAX_QUERY_LENGTH = 200;

/** What a search or a facet counts over: visible articles matching the filter and, if given, the query. */
export interface Matching {
  query?: string | null;
  filter: ArticleFilter;
}

/** Web-search syntax ("quoted phrase", OR, -word) parsed by PostgreSQL itself. */
const tsquery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

export function checkQuery(q: string, argument: string): string {
  const trimmed = q.trim();
  if (!trimmed || trimmed.length > MAX_QUERY_LENGTH) {
    throw userError('BAD_USER_INPUT', `\`${argument}\` must hold 1 to ${MAX_QUERY_LENGTH} characters.`, {
      argument,
      reason: 'QUERY_LENGTH',
    });
  }
  return trimmed;
}

/** The WHERE condition on `a` for the articles a search or a facet counts. */
export function matchingSql(ctx: Context, m: Matching): Prisma.Sql {
  const parts = [visibleArticleSql(ctx), ...filterCondition(m.filter)];
  if (m.query) parts.push(sql`a."searchVector" @@ ${tsquery(m.query)}`);
  return join(parts, ' AND ');
}

export interface SearchCursor {
  score: number;
  id: number;
}

export const encodeSearchCursor = (c: SearchCursor) => Buffer.from(JSON.stringify([c.score, c.id])).toString('base64url');

export function decodeSearchCursor(cursor: string): SearchCursor {
  try {
    const [score, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof score === 'number' && Number.isFinite(score) && Number.isInteger(id) && (id as number) > 0)
      return { score, id: id as number };
  } catch {
    // fall through to the error below
  }
  throw userError('BAD_USER_INPUT', '`after` is not a cursor this search produced.', { argument: 'after', reason: 'INVALID_CURSOR' });
}

export interface SearchPage {
  query: string;
  filter: ArticleFilter;
  /** 0 ranks by text alone, 1 by publish date alone. */
  recency: number;
  size: number;
  after?: SearchCursor;
  withSnippet: boolean;
}

export interface SearchRow {
  id: number;
  score: number;
  snippet: string | null;
}

// Highlight markers no article text contains; the snippet is HTML-escaped around them in JS.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One page of hits, best first: text rank (title A, second headline and summary B, body C,
 * image captions D; cover density, scaled by document length) blended with recency, ties broken
 * by id so cursors neither skip nor repeat. ts_headline runs on the page's rows only.
 */
export function searchPage(ctx: Context, p: SearchPage): Promise<SearchRow[]> {
  const q = tsquery(p.query);
  const ageDays = sql`extract(epoch FROM (${ctx.now}::timestamptz - a."publishedAt")) / 86400`;
  const score = sql`((1 - ${p.recency}::float8) * ts_rank_cd(a."searchVector", ${q}, 33) + ${p.recency}::float8 / (1 + greatest(${ageDays}, 0) / 30))`;
  const keyset = p.after ? sql`WHERE (s.score, s.id) < (${p.after.score}::float8, ${p.after.id}::int)` : empty;
  // Summary, then the text of every block but images (a list's items), in body order.
  const text = sql`coalesce(a.summary, '') || ' ' || coalesce((
    SELECT string_agg(coalesce(b->>'text', (SELECT string_agg(i, ' ') FROM jsonb_array_elements_text(b->'items') i)), ' ' ORDER BY n)
    FROM jsonb_array_elements(a.body) WITH ORDINALITY AS e(b, n) WHERE b->>'type' <> 'image'), '')`;
  const snippet = p.withSnippet ? sql`ts_headline('english', ${text}, ${q}, ${HEADLINE_OPTIONS})` : sql`NULL::text`;
  return customPlanned<SearchRow>(sql`
    SELECT s.id, s.score, ${snippet} AS snippet
    FROM (
      SELECT * FROM (SELECT a.id, ${score}::float8 AS score FROM "Article" a WHERE ${matchingSql(ctx, p)}) s
      ${keyset}
      ORDER BY s.score DESC, s.id DESC
      LIMIT ${p.size + 1}
    ) s JOIN "Article" a ON a.id = s.id
    ORDER BY s.score DESC, s.id DESC`);
}

export async function countMatching(ctx: Context, m: Matching): Promise<number> {
  const [row] = await customPlanned<{ n: number }>(sql`SELECT count(*)::int AS n FROM "Article" a WHERE ${matchingSql(ctx, m)}`);
  return row.n;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The headline as safe HTML: the text escaped, the matched terms in <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}
