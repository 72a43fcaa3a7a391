import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { filterCondition, type ArticleFilter } from '../loaders/article-lists.ts';
import { userError } from '../errors.ts';
import { customPlanned } from './custom-plan.ts';
import { visibleArticleSql } from './visible-sql.ts';
import { articleVisibility } from '../schema/visibility.ts';
import { ANONYMOUS } from '../viewer.ts';

const { sql, join, empty } = Prisma;

export const MAX_QUERY_LENGTH = 200;

/** What a search or a facet counts over: visible articles matching the filter and, if given, the query. */
export interface Matching {
  query?: string | null;
  filter: ArticleFilter;
}

/** Web-search syntax ("quoted phrase", OR, -word) parsed by PostgreSQL itself. */
const tsquery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/**
 * Bounds that keep a search's cost independent of how many articles match (bench/RESULTS.md:
 * ranking or phrase-checking a match reads its TOASTed vector, ~20 µs each).
 * - CANDIDATES: a page is ranked among at most this many best title/summary matches (by the
 *   rank of those fields) plus as many newest matches anywhere; only those can be paged through.
 * - PHRASE_WINDOW: a phrase is looked for in the title, second headline and summary of every
 *   article, and in the body of the newest this many visible articles.
 * - EXACT_COUNT: totalCount is exact up to this, estimated above (totalCountIsExact false).
 */
export const SEARCH_BOUNDS = { CANDIDATES: 100, PHRASE_WINDOW: 1000, EXACT_COUNT: 5000 } as const;

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

// Conditions on the parsed query, folded to constants when the statement is planned for its
// values (custom-planned), so each plan holds only the branch that applies.
const hasPhrase = (q: Prisma.Sql) => sql`(${q}::text ~ '<[0-9]*->|<[0-9]+>')`;
const hasNegation = (q: Prisma.Sql) => sql`(position('!' in ${q}::text) > 0)`;

/**
 * Whether article `a` matches the query. Words, OR and minus: the full vector, through its GIN
 * index (exact, no recheck). A phrase needs word positions, so checking it reads the TOASTed
 * vector of every article holding all its words; it is checked in the small head vector of every
 * article and in the full vector of the newest PHRASE_WINDOW visible articles only.
 */
function textMatch(ctx: Context, q: Prisma.Sql): Prisma.Sql {
  const window = sql`(SELECT b."publishedAt" FROM "Article" b WHERE ${visibleOn(ctx, 'b')}
    ORDER BY b."publishedAt" DESC, b.id DESC OFFSET ${SEARCH_BOUNDS.PHRASE_WINDOW - 1} LIMIT 1)`;
  // An array of ids, not IN (...): a subquery inside CASE is not turned into a join, but
  // `id = ANY(array)` reads the primary key for the few ids the array holds.
  return sql`CASE WHEN ${hasPhrase(q)} THEN a.id = ANY(ARRAY(
      SELECT h.id FROM "Article" h WHERE h."headVector" @@ ${q}
      UNION SELECT b.id FROM "Article" b WHERE ${visibleOn(ctx, 'b')} AND b."publishedAt" >= coalesce(${window}, '-infinity')
        AND b."searchVector" @@ ${q}))
    ELSE a."searchVector" @@ ${q} END`;
}

const visibleOn = (ctx: Context, alias: string) => articleVisibility({ viewer: ANONYMOUS, now: ctx.now }).sql(alias);

/** The WHERE condition on `a` for the articles a search or a facet counts. */
export function matchingSql(ctx: Context, m: Matching): Prisma.Sql {
  const parts = [visibleArticleSql(ctx), ...filterCondition(m.filter)];
  if (m.query) parts.push(textMatch(ctx, tsquery(m.query)));
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
 * by id so cursors neither skip nor repeat. Only a bounded set of candidates is ranked (see
 * SEARCH_BOUNDS): the best title/summary matches by the rank of the head vector, which is in the
 * row, and the newest matches anywhere. The set depends on the data alone, not on the cursor, so
 * every page ranks the same set. ts_headline runs on the page's rows only.
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
  const n = SEARCH_BOUNDS.CANDIDATES;
  // A head match is a match of the full vector unless the query excludes a word the body holds.
  const inBody = sql`CASE WHEN ${hasNegation(q)} AND NOT ${hasPhrase(q)} THEN a."searchVector" @@ ${q} ELSE true END`;
  const base = join([visibleArticleSql(ctx), ...filterCondition(p.filter)], ' AND ');
  return customPlanned<SearchRow>(sql`
    SELECT s.id, s.score, ${snippet} AS snippet
    FROM (
      SELECT * FROM (
        SELECT a.id, ${score}::float8 AS score FROM (
          (SELECT a.id FROM "Article" a WHERE ${base} AND a."headVector" @@ ${q} AND ${inBody}
            ORDER BY ts_rank_cd(a."headVector", ${q}, 33) DESC, a.id DESC LIMIT ${n})
          UNION
          (SELECT a.id FROM "Article" a WHERE ${matchingSql(ctx, p)} ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${n})
        ) c JOIN "Article" a ON a.id = c.id) s
      ${keyset}
      ORDER BY s.score DESC, s.id DESC
      LIMIT ${p.size + 1}
    ) s JOIN "Article" a ON a.id = s.id
    ORDER BY s.score DESC, s.id DESC`);
}

/** Exactly how many visible articles match (the facets' count). */
export async function countAllMatching(ctx: Context, m: Matching): Promise<number> {
  const [row] = await customPlanned<{ n: number }>(sql`SELECT count(*)::int AS n FROM "Article" a WHERE ${matchingSql(ctx, m)}`);
  return row.n;
}

/** Seq and index scans off, except for a phrase, whose window is read newest first through an index. */
function bitmapScansOnly(q: Prisma.Sql): Prisma.Sql {
  const value = sql`CASE WHEN ${hasPhrase(q)} THEN 'on' ELSE 'off' END`;
  return sql`set_config('enable_seqscan', ${value}, true), set_config('enable_indexscan', ${value}, true)`;
}

export interface MatchCount {
  count: number;
  exact: boolean;
}

/**
 * How many visible articles match: exact up to EXACT_COUNT, estimated above from how far into
 * the table the first EXACT_COUNT + 1 matches reach (a bitmap scan returns rows in table order),
 * which assumes matches spread evenly over the table. Only bitmap scans are allowed for words: under
 * the LIMIT the planner would otherwise walk an index or the table reading the vector of every row.
 */
export async function countMatching(ctx: Context, m: Matching): Promise<MatchCount> {
  const limit = SEARCH_BOUNDS.EXACT_COUNT;
  const [row] = await customPlanned<{ n: number; block: number; pages: number }>(
    sql`SELECT count(*)::int AS n, coalesce(max((s.ctid::text::point)[0]), 0)::int AS block,
        (pg_relation_size('"Article"') / current_setting('block_size')::int)::int AS pages
      FROM (SELECT a.ctid FROM "Article" a WHERE ${matchingSql(ctx, m)} LIMIT ${limit + 1}) s`,
    m.query ? bitmapScansOnly(tsquery(m.query)) : undefined,
  );
  if (row.n <= limit) return { count: row.n, exact: true };
  return { count: Math.max(limit + 1, Math.round((row.n * Math.max(row.pages, row.block + 1)) / (row.block + 1))), exact: false };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The headline as safe HTML: the text escaped, the matched terms in <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');
}
