import { readFileSync } from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  dataModel,
  directRead,
  joinColumns,
  MICROSECOND_COLUMNS,
  onDirectStatement,
  readDirect,
  setDirectReads,
} from '../src/db/direct-reads.ts';
import { env } from '../src/env.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { keyHeaders } from './helpers/articles.ts';
import { countQueries, migrateOnce, prisma, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makePublication } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { operation } from './helpers/operations.ts';

// The direct path (src/db/direct-reads.ts) must answer what Prisma answers: the same GraphQL
// response byte for byte with it on and off, the same objects for the same arguments (Dates,
// nulls, empty lists, Json, enums), the same number of statements, and Prisma's answer for any
// shape it does not compile.

const DRAFT = 'aurelia-motors-plans-battery-plant-near-toronto';
const SCHEDULED = 'ai-productivity-gains-slow-to-show-up-in-data';
let bare: { id: number; slug: string };

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  await seedDemo(prisma);
  // An article with no lists, no dateline, no promo and no summary: empty arrays and null relations.
  const [pub, cat] = await Promise.all([makePublication(), makeCategory()]);
  bare = await makeArticle({ publicationId: pub.id, categoryId: cat.id, slug: 'bare' });
  await prisma.article.update({ where: { id: bare.id }, data: { summary: null } });
});

afterEach(() => setDirectReads(env().DB_DIRECT_READS === 'on'));

/** The statements an operation sent and how many of them were the direct path's. */
async function run(query: string, variables: Record<string, unknown>, init: { headers?: Record<string, string> }, direct: boolean) {
  setDirectReads(direct);
  let directs = 0;
  const stop = onDirectStatement(() => directs++);
  try {
    const { result, statements } = await countQueries(() => graphql(query, variables, init));
    expect(result.errors).toBeUndefined();
    return { text: JSON.stringify(result), statements: statements.length, directs };
  } finally {
    stop();
  }
}

describe('with DB_DIRECT_READS on and off', () => {
  const cases: [string, string, Record<string, unknown>, boolean][] = [
    ['article page', 'article-page', {}, false],
    ['article page of an article with nothing attached', 'article-page', { slug: 'bare' }, false],
    ['article page of a draft, in preview', 'article-page', { slug: DRAFT }, true],
    ['article page of a scheduled article, in preview', 'article-page', { slug: SCHEDULED }, true],
    ['home feed', 'home-feed', {}, false],
    ['home feed in preview (drafts, list rows by id)', 'home-feed', {}, true],
    ['category page', 'category-page', {}, false],
    ['person page', 'person-page', {}, false],
  ];
  for (const [title, op, variables, preview] of cases) {
    it(`answers the ${title} byte for byte with the same statements`, async () => {
      const init = preview ? await keyHeaders('preview') : {};
      const on = await run(operation(op as 'article-page'), variables, init, true);
      const off = await run(operation(op as 'article-page'), variables, init, false);
      expect(on.text).toBe(off.text);
      expect(on.statements).toBe(off.statements);
      expect(on.directs).toBeGreaterThan(0);
      expect(off.directs).toBe(0);
      // The category, its page rows with the count and its articles: none through Prisma.
      if (op === 'category-page') expect(on.directs).toBe(on.statements);
    });
  }

  it('answers the next pages of the feed and of a category (cursors in the where) alike', async () => {
    for (const op of ['home-feed', 'category-page'] as const) {
      const first = JSON.parse((await run(operation(op), { first: 3 }, {}, false)).text);
      const page = op === 'home-feed' ? first.data.articles : first.data.category.articles;
      const after = page.pageInfo.endCursor;
      expect(after).toBeTruthy();
      const on = await run(operation(op), { first: 3, after }, {}, true);
      const off = await run(operation(op), { first: 3, after }, {}, false);
      expect(on.text).toBe(off.text);
      expect(on.directs).toBeGreaterThan(0);
    }
  });

  it('answers the article by id, and a former slug, alike', async () => {
    const { data } = await graphql('{ article(slug: "bare") { id } }');
    await prisma.articleSlug.create({ data: { slug: 'bare-before', articleId: bare.id } });
    for (const [q, v] of [
      ['query ($id: ID!) { article(id: $id) { id slug title summary tags { slug } promo { title } } }', { id: data.article.id }],
      ['query ($slug: String!) { article(slug: $slug) { id slug publishedAt category { slug } } }', { slug: 'bare-before' }],
    ] as const) {
      const on = await run(q, v, {}, true);
      const off = await run(q, v, {}, false);
      expect(on.text).toBe(off.text);
      expect(on.statements).toBe(off.statements);
      expect(on.directs).toBeGreaterThan(0);
    }
  });
});

const now = () => new Date();
const visible = () => ({ status: 'PUBLISHED' as const, publishedAt: { lte: now() } });
const byPosition = { orderBy: { position: 'asc' } } as const;

// The article page's arguments as Pothos plans them, and wider ones: every scalar of every model
// the page reaches, back relations, scalar lists, Json that is null.
const articlePage = {
  select: {
    id: true,
    slug: true,
    title: true,
    alternativeTitle: true,
    summary: true,
    publishedAt: true,
    updatedAt: true,
    readingTimeMinutes: true,
    wordCount: true,
    body: true,
    categoryId: true,
    publication: true,
    category: {
      include: {
        parent: { include: { parent: { include: { parent: true } } } },
        articles: {
          where: visible(),
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
          take: 7,
          select: { id: true, slug: true, publishedAt: true },
        },
      },
    },
    datelinePlace: true,
    datelineAgency: true,
    credits: { orderBy: [{ position: 'asc' }, { role: 'asc' }], include: { person: true } },
    personMentions: { ...byPosition, include: { person: true } },
    organizationMentions: { ...byPosition, include: { organization: true } },
    placeMentions: { ...byPosition, include: { place: true } },
    keyTakeaways: byPosition,
    faqEntries: byPosition,
    tags: { orderBy: { tagId: 'asc' }, include: { tag: true } },
    promo: { include: { publication: { select: { slug: true, createdAt: true } } } },
    relatedList: {
      where: { related: visible() },
      orderBy: { rank: 'asc' },
      take: 6,
      select: { related: { select: { id: true, slug: true, publishedAt: true } }, score: true, reasons: true },
    },
  },
} as const;

const wide = {
  include: {
    revisions: { orderBy: { version: 'asc' } },
    slugHistory: { orderBy: { slug: 'asc' } },
    relatedSource: true,
    credits: { orderBy: [{ position: 'asc' }, { role: 'asc' }], include: { person: { include: { affiliation: true } } } },
    category: { include: { children: { orderBy: { position: 'asc' } } } },
  },
} as const;

type Reader = (args: object) => Promise<unknown>;
const prismaReaders: Record<string, Record<string, Reader>> = {
  Article: {
    findMany: (a) => prisma.article.findMany(a as never),
    findFirst: (a) => prisma.article.findFirst(a as never),
    findUnique: (a) => prisma.article.findUnique(a as never),
  },
  Category: { findMany: (a) => prisma.category.findMany(a as never) },
};

async function same(model: string, method: 'findMany' | 'findFirst' | 'findUnique', args: object) {
  const direct = directRead(model, method, args);
  expect(direct, `compiled: ${JSON.stringify(args)}`).toBeDefined();
  const expected = await prismaReaders[model][method](args);
  expect(await direct, JSON.stringify(args)).toStrictEqual(expected);
  return expected;
}

describe('directRead', () => {
  it('returns what Prisma returns for the article page, the feed and list rows, for every article', async () => {
    setDirectReads(true);
    const ids = (await prisma.article.findMany({ select: { id: true } })).map((a) => a.id);
    const all = (await same('Article', 'findMany', { ...articlePage, where: { id: { in: ids } }, orderBy: { id: 'asc' } })) as {
      publishedAt: Date | null;
      datelinePlace: unknown;
      tags: unknown[];
      relatedList: unknown[];
    }[];
    // The data covers what the shape must survive.
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((a) => a.publishedAt === null)).toBe(true);
    expect(all.some((a) => a.datelinePlace === null)).toBe(true);
    expect(all.some((a) => a.tags.length === 0)).toBe(true);
    expect(all.some((a) => a.relatedList.length > 0)).toBe(true);
    expect(all.every((a) => a.publishedAt === null || a.publishedAt instanceof Date)).toBe(true);
    await same('Article', 'findMany', { ...wide, where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    await same('Article', 'findMany', { where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    await same('Article', 'findMany', {
      where: { AND: [visible(), { publishedAt: { gte: new Date('2020-01-01'), lt: undefined } }] },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 21,
      select: articlePage.select,
    });
    for (const id of ids) await same('Article', 'findFirst', { ...articlePage, where: { id, ...visible() } });
    await same('Article', 'findFirst', { ...articlePage, where: { slug: DRAFT } });
    await same('Article', 'findFirst', { ...articlePage, where: { slug: 'no-such-article', ...visible() } });
    await same('Article', 'findUnique', { ...wide, where: { slug: SCHEDULED } });
    await same('Article', 'findUnique', { select: { id: true, tags: true }, where: { id: bare.id } });
    await same('Category', 'findMany', {
      include: { parent: { include: { parent: true } }, children: { orderBy: { position: 'asc' } } },
      orderBy: { id: 'asc' },
    });
  });

  it('filters, orders and pages as Prisma does', async () => {
    setDirectReads(true);
    const select = { id: true, slug: true, summary: true, status: true, publishedAt: true };
    const wheres: object[] = [
      { status: { in: ['DRAFT', 'ARCHIVED', 'SCHEDULED'] } },
      { status: { notIn: ['PUBLISHED'] } },
      { publishedAt: null },
      { publishedAt: { not: null } },
      { summary: { not: 'Summary 1' } },
      { summary: { equals: null } },
      { promoId: { gte: 1 } },
      { id: { gt: 3, lte: 9 } },
      { OR: [{ slug: DRAFT }, { id: bare.id }] },
      { AND: [] },
      { AND: [{}, { id: { lt: undefined } }] },
      { AND: { status: 'PUBLISHED' } },
      { category: { slug: 'finance' } },
      { category: { is: { parentId: null } } },
      { datelinePlace: { name: { not: 'London' } } },
      { id: { in: [] } },
      { publishedAt: { lt: undefined } },
    ];
    for (const where of wheres) await same('Article', 'findMany', { select, where, orderBy: { id: 'asc' } });
    await same('Article', 'findMany', {
      select,
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      take: 5,
      skip: 2,
    });
    await same('Article', 'findMany', {
      select: { id: true, tags: { orderBy: { tagId: 'desc' }, take: 2, skip: 1, select: { tagId: true } } },
      orderBy: { id: 'asc' },
    });
  });

  it('keeps answering right past its bound of cached shapes', async () => {
    setDirectReads(true);
    // 520 shapes (an AND of 1 to 520 conditions): the cache is emptied once on the way.
    const args = (k: number) => ({
      select: { id: true },
      where: { AND: Array.from({ length: k }, () => ({ id: { gt: 3 } })) },
      orderBy: { id: 'asc' },
    });
    for (let k = 1; k <= 520; k++) await directRead('Article', 'findMany', args(k));
    await same('Article', 'findMany', args(1));
    await same('Article', 'findMany', args(520));
  });

  it('reads timestamps as UTC whatever the process time zone', async () => {
    setDirectReads(true);
    const at = new Date('2026-01-02T03:04:05.678Z');
    await prisma.article.update({ where: { id: bare.id }, data: { updatedAt: at } });
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const row = (await directRead('Article', 'findFirst', {
        select: { updatedAt: true, category: { select: { articles: true } } },
        where: { id: bare.id },
      })) as {
        updatedAt: Date;
        category: { articles: { id: number; updatedAt: Date }[] };
      };
      expect(row.updatedAt.toISOString()).toBe(at.toISOString());
      expect(row.category.articles.find((a) => a.id === bare.id)!.updatedAt.toISOString()).toBe(at.toISOString());
    } finally {
      process.env.TZ = zone;
    }
  });

  it('reads every millisecond exactly, from before 1970 to the year 9999', async () => {
    setDirectReads(true);
    for (const iso of ['1969-07-20T20:17:40.001Z', '1900-01-01T00:00:00.999Z', '2038-01-19T03:14:07.999Z', '9999-12-31T23:59:59.999Z']) {
      await prisma.article.update({ where: { id: bare.id }, data: { updatedAt: new Date(iso) } });
      const row = (await same('Article', 'findFirst', { select: { updatedAt: true }, where: { id: bare.id } })) as { updatedAt: Date };
      expect(row.updatedAt.toISOString()).toBe(iso);
    }
    // A timestamptz(6) with microseconds: Prisma drops them, and so does this path.
    const [{ articleId }] = await prisma.$queryRaw<{ articleId: number }[]>`
      UPDATE "RelatedArticle" SET "computedAt" = '2026-01-02 03:04:05.678999+00'
      WHERE ("articleId", rank) = (SELECT "articleId", rank FROM "RelatedArticle" LIMIT 1) RETURNING "articleId"`;
    const row = (await same('Article', 'findFirst', {
      select: { relatedList: { select: { computedAt: true }, orderBy: { rank: 'asc' } } },
      where: { id: articleId },
    })) as { relatedList: { computedAt: Date }[] };
    expect(row.relatedList.map((r) => r.computedAt.toISOString())).toContain('2026-01-02T03:04:05.678Z');
  });

  it('leaves a shape it does not compile to Prisma, with the same result and no statement of its own', async () => {
    setDirectReads(true);
    const shapes: object[] = [
      { select: { id: true, _count: { select: { tags: true } } } },
      { select: { id: true }, where: { title: { contains: 'bank', mode: 'insensitive' } } },
      { select: { id: true }, where: { tags: { some: { tagId: 1 } } } },
      { select: { id: true }, cursor: { id: 3 }, take: 2, orderBy: { id: 'asc' } },
      { select: { id: true }, orderBy: { category: { name: 'asc' } } },
      { select: { id: true }, distinct: ['categoryId'] },
      { omit: { body: true } },
      // Prisma's own readings of empty filters: an alternative without condition is dropped, an
      // empty OR is false at the top and no condition inside AND, an empty relation filter is none.
      { select: { id: true }, where: { OR: [{ slug: DRAFT }, {}] } },
      { select: { id: true }, where: { OR: [] } },
      { select: { id: true }, where: { AND: [{ OR: [] }] } },
      { select: { id: true }, where: { datelinePlace: {} } },
    ];
    for (const args of shapes) {
      expect(directRead('Article', 'findMany', args)).toBeUndefined();
      let directs = 0;
      const stop = onDirectStatement(() => directs++);
      const answer = await readDirect('Article', 'findMany', args, () => prisma.article.findMany(args as never));
      stop();
      expect(directs).toBe(0);
      expect(answer).toStrictEqual(await prisma.article.findMany(args as never));
    }
    // A compiled shape whose values it cannot take (a negative take reverses Prisma's order).
    const page = (take: number) => ({ select: { id: true }, orderBy: { id: 'asc' }, take }) as const;
    expect(directRead('Article', 'findMany', page(2))).toBeDefined();
    expect(directRead('Article', 'findMany', page(-2))).toBeUndefined();
    const last = await readDirect('Article', 'findMany', page(-2), () => prisma.article.findMany(page(-2)));
    expect(last).toStrictEqual(await prisma.article.findMany(page(-2)));
    expect((last as unknown[]).length).toBe(2);
    // An array where a value was (invalid for Prisma) is another shape, not the compiled `id = $1`.
    expect(directRead('Article', 'findMany', { select: { id: true }, where: { id: 3 } })).toBeDefined();
    expect(directRead('Article', 'findMany', { select: { id: true }, where: { id: [3, 4] } })).toBeUndefined();
    // Models with types it does not map (BigInt), and the path turned off.
    expect(directRead('OutboxEvent', 'findMany', {})).toBeUndefined();
    setDirectReads(false);
    expect(directRead('Article', 'findMany', page(2))).toBeUndefined();
  });
});

describe('the data model the compiler reads', () => {
  // The generated client names no referenced fields; the compiler takes the target's primary key.
  // Prisma's own schema parser says what each relation really references.
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync('prisma/schema.prisma', 'utf8') }))) as {
    datamodel: {
      models: {
        name: string;
        dbName: string | null;
        fields: {
          name: string;
          dbName?: string | null;
          kind: string;
          relationName?: string;
          relationFromFields?: string[];
          relationToFields?: string[];
          type: string;
          nativeType?: [string, string[]] | null;
        }[];
      }[];
    };
  };
  const byName = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));

  it('has the tables, columns and relation keys of the schema', () => {
    const models = dataModel();
    let relations = 0;
    for (const m of dmmf.datamodel.models) {
      const model = models.get(m.name)!;
      expect(model.table).toBe(m.dbName ?? m.name);
      for (const f of m.fields) {
        const field = model.fields.get(f.name)!;
        expect(field.column).toBe(f.dbName ?? f.name);
        if (f.kind !== 'object') continue;
        // The side holding the foreign key names both ends; the other side reads it from there.
        const owner = f.relationFromFields?.length
          ? f
          : byName.get(field.type)!.fields.find((o) => o.relationName === f.relationName && o !== f)!;
        const [from, to] =
          owner === f ? [f.relationFromFields!, f.relationToFields!] : [owner.relationToFields!, owner.relationFromFields!];
        const column = (modelName: string, name: string) => byName.get(modelName)!.fields.find((x) => x.name === name)!.dbName ?? name;
        expect(joinColumns(model, field).pairs).toEqual(to.map((t, i) => [column(field.type, t), column(m.name, from[i])]));
        relations++;
      }
    }
    expect(relations).toBeGreaterThan(40);
  });

  it('knows every DateTime column that holds microseconds', () => {
    // The compiler rounds a millisecond column's epoch and truncates a finer one first (as Prisma
    // does); a column missing from the list would read 1 ms late half the time.
    const finer: string[] = [];
    let dates = 0;
    for (const m of dmmf.datamodel.models)
      for (const f of m.fields) {
        if (f.type !== 'DateTime') continue;
        dates++;
        // No native type is Prisma's default, timestamp(3).
        const precision = f.nativeType ? Number(f.nativeType[1][0] ?? 6) : 3;
        if (precision > 3) finer.push(`${m.name}.${f.name}`);
      }
    expect(dates).toBeGreaterThan(15);
    expect([...MICROSECOND_COLUMNS].sort()).toEqual(finer.sort());
  });
});
