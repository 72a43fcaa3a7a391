import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { memoized, type Context } from '../context.ts';
import { rawRead } from '../db/direct-reads.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { CreditRole } from '../generated/prisma/enums.ts';
import { articleVisibility, type ArticleVisibility } from '../schema/visibility.ts';
import { articleNodes, pageRows } from './batch.ts';
import { encodeCursor, pageRequest, type PageArgs, type PageRequest } from './pagination.ts';
import { readsList } from '../cache-tags.ts';
import { selectsPath } from '../search/selection.ts';

// Every list of articles (a category's, a tag's, a person's credits, "more from this category",
// the root feed) is one keyset page per parent. Prisma cannot take the top N per parent without
// reading every child (a nested `take` is applied in memory), so the page ids come from one
// LATERAL query for all parents of a field, and the rows with everything the client selected
// under `node` from one Prisma findMany: a constant number of statements however many parents.

const { sql, join, raw, empty } = Prisma;

export type ArticleOrder = 'PUBLISHED_AT_DESC' | 'PUBLISHED_AT_ASC' | 'UPDATED_AT_DESC' | 'UPDATED_AT_ASC';

export interface ArticleFilter {
  category?: { slug: string; includeSubcategories: boolean } | null;
  tags?: { slugs: string[]; match: 'ANY' | 'ALL' } | null;
  person?: { slug: string; as: 'CREDITED' | 'MENTIONED' | 'EITHER'; role?: CreditRole | null } | null;
  organization?: string | null;
  place?: string | null;
  publication?: string | null;
  publishedAfter?: Date | null;
  publishedBefore?: Date | null;
}

/** What a list is of, for a parent whose id is `p.key` (and `p.key2`, the article's category). */
export type ArticleSource =
  | { kind: 'category'; includeSubcategories: boolean }
  | { kind: 'tag' }
  | { kind: 'credit'; role?: CreditRole | null }
  | { kind: 'mention' }
  | { kind: 'organization' }
  | { kind: 'place' }
  | { kind: 'publication' }
  | { kind: 'moreFromCategory' }
  | { kind: 'filter'; filter: ArticleFilter };

export interface Parent {
  key: number;
  key2?: number;
}

/** Whose list a source reads, for the response cache's list tags (`filter` is the root field's). */
const LIST_OWNER: Record<ArticleSource['kind'], string | null> = {
  category: 'Category',
  tag: 'Tag',
  credit: 'Person',
  mention: 'Person',
  organization: 'Organization',
  place: 'Place',
  publication: 'Publication',
  moreFromCategory: 'Category',
  filter: null,
};

/** Tags the response with the list `source` reads for `parent` (src/cache-tags.ts). */
export function tagListRead(ctx: Context, source: ArticleSource, parent: Parent): void {
  const owner = LIST_OWNER[source.kind];
  if (owner) readsList(ctx, `${owner}:${source.kind === 'moreFromCategory' ? parent.key2 : parent.key}`);
}

const exists = (table: string, column: string, value: Prisma.Sql, extra: Prisma.Sql = empty) =>
  sql`EXISTS (SELECT 1 FROM ${raw(`"${table}"`)} x WHERE x."articleId" = a.id AND x.${raw(`"${column}"`)} = ${value} ${extra})`;

const descendantsOf = (root: Prisma.Sql) => sql`(WITH RECURSIVE d(id) AS (
    SELECT id FROM "Category" WHERE id = ${root}
    UNION ALL SELECT c.id FROM "Category" c JOIN d ON c."parentId" = d.id)
  SELECT id FROM d)`;

const idBySlug = (table: string, slug: string) => sql`(SELECT id FROM ${raw(`"${table}"`)} WHERE slug = ${slug})`;

const roleIs = (role?: CreditRole | null) => (role ? sql`AND x.role = ${role}::"CreditRole"` : empty);

/** Join tables whose rows carry the article's visible publishedAt (see the list_sort_keys migration). */
const joinSources = {
  tag: { table: 'ArticleTag', column: 'tagId' },
  credit: { table: 'ArticleCredit', column: 'personId' },
  mention: { table: 'ArticlePersonMention', column: 'personId' },
  organization: { table: 'ArticleOrganizationMention', column: 'organizationId' },
  place: { table: 'ArticlePlaceMention', column: 'placeId' },
} as const;

/**
 * The join table a list pages over and the counter that totals it. A person's credits in any
 * role read their bylines (one row per article); in one role, the credits of that role. Either
 * way a row is one article, so neither needs grouping.
 */
function joinList(source: ArticleSource) {
  const kind = source.kind as keyof typeof joinSources;
  if (source.kind === 'credit' && !source.role) return { table: 'ArticleByline', column: 'personId', extra: empty, counter: 'credit' };
  if (source.kind === 'credit') return { ...joinSources.credit, extra: roleIs(source.role), counter: `credit:${source.role}` };
  return { ...joinSources[kind], extra: empty, counter: source.kind };
}

export function filterCondition(f: ArticleFilter): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.category) {
    const id = idBySlug('Category', f.category.slug);
    out.push(f.category.includeSubcategories ? sql`a."categoryId" IN ${descendantsOf(id)}` : sql`a."categoryId" = ${id}`);
  }
  if (f.tags?.slugs.length) {
    const tagIds = sql`(SELECT id FROM "Tag" WHERE slug = ANY(${f.tags.slugs}::text[]))`;
    out.push(
      f.tags.match === 'ANY'
        ? sql`EXISTS (SELECT 1 FROM "ArticleTag" x WHERE x."articleId" = a.id AND x."tagId" IN ${tagIds})`
        : sql`(SELECT count(*) FROM "ArticleTag" x WHERE x."articleId" = a.id AND x."tagId" IN ${tagIds}) = ${new Set(f.tags.slugs).size}`,
    );
  }
  if (f.person) {
    const id = idBySlug('Person', f.person.slug);
    const credited = exists('ArticleCredit', 'personId', id, roleIs(f.person.role));
    const mentioned = exists('ArticlePersonMention', 'personId', id);
    out.push(f.person.as === 'CREDITED' ? credited : f.person.as === 'MENTIONED' ? mentioned : sql`(${credited} OR ${mentioned})`);
  }
  if (f.organization) out.push(exists('ArticleOrganizationMention', 'organizationId', idBySlug('Organization', f.organization)));
  if (f.place) out.push(exists('ArticlePlaceMention', 'placeId', idBySlug('Place', f.place)));
  if (f.publication) out.push(sql`a."publicationId" = ${idBySlug('Publication', f.publication)}`);
  if (f.publishedAfter) out.push(sql`a."publishedAt" >= ${f.publishedAfter}`);
  if (f.publishedBefore) out.push(sql`a."publishedAt" < ${f.publishedBefore}`);
  return out;
}

/** The condition on `a` (an Article row) that puts it in the list of parent `key`/`key2`. */
function sourceCondition(source: ArticleSource, key: Prisma.Sql, key2: Prisma.Sql): Prisma.Sql {
  switch (source.kind) {
    case 'category':
      return source.includeSubcategories ? sql`a."categoryId" IN ${descendantsOf(key)}` : sql`a."categoryId" = ${key}`;
    case 'credit':
      return exists('ArticleCredit', 'personId', key, roleIs(source.role));
    case 'tag':
    case 'mention':
    case 'organization':
    case 'place':
      return exists(joinSources[source.kind].table, joinSources[source.kind].column, key);
    case 'publication':
      return sql`a."publicationId" = ${key}`;
    case 'moreFromCategory':
      return sql`a."categoryId" = ${key2} AND a.id <> ${key}`;
    case 'filter': {
      const parts = filterCondition(source.filter);
      return parts.length ? join(parts, ' AND ') : sql`TRUE`;
    }
  }
}

function orderParts(order: ArticleOrder, backward: boolean) {
  const column = order.startsWith('PUBLISHED_AT') ? 'publishedAt' : 'updatedAt';
  const descending = order.endsWith('DESC') !== backward;
  return { column, descending, dir: raw(descending ? 'DESC' : 'ASC'), cmp: raw(descending ? '<' : '>') };
}

/** The sort value of a row: a draft seen in preview has no publish date, so its update date stands in (as in `Article.publishedAt`). */
const sortColumn = (column: string, vis: ArticleVisibility) =>
  column === 'publishedAt' && !vis.publicOnly ? raw(`coalesce(a."publishedAt", a."updatedAt")`) : raw(`a."${column}"`);

/**
 * A filter that is exactly one join-table list (one tag, a person credited or mentioned, an
 * organisation, a place; nothing else): the list it equals and the SQL giving that list's parent
 * id (NULL for an unknown slug, which matches no row). Such a filter is read like the entity's
 * own list, from its (parent, publishedAt, articleId) index and counter, instead of a semi-join
 * over every article.
 */
export function singleList(f: ArticleFilter): { source: ArticleSource; key: Prisma.Sql } | null {
  const given = Object.entries(f).filter(([, v]) => v != null);
  if (given.length !== 1) return null;
  if (f.tags && new Set(f.tags.slugs).size === 1) return { source: { kind: 'tag' }, key: idBySlug('Tag', f.tags.slugs[0]) };
  if (f.person && f.person.as !== 'EITHER') {
    const key = idBySlug('Person', f.person.slug);
    return { source: f.person.as === 'MENTIONED' ? { kind: 'mention' } : { kind: 'credit', role: f.person.role }, key };
  }
  if (f.organization) return { source: { kind: 'organization' }, key: idBySlug('Organization', f.organization) };
  if (f.place) return { source: { kind: 'place' }, key: idBySlug('Place', f.place) };
  return null;
}

/** Whether the list is read from its join table's sort keys and counter, which hold published rows only. */
const readsJoinTable = (source: ArticleSource, vis: ArticleVisibility) => vis.publicOnly && source.kind in joinSources;

/** The join-table list a source reads (itself, or the one list its filter equals) and the SQL of its parent id. */
function joinTableList(source: ArticleSource, vis: ArticleVisibility): { source: ArticleSource; key: Prisma.Sql } | null {
  if (readsJoinTable(source, vis)) return { source, key: sql`p.key` };
  return source.kind === 'filter' && vis.publicOnly ? singleList(source.filter) : null;
}

/**
 * The SQL giving one parent's page as rows (id, sort), best plan per list kind: a range scan of
 * the join table's sort-key index for tag/person/organisation/place lists by publish date, a
 * top-N per subcategory merged for category trees, else a scan of Article in list order.
 */
function pageSql(source: ArticleSource, order: ArticleOrder, page: PageRequest, vis: ArticleVisibility, now: Date): Prisma.Sql {
  const { column, dir, cmp } = orderParts(order, page.backward);
  const limit = page.size + 1;
  const cursorAt = page.cursor ? sql`${new Date(page.cursor.value)}::timestamptz` : empty;
  const list = column === 'publishedAt' ? joinTableList(source, vis) : null;
  if (list) {
    const { table, column: parentColumn, extra } = joinList(list.source);
    const keyset = page.cursor ? sql`AND (x."publishedAt", x."articleId") ${cmp} (${cursorAt}, ${page.cursor.id}::int)` : empty;
    return sql`SELECT x."articleId" AS id, x."publishedAt" AS sort FROM ${raw(`"${table}"`)} x
      WHERE x.${raw(`"${parentColumn}"`)} = ${list.key} AND x."publishedAt" <= ${now} ${extra} ${keyset}
      ORDER BY x."publishedAt" ${dir}, x."articleId" ${dir} LIMIT ${limit}`;
  }
  const col = sortColumn(column, vis);
  const keyset = page.cursor ? sql`AND (${col}, a.id) ${cmp} (${cursorAt}, ${page.cursor.id}::int)` : empty;
  if (source.kind === 'category' && source.includeSubcategories) {
    return sql`SELECT y.id, y.sort FROM ${descendantsOf(sql`p.key`)} AS d(id)
      CROSS JOIN LATERAL (
        SELECT a.id, ${col} AS sort FROM "Article" a
        WHERE a."categoryId" = d.id AND ${vis.sql()} ${keyset}
        ORDER BY ${col} ${dir}, a.id ${dir} LIMIT ${limit}) y
      ORDER BY y.sort ${dir}, y.id ${dir} LIMIT ${limit}`;
  }
  return sql`SELECT a.id, ${col} AS sort FROM "Article" a
    WHERE ${vis.sql()} AND ${sourceCondition(source, sql`p.key`, sql`p.key2`)} ${keyset}
    ORDER BY ${col} ${dir}, a.id ${dir} LIMIT ${limit}`;
}

interface PageRow {
  parent: number;
  id: number;
  sort: Date;
}

export interface ArticleConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/**
 * Builds one parent's connection from its rows in list order (size + 1 of them at most); `more`
 * says whether rows follow the page, when the rows given are not all that were read.
 */
function toConnection<T>(
  rows: { id: number; sort: Date; node: T }[],
  page: PageRequest,
  totalCount: () => Promise<number>,
  cursors: CursorsAsked,
  more = rows.length > page.size,
): ArticleConnection<T> {
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  const last = pageRows.length - 1;
  // A cursor nobody reads is left empty: the feed's cards each hold three "more from this
  // category" edges whose cursors no canonical operation asks for.
  const edges = pageRows.map((r, i) => ({
    cursor: cursors === ALL || (cursors === ENDS && (i === 0 || i === last)) ? encodeCursor({ value: r.sort.toISOString(), id: r.id }) : '',
    node: r.node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.cursor != null : more,
      hasPreviousPage: page.backward ? more : page.cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * A page of articles as a Prisma query (where, orderBy, take), for lists Prisma reads with an
 * index in list order: the root feed and "more from this category". Planned into the parent's
 * own statement (a LATERAL join with its LIMIT, through relationJoins), it costs no statement
 * of its own. `extra` rows are read past the page for rows the caller drops (the article itself).
 */
export function prismaArticlePage(ctx: Context, order: ArticleOrder, page: PageRequest, extra = 0) {
  const { column, descending } = orderParts(order, page.backward);
  const dir = descending ? ('desc' as const) : ('asc' as const);
  const where: Prisma.ArticleWhereInput = { ...articleVisibility(ctx).where };
  if (page.cursor) {
    const at = new Date(page.cursor.value);
    const past = descending ? { lt: at } : { gt: at };
    where.OR = [{ [column]: past }, { [column]: at, id: descending ? { lt: page.cursor.id } : { gt: page.cursor.id } }];
  }
  return {
    where,
    orderBy: [{ [column]: dir }, { id: dir }] as Prisma.ArticleOrderByWithRelationInput[],
    take: page.size + 1 + extra,
    select: { id: true, [column]: true } as { id: true; publishedAt: true; updatedAt: true },
  };
}

/** The connection for rows read with `prismaArticlePage`, without the row `skipId`. */
export function articleConnectionFromRows<T extends { id: number; publishedAt?: Date | null; updatedAt?: Date }>(
  info: GraphQLResolveInfo,
  rows: T[],
  order: ArticleOrder,
  page: PageRequest,
  totalCount: () => Promise<number>,
  skipId?: number,
): ArticleConnection<T> {
  const column = order.startsWith('PUBLISHED_AT') ? 'publishedAt' : 'updatedAt';
  const kept = rows.filter((r) => r.id !== skipId).slice(0, page.size + 1);
  return toConnection(
    kept.map((node) => ({ id: node.id, sort: node[column]!, node })),
    page,
    totalCount,
    cursorsAsked(info),
  );
}

async function loadPages(
  ctx: Context,
  nodeQuery: object,
  source: ArticleSource,
  order: ArticleOrder,
  page: PageRequest,
  parents: readonly Parent[],
  count: DataLoader<Parent, number, string>,
  withCount: boolean,
  withNodes: boolean,
  cursors: CursorsAsked,
): Promise<ArticleConnection<unknown>[]> {
  const { descending } = orderParts(order, page.backward);
  const vis = articleVisibility(ctx);
  // With totalCount asked for, each parent's count comes in the same statement (a parent with an
  // empty page still gets its row, with a null id).
  const rows = await pageRows(
    ctx,
    sql`
    SELECT p.key AS parent, p.key2, x.id, x.sort, ${withCount ? sql`c.n` : sql`NULL::int`} AS n
    FROM unnest(${parents.map((p) => p.key)}::int[], ${parents.map((p) => p.key2 ?? 0)}::int[]) AS p(key, key2)
    ${withCount ? sql`CROSS JOIN LATERAL (${countSql(source, vis, ctx.now)}) AS c(n)` : empty}
    LEFT JOIN LATERAL (${pageSql(source, order, page, vis, ctx.now)}) x ON true`,
  );
  const byParent = new Map<number, PageRow[]>();
  for (const r of rows) {
    if (r.n != null) count.prime({ key: r.parent, key2: r.key2 }, r.n);
    if (r.id == null) continue;
    const row = r as PageRow;
    byParent.get(r.parent)?.push(row) ?? byParent.set(r.parent, [row]);
  }
  const ids = [...new Set([...byParent.values()].flat().map((r) => r.id))];
  // No `edges` asked for (only totalCount or pageInfo): the ids are all the page needs.
  const nodes = !withNodes ? ids.map((id) => ({ id })) : ids.length ? await articleNodes<{ id: number }>(ctx, nodeQuery, ids) : [];
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const cmp = (x: PageRow, y: PageRow) => (x.sort.getTime() - y.sort.getTime() || x.id - y.id) * (descending ? -1 : 1);
  return parents.map((parent) => {
    const list = (byParent.get(parent.key) ?? []).sort(cmp);
    // Rows whose article turned invisible between the two statements are dropped, not paged over.
    const rows = list.flatMap((r) => (nodeById.has(r.id) ? [{ id: r.id, sort: r.sort, node: nodeById.get(r.id)! }] : []));
    return toConnection(rows, page, () => count.load(parent), cursors, list.length > page.size);
  });
}

/**
 * SQL counting one parent's visible articles. Join-table lists read their counter of published
 * rows (migration list_counts) and take away the rows whose publish time is still ahead, the top
 * of the list's index; the others count their index.
 */
export function countSql(source: ArticleSource, vis: ArticleVisibility, now: Date): Prisma.Sql {
  const list = joinTableList(source, vis);
  if (list) {
    const { table, column, extra, counter } = joinList(list.source);
    return sql`SELECT coalesce((SELECT c.published FROM "ArticleListCount" c WHERE c.list = ${counter} AND c."parentId" = ${list.key}), 0)
      - (SELECT count(*) FROM ${raw(`"${table}"`)} x WHERE x.${raw(`"${column}"`)} = ${list.key} AND x."publishedAt" > ${now} ${extra})::int`;
  }
  if (source.kind === 'category') {
    const categories = source.includeSubcategories ? descendantsOf(sql`p.key`) : sql`(SELECT p.key)`;
    // Public: per category, its counter of PUBLISHED articles (migration category_counts) less
    // those scheduled ahead, the top of its (categoryId, status, publishedAt) index. In preview
    // every article counts: an index-only scan of (categoryId, ...) per category.
    const n = vis.publicOnly
      ? sql`coalesce((SELECT k.published FROM "ArticleListCount" k WHERE k.list = 'category' AND k."parentId" = d.id), 0)
          - (SELECT count(*) FROM "Article" a WHERE a."categoryId" = d.id AND a.status = 'PUBLISHED' AND a."publishedAt" > ${now})`
      : sql`(SELECT count(*) FROM "Article" a WHERE a."categoryId" = d.id AND ${vis.sql()})`;
    return sql`SELECT coalesce(sum(${n}), 0)::int FROM ${categories} AS d(id)`;
  }
  return sql`SELECT count(*)::int FROM "Article" a WHERE ${vis.sql()} AND ${sourceCondition(source, sql`p.key`, sql`p.key2`)}`;
}

function countLoader(ctx: Context, source: ArticleSource) {
  return new DataLoader<Parent, number, string>(
    async (parents) => {
      const rows = await rawRead<{ key: number; key2: number; n: number }>(sql`
        SELECT p.key, p.key2, (${countSql(source, articleVisibility(ctx), ctx.now)}) AS n
        FROM unnest(${parents.map((p) => p.key)}::int[], ${parents.map((p) => p.key2 ?? 0)}::int[]) AS p(key, key2)`);
      const byKey = new Map(rows.map((r) => [`${r.key}:${r.key2}`, r.n]));
      return parents.map((p) => byKey.get(`${p.key}:${p.key2 ?? 0}`) ?? 0);
    },
    { cacheKeyFn: (p) => `${p.key}:${p.key2 ?? 0}` },
  );
}

/**
 * Resolves one parent's page of a connection field; calls for the other parents of the same
 * field in the same operation are batched into the same statements.
 */
export function loadArticlePage(
  ctx: Context,
  info: GraphQLResolveInfo,
  source: ArticleSource,
  parent: Parent,
  args: PageArgs & { orderBy?: ArticleOrder | null },
  defaultSize?: number,
): Promise<ArticleConnection<unknown>> {
  tagListRead(ctx, source, parent);
  const order = args.orderBy ?? 'PUBLISHED_AT_DESC';
  const page = pageRequest(args, defaultSize);
  // Planned for every parent, not just the batch's first: Pothos records per response path which
  // selection the rows were loaded with, so fields under each parent's nodes read them as loaded.
  const nodeQuery = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] });
  const sourceKey = JSON.stringify(source);
  const key = `${sourceKey}|${order}|${page.size}|${page.backward}|${page.cursor?.value}|${page.cursor?.id}`;
  // Per field of the operation (its AST node) and per arguments.
  const fields = memoized(
    ctx,
    'articleLists',
    () => new WeakMap<FieldNode, Map<string, DataLoader<Parent, ArticleConnection<unknown>, string>>>(),
  );
  let perField = fields.get(info.fieldNodes[0]);
  if (!perField) {
    perField = new Map();
    fields.set(info.fieldNodes[0], perField);
  }
  let loader = perField.get(key);
  if (!loader) {
    const counts = countsOf(ctx, source);
    const withCount = selectsPath(info, ['totalCount']);
    const withNodes = selectsPath(info, ['edges']);
    const cursors = cursorsAsked(info);
    loader = new DataLoader<Parent, ArticleConnection<unknown>, string>(
      (parents) => loadPages(ctx, nodeQuery, source, order, page, parents, counts, withCount, withNodes, cursors),
      { cacheKeyFn: (p) => `${p.key}:${p.key2 ?? 0}` },
    );
    perField.set(key, loader);
  }
  return loader.load(parent);
}

/** How many visible articles a parent's list holds; batched across parents of the same kind. */
export function articleCount(ctx: Context, source: ArticleSource, parent: Parent | number): Promise<number> {
  const p = typeof parent === 'number' ? { key: parent } : parent;
  tagListRead(ctx, source, p);
  return countsOf(ctx, source).load(p);
}

function countsOf(ctx: Context, source: ArticleSource): DataLoader<Parent, number, string> {
  return memoized(ctx, `articleCount:${JSON.stringify(source)}`, () => countLoader(ctx, source));
}

const ALL = 2;
const ENDS = 1;
const NONE = 0;
/** Which cursors a connection must carry: every edge's, the first and last (pageInfo), or none. */
type CursorsAsked = typeof ALL | typeof ENDS | typeof NONE;
const cursorsByField = new WeakMap<readonly FieldNode[], CursorsAsked>();

/** The cursors this connection field's selection reads, remembered per field of the document. */
function cursorsAsked(info: GraphQLResolveInfo): CursorsAsked {
  let asked = cursorsByField.get(info.fieldNodes);
  if (asked === undefined) {
    asked = selectsPath(info, ['edges', 'cursor'])
      ? ALL
      : selectsPath(info, ['pageInfo', 'startCursor']) || selectsPath(info, ['pageInfo', 'endCursor'])
        ? ENDS
        : NONE;
    cursorsByField.set(info.fieldNodes, asked);
  }
  return asked;
}
