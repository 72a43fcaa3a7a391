import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import { userError } from '../errors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { selectsPath } from '../search/selection.ts';
import { countSql, type ArticleSource } from './article-lists.ts';
import { articleVisibility } from '../schema/visibility.ts';
import { pageSize, type PageArgs } from './pagination.ts';

// Lists of every person, organisation or place, by name or by how many visible articles they
// have. Prisma can order by name but not by a visible-article count (its relation _count counts
// drafts too), so the page's ids come from SQL, with the counts the article lists use
// (countSql: counters minus rows scheduled ahead), and the rows from one Prisma read.

const { sql, raw } = Prisma;

export type EntityKind = 'Person' | 'Organization' | 'Place';
export type EntityOrder = 'NAME' | 'CREDIT_COUNT' | 'MENTION_COUNT' | 'ARTICLE_COUNT';

const countSources: Record<EntityKind, Partial<Record<EntityOrder, ArticleSource>>> = {
  Person: { CREDIT_COUNT: { kind: 'credit' }, MENTION_COUNT: { kind: 'mention' } },
  Organization: { ARTICLE_COUNT: { kind: 'organization' } },
  Place: { ARTICLE_COUNT: { kind: 'place' } },
};

type Cursor = [string | number, number];

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(cursor: string, byName: boolean): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof value === (byName ? 'string' : 'number') && Number.isInteger(id)) return [value as string | number, id as number];
  } catch {
    // fall through to the error below
  }
  throw userError('BAD_USER_INPUT', '`after` is not a cursor this list produced.', { argument: 'after', reason: 'INVALID_CURSOR' });
}

const delegate = (kind: EntityKind) =>
  ({ Person: prisma().person, Organization: prisma().organization, Place: prisma().place })[kind] as unknown as {
    findMany(args: object): Promise<{ id: number }[]>;
    count(): Promise<number>;
  };

/** A page of a root entity list; forward only (first/after). */
export async function entityConnection(ctx: Context, info: GraphQLResolveInfo, kind: EntityKind, order: EntityOrder, args: PageArgs) {
  if (args.last != null || args.before != null)
    throw userError('BAD_USER_INPUT', 'This list pages forward only: use `first` and `after`.', { argument: 'last', reason: 'PAGE_SIZE' });
  const { size } = pageSize(args);
  const byName = order === 'NAME';
  const source = countSources[kind][order];
  if (!byName && !source) throw userError('BAD_USER_INPUT', `${kind} lists cannot be ordered by ${order}.`, { argument: 'orderBy' });
  const after = args.after != null ? decode(args.after, byName) : undefined;
  const table = raw(`"${kind}"`);
  let rows: { id: number; sort: string | number }[] = [];
  if (selectsPath(info, ['edges']) || selectsPath(info, ['pageInfo'])) {
    rows = byName
      ? await prisma().$queryRaw`SELECT e.id, e.name AS sort FROM ${table} e
          ${after ? sql`WHERE (e.name, e.id) > (${after[0]}, ${after[1]}::int)` : sql``}
          ORDER BY e.name, e.id LIMIT ${size + 1}`
      : await prisma().$queryRaw`SELECT * FROM (
            SELECT p.key AS id, c.n AS sort FROM (SELECT id AS key FROM ${table}) p
            CROSS JOIN LATERAL (${countSql(source!, articleVisibility(ctx), ctx.now)}) c(n)) s
          ${after ? sql`WHERE s.sort < ${after[0]}::int OR (s.sort = ${after[0]}::int AND s.id > ${after[1]}::int)` : sql``}
          ORDER BY s.sort DESC, s.id LIMIT ${size + 1}`;
  }
  const page = rows.slice(0, size);
  const query = queryFromInfo({ context: ctx, info, typeName: kind, path: ['edges', 'node'] });
  const nodes =
    page.length && selectsPath(info, ['edges', 'node'])
      ? await delegate(kind).findMany({ ...query, where: { id: { in: page.map((r) => r.id) } } })
      : [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = page.map((r) => ({
    cursor: encode([r.sort, r.id]),
    node: byId.get(r.id) ?? { id: r.id },
    articleCount: byName ? null : r.sort,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => delegate(kind).count(),
  };
}
