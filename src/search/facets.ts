import type { Context } from '../context.ts';
import { userError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { CreditRole } from '../generated/prisma/enums.ts';
import { customPlanned } from './custom-plan.ts';
import { matchingSql, type Matching } from './search.ts';

// Facet counts over the articles a filter (and search) matches: one GROUP BY statement per
// facet, the top N buckets with the sum of the rest and the number of distinct keys computed by
// window functions over the same grouping.

const { sql, raw, empty } = Prisma;

export const MAX_TOP = 100;
export const MAX_TIME_BUCKETS = 1000;

export type FacetKey =
  | { kind: 'tag' }
  | { kind: 'person'; as: 'CREDITED' | 'MENTIONED' | 'EITHER'; role?: CreditRole | null }
  | { kind: 'organization' }
  | { kind: 'place' }
  | { kind: 'publication' }
  | { kind: 'category'; includeSubcategories: boolean; parent?: string | null };

export interface Facet {
  buckets: { key: number; count: number }[];
  otherCount: number;
  keyCount: number;
}

/** The FROM clause (with the `key` it groups by) of a facet. */
function grouping(f: FacetKey): { from: Prisma.Sql; key: Prisma.Sql; prefix?: Prisma.Sql } {
  const joined = (table: string, column: string, extra: Prisma.Sql = empty) => ({
    from: sql`"Article" a JOIN ${raw(`"${table}"`)} x ON x."articleId" = a.id ${extra}`,
    key: raw(`x."${column}"`),
  });
  switch (f.kind) {
    case 'tag':
      return joined('ArticleTag', 'tagId');
    case 'organization':
      return joined('ArticleOrganizationMention', 'organizationId');
    case 'place':
      return joined('ArticlePlaceMention', 'placeId');
    case 'publication':
      return { from: sql`"Article" a`, key: sql`a."publicationId"` };
    case 'person': {
      // Bylines and mentions hold one row per (article, person): no article counts twice for one person.
      if (f.as === 'MENTIONED') return joined('ArticlePersonMention', 'personId');
      if (f.role) return joined('ArticleCredit', 'personId', sql`AND x.role = ${f.role}::"CreditRole"`);
      if (f.as === 'CREDITED') return joined('ArticleByline', 'personId');
      return {
        from: sql`"Article" a JOIN (SELECT "articleId", "personId" FROM "ArticleByline" UNION SELECT "articleId", "personId" FROM "ArticlePersonMention") x ON x."articleId" = a.id`,
        key: sql`x."personId"`,
      };
    }
    case 'category': {
      if (!f.includeSubcategories) return { from: sql`"Article" a`, key: sql`a."categoryId"` };
      // Each child of `parent` (each root without one) with its whole subtree.
      const top = f.parent ? sql`"parentId" = (SELECT id FROM "Category" WHERE slug = ${f.parent})` : sql`"parentId" IS NULL`;
      return {
        prefix: sql`WITH RECURSIVE t(id, bucket) AS (
          SELECT id, id FROM "Category" WHERE ${top}
          UNION ALL SELECT c.id, t.bucket FROM "Category" c JOIN t ON c."parentId" = t.id)`,
        from: sql`"Article" a JOIN t ON t.id = a."categoryId"`,
        key: sql`t.bucket`,
      };
    }
  }
}

/**
 * Over every visible article, the join-table facets need no grouping: each key's count is its
 * list counter (ArticleListCount, kept by triggers) minus its rows scheduled ahead, as the
 * article lists count (src/loaders/article-lists.ts countSql).
 */
function counterGrouping(ctx: Context, f: FacetKey): Prisma.Sql | null {
  const lists: Partial<Record<FacetKey['kind'], [string, string, string]>> = {
    tag: ['tag', 'ArticleTag', 'tagId'],
    organization: ['organization', 'ArticleOrganizationMention', 'organizationId'],
    place: ['place', 'ArticlePlaceMention', 'placeId'],
  };
  let list = lists[f.kind];
  let extra = empty;
  if (f.kind === 'person') {
    if (f.as === 'EITHER') return null;
    list =
      f.as === 'MENTIONED'
        ? ['mention', 'ArticlePersonMention', 'personId']
        : f.role
          ? [`credit:${f.role}`, 'ArticleCredit', 'personId']
          : ['credit', 'ArticleByline', 'personId'];
    if (f.as !== 'MENTIONED' && f.role) extra = sql`AND x.role = ${f.role}::"CreditRole"`;
  }
  if (!list) return null;
  const [name, table, column] = list;
  return sql`SELECT c."parentId" AS key, (c.published - (SELECT count(*) FROM ${raw(`"${table}"`)} x
      WHERE x.${raw(`"${column}"`)} = c."parentId" AND x."publishedAt" > ${ctx.now} ${extra}))::int AS n
    FROM "ArticleListCount" c WHERE c.list = ${name}`;
}

const unfiltered = (m: Matching) => !m.query && Object.values(m.filter).every((v) => v == null);

export async function facet(ctx: Context, m: Matching, f: FacetKey, top: number): Promise<Facet> {
  const counted = unfiltered(m) ? counterGrouping(ctx, f) : null;
  const g = grouping(f);
  const grouped = counted ?? sql`SELECT ${g.key} AS key, count(*)::int AS n FROM ${g.from} WHERE ${matchingSql(ctx, m)} GROUP BY 1`;
  const rows = await customPlanned<{ key: number; n: number; total: number; keys: number }>(sql`
    ${counted ? empty : (g.prefix ?? empty)}
    SELECT g.key, g.n, sum(g.n) OVER ()::int AS total, count(*) OVER ()::int AS keys
    FROM (${grouped}) g WHERE g.n > 0
    ORDER BY g.n DESC, g.key LIMIT ${top}`);
  const shown = rows.reduce((s, r) => s + r.n, 0);
  return {
    buckets: rows.map((r) => ({ key: r.key, count: r.n })),
    otherCount: (rows[0]?.total ?? 0) - shown,
    keyCount: rows[0]?.keys ?? 0,
  };
}

export type TimeInterval = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
const labels: Record<TimeInterval, string> = { DAY: 'YYYY-MM-DD', WEEK: 'IYYY-"W"IW', MONTH: 'YYYY-MM', YEAR: 'YYYY' };

/** An IANA zone name both Node (ICU) and PostgreSQL know; offsets like +01:00 are refused (PostgreSQL reads them POSIX-style, reversed). */
export function checkTimeZone(tz: string): string {
  let ok = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(tz);
  try {
    if (ok) new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    ok = false;
  }
  if (!ok)
    throw userError('BAD_USER_INPUT', `\`timeZone\` must be an IANA time zone such as Europe/London, got "${tz.slice(0, 60)}".`, {
      argument: 'timeZone',
    });
  return tz;
}

/** Articles per calendar day, ISO week, month or year in `tz`, oldest first; the newest buckets when there are more than the limit. */
export async function timeBuckets(ctx: Context, m: Matching, interval: TimeInterval, tz: string) {
  const unit = interval.toLowerCase();
  const rows = await customPlanned<{ start: Date; label: string; n: number }>(sql`
    SELECT g.start, to_char(g.start AT TIME ZONE ${tz}, ${labels[interval]}) AS label, g.n FROM (
      SELECT date_trunc(${unit}, a."publishedAt", ${tz}) AS start, count(*)::int AS n
      FROM "Article" a WHERE ${matchingSql(ctx, m)} GROUP BY 1 ORDER BY 1 DESC LIMIT ${MAX_TIME_BUCKETS}) g
    ORDER BY g.start`);
  return rows.map((r) => ({ start: r.start, label: r.label, count: r.n }));
}
