import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createKey } from '../src/keys/keys.ts';
import { checksum } from './helpers/checksum.ts';
import { countQueries, pool, prisma, truncateAll, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';

useCleanDb();

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/ninjs/${name}`, import.meta.url), 'utf8'));
const ITEM = fixture('eastmark-central-bank-ai.json');
const SHORT = fixture('short-item-3.0.json');

const IMPORT = `mutation($item: JSON!, $publish: Boolean, $category: String) {
  importNinjs(item: $item, publish: $publish, category: $category) { outcome articleId article { slug } }
}`;
const PAGE = `query($slug: String!) { article(slug: $slug) {
  title alternativeTitle summary publishedAt updatedAt wordCount readingTimeMinutes
  body { __typename ... on ParagraphBlock { text } }
  dateline { place { name kind } agency { name kind } }
  credits { role person { name slug } }
  mentions { role entity { __typename ... on Person { name } ... on Organization { name } ... on Place { name kind countryCode } } }
  keyTakeaways { text } faq { question answer } tags { slug name } category { slug ancestors { slug } } publication { slug }
  ninjs
} }`;

let desk: Record<string, string>;
let writer: Record<string, string>;
let admin: Record<string, string>;

async function setup() {
  const business = await prisma.category.create({ data: { slug: 'business', name: 'Business' } });
  await prisma.category.create({ data: { slug: 'finance', name: 'Finance', parentId: business.id } });
  await prisma.publication.create({ data: { slug: 'harbour-finance-review', name: 'Harbour Finance Review', url: 'https://hfr.example' } });
}

beforeEach(async () => {
  desk = { authorization: `Bearer ${(await createKey('wire-desk', ['write', 'publish'])).key}` };
  writer = { authorization: `Bearer ${(await createKey('wire-writer', ['write'])).key}` };
  admin = { authorization: `Bearer ${(await createKey('wire-admin', ['admin'])).key}` };
  await setup();
});

const importItem = (item: unknown, headers = desk, extra: Record<string, unknown> = { publish: true }) =>
  graphql(IMPORT, { item, ...extra }, { headers });
const slugOf = async () => (await pool.query(`SELECT slug FROM "Article" LIMIT 1`)).rows[0].slug as string;

describe('importNinjs', () => {
  it('needs the write scope, and publish for publish: true, before any SQL write', async () => {
    const before = await checksum();
    const anon = await countQueries(() => graphql(IMPORT, { item: ITEM }));
    expect(anon.result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.statements).toEqual([]);
    expect((await importItem(ITEM, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noPublish = await countQueries(() => importItem(ITEM, writer));
    expect(noPublish.result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(noPublish.statements.every((s) => /"ApiKey"/.test(s))).toBe(true);
    expect(await checksum()).toEqual(before);
  });

  it('turns the wire item into the whole article page, and article.ninjs gives every part back', async () => {
    const res = await importItem(ITEM);
    expect(res.errors).toBeUndefined();
    expect(res.data.importNinjs).toMatchObject({
      outcome: 'CREATED',
      article: { slug: 'eastmarks-central-bank-says-its-governor-steers-clear-of-chatbots-though-her' },
    });

    const { result: page, statements } = await countQueries(() => graphql(PAGE, { slug: res.data.importNinjs.article.slug }));
    expect(page.errors).toBeUndefined();
    expect(statements).toHaveLength(1); // the export is read in the article's own statement
    const a = page.data.article;
    expect(a.title).toBe(ITEM.headlines[0].value);
    expect(a.alternativeTitle).toBe(ITEM.headlines[1].value);
    expect(a.summary).toBe(ITEM.descriptions[0].value);
    expect(a.publishedAt).toBe('2026-11-19T09:40:00.000Z');
    expect(a.updatedAt).toBe('2026-11-19T11:05:00.000Z');
    // The dateline is lifted out of the first paragraph and the credit line out of the last.
    expect(a.body).toHaveLength(4);
    expect(a.body[0].text).toMatch(/^Annika Solberg, who heads the Bank of Eastmark/);
    expect(a.body.some((b: { text: string }) => /Reporting by/.test(b.text))).toBe(false);
    expect(a.wordCount).toBeGreaterThan(80);
    expect(a.dateline).toEqual({ place: { name: 'Bramholt', kind: 'CITY' }, agency: { name: 'Northwire', kind: 'NEWS_AGENCY' } });
    expect(a.credits).toEqual([
      { role: 'REPORTING', person: { name: 'Ilse Varga', slug: 'ilse-varga' } },
      { role: 'WRITING', person: { name: 'Tomas Rydell', slug: 'tomas-rydell' } },
      { role: 'EDITING', person: { name: 'Maren Holt', slug: 'maren-holt' } },
    ]);
    expect(a.mentions.map((m: { role: string; entity: { name: string } }) => [m.role, m.entity.name])).toEqual([
      ['SUBJECT', 'Annika Solberg'],
      ['QUOTED', 'Pieter Lund'],
      ['SUBJECT', 'Bank of Eastmark'],
      ['MENTIONED', 'Meridian Savings'],
      ['MENTIONED', 'Northwire'],
      ['MENTIONED', 'Bramholt'],
      ['MENTIONED', 'Denmark'],
    ]);
    expect(a.mentions[6].entity).toMatchObject({ kind: 'COUNTRY', countryCode: 'DK' });
    expect(a.keyTakeaways).toHaveLength(5);
    expect(a.keyTakeaways[0].text).toBe('Solberg keeps AI assistants out of her own work.');
    expect(a.faq.map((f: { question: string }) => f.question)).toEqual([
      'What is a central bank?',
      'What is a working group?',
      'What is a language model?',
    ]);
    expect(a.tags).toEqual([
      { slug: 'artificial-intelligence', name: 'Artificial intelligence' },
      { slug: 'central-banks', name: 'Central banks' },
    ]);
    expect(a.category).toEqual({ slug: 'finance', ancestors: [{ slug: 'business' }] });
    expect(a.publication).toEqual({ slug: 'harbour-finance-review' });
    const [row] = (await pool.query(`SELECT "leadImage", "sourceUri", "sourceVersion", version FROM "Article"`)).rows;
    expect(row).toEqual({
      leadImage: {
        url: 'https://images.northwire.example/eastmark-cb-ai/base.jpg',
        width: 1600,
        height: 1067,
        credit: 'Northwire/Ola Brekke',
        alt: 'The stone front of the Bank of Eastmark headquarters in Bramholt',
        caption: 'The Bank of Eastmark headquarters in Bramholt, November 2026.',
      },
      sourceUri: ITEM.uri,
      sourceVersion: '1',
      version: 1,
    });

    // Unknown people, organisations, places and tags were created, each with its event.
    const count = async (t: string) => (await pool.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
    expect([await count('Person'), await count('Organization'), await count('Place'), await count('Tag')]).toEqual([5, 3, 2, 2]);
    const events = (await pool.query(`SELECT kind, lists, actor FROM "OutboxEvent" ORDER BY id`)).rows;
    expect(events.filter((e) => e.kind === 'person.created')).toHaveLength(5);
    const created = events.at(-1);
    expect(created.kind).toBe('article.created');
    expect(created.actor).toBe('wire-desk');
    expect(created.lists).toEqual(
      expect.arrayContaining([
        'feed',
        'Category:1',
        'Category:2',
        'Publication:1',
        'Tag:1',
        'Tag:2',
        'Person:1',
        'Organization:1',
        'Place:1',
      ]),
    );
    const revisions = (await pool.query(`SELECT version, author FROM "ArticleRevision"`)).rows;
    expect(revisions).toEqual([{ version: 1, author: 'import' }]);

    // The export: every part of the page, in ninjs.
    const n = a.ninjs;
    expect(n).toMatchObject({
      uri: ITEM.uri,
      version: '1',
      type: 'text',
      pubstatus: 'usable',
      firstcreated: '2026-11-19T09:40:00.000Z',
      versioncreated: '2026-11-19T11:05:00.000Z',
      headlines: ITEM.headlines,
      descriptions: [{ role: 'summary', value: ITEM.descriptions[0].value }],
      by: 'Reporting by Ilse Varga; Writing by Tomas Rydell; Editing by Maren Holt',
      located: 'Bramholt',
      infosources: [
        { name: 'Northwire', literal: 'northwire', role: 'originator' },
        { name: 'Harbour Finance Review', literal: 'harbour-finance-review', role: 'publisher' },
      ],
      people: [
        { name: 'Annika Solberg', rel: 'about' },
        { name: 'Pieter Lund', rel: 'quoted' },
      ],
      organisations: [
        { name: 'Bank of Eastmark', rel: 'about' },
        { name: 'Meridian Savings', rel: 'mentions' },
        { name: 'Northwire', rel: 'mentions' },
      ],
      places: [
        { name: 'Bramholt', rel: 'mentions' },
        { name: 'Denmark', uri: 'http://cvx.iptc.org/iso3166-1a2/dk' },
      ],
      subjects: [
        { name: 'Finance', literal: 'finance', rel: 'category' },
        { literal: 'artificial-intelligence' },
        { literal: 'central-banks' },
      ],
      associations: [
        {
          type: 'picture',
          by: 'Northwire/Ola Brekke',
          renditions: [{ href: 'https://images.northwire.example/eastmark-cb-ai/base.jpg', width: 1600, height: 1067 }],
        },
      ],
    });
    expect(n.bodies.map((b: { role: string }) => b.role)).toEqual(['main', 'keytakeaways', 'faq']);
    expect(n.bodies[0].value).toContain('<p>Annika Solberg, who heads');
    expect(n.bodies[2].value).toContain('<dt>What is a language model?</dt>');
  });

  it('exports and imports back to the same article, in ninjs 2 and 3', async () => {
    const first = await importItem(ITEM);
    const exported = (await graphql(PAGE, { slug: first.data.importNinjs.article.slug })).data.article;
    const v3 = (
      await graphql(`query($s: String!) { article(slug: $s) { ninjs(standard: NINJS_3) } }`, { s: first.data.importNinjs.article.slug })
    ).data.article.ninjs;
    expect(v3).toMatchObject({
      versionCreated: exported.ninjs.versioncreated,
      firstCreated: exported.ninjs.firstcreated,
      pubStatus: 'usable',
    });
    expect(v3.bodies[0].contentType).toBe('text/html');
    for (const item of [exported.ninjs, v3]) {
      await truncateAll();
      await setup();
      desk = { authorization: `Bearer ${(await createKey('wire-desk', ['write', 'publish'])).key}` };
      const again = await importItem(item);
      expect(again.data.importNinjs.outcome).toBe('CREATED');
      const round = (await graphql(PAGE, { slug: again.data.importNinjs.article.slug })).data.article;
      expect(round).toEqual(exported);
    }
  });

  it('is idempotent by uri and version: the same or an older version changes nothing, a newer one updates', async () => {
    await importItem(ITEM);
    const before = await checksum();
    const same = await importItem(ITEM);
    expect(same.data.importNinjs.outcome).toBe('UNCHANGED');
    expect(await checksum()).toEqual(before);
    const older = await importItem({ ...ITEM, version: '0', headlines: [{ role: 'main', value: 'An older headline' }] });
    expect(older.data.importNinjs.outcome).toBe('STALE');
    expect(await checksum()).toEqual(before);

    const newer = {
      ...ITEM,
      version: '2',
      versioncreated: '2026-11-19T13:20:00Z',
      headlines: [{ role: 'main', value: 'Eastmark central bank governor avoids AI assistants, bank says' }],
      subjects: ITEM.subjects.slice(0, 2),
      by: 'Reporting by Ilse Varga; Editing by Maren Holt',
      bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>BRAMHOLT (Northwire) - A shorter version of the story.</p>' }],
    };
    const upd = await importItem(newer);
    expect(upd.data.importNinjs.outcome).toBe('UPDATED');
    const a = (await graphql(PAGE, { slug: await slugOf() })).data.article;
    expect(a.title).toBe(newer.headlines[0].value);
    expect(a.body).toEqual([{ __typename: 'ParagraphBlock', text: 'A shorter version of the story.' }]);
    expect(a.credits.map((c: { role: string }) => c.role)).toEqual(['REPORTING', 'EDITING']);
    expect(a.tags).toEqual([{ slug: 'artificial-intelligence', name: 'Artificial intelligence' }]);
    expect(a.keyTakeaways).toEqual([]);
    expect(a.publishedAt).toBe('2026-11-19T09:40:00.000Z');
    expect(a.updatedAt).toBe('2026-11-19T13:20:00.000Z');
    const rows = (await pool.query(`SELECT "sourceVersion", version FROM "Article"`)).rows;
    expect(rows).toEqual([{ sourceVersion: '2', version: 2 }]);
    expect((await pool.query(`SELECT version FROM "ArticleRevision" ORDER BY version`)).rows).toEqual([{ version: 1 }, { version: 2 }]);
    const last = (await pool.query(`SELECT kind, lists FROM "OutboxEvent" ORDER BY id DESC LIMIT 1`)).rows[0];
    expect(last.kind).toBe('article.updated');
    expect(last.lists).toContain('Tag:2'); // the tag it left
    // The counters the triggers keep still equal a rebuild from scratch.
    const counts = async () =>
      (await pool.query(`SELECT list, "parentId", published FROM "ArticleListCount" WHERE published <> 0 ORDER BY 1, 2`)).rows;
    const kept = await counts();
    await pool.query('SELECT "rebuild_article_lists"()');
    expect(await counts()).toEqual(kept);
  });

  it('imports a ninjs 3 item with a plain-text body and a byline; a draft without publish', async () => {
    const missing = await importItem(SHORT, writer, {});
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'item.subjects', reason: 'UNKNOWN_CATEGORY' });
    const res = await importItem(SHORT, writer, { category: 'finance' });
    expect(res.errors).toBeUndefined();
    expect(res.data.importNinjs).toMatchObject({ outcome: 'CREATED', article: null }); // a draft: not visible to this key
    const row = await prisma.article.findFirstOrThrow({ include: { credits: { include: { person: true } } } });
    expect(row).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      sourceVersion: '3',
      title: 'Port of Bramholt cuts mooring fees for electric ferries',
    });
    expect(row.body).toEqual([
      { type: 'paragraph', text: 'The port authority said on Friday that ferries running on batteries will pay a third less to moor.' },
      { type: 'paragraph', text: 'The change starts in January.' },
    ]);
    expect(row.credits.map((c) => [c.person.name, c.role])).toEqual([
      ['Ilse Varga', 'AUTHOR'],
      ['Tomas Rydell', 'AUTHOR'],
    ]);
    expect(row.updatedAt.toISOString()).toBe('2026-11-20T07:30:00.000Z');
    expect((await graphql(PAGE, { slug: row.slug })).data.article).toBeNull();
  });

  it('refuses a bad item naming the field, changing nothing', async () => {
    const before = await checksum();
    const cases: [unknown, string][] = [
      [{ ...ITEM, uri: undefined }, 'item.uri'],
      [{ ...ITEM, headlines: [] }, 'item.headlines'],
      [{ ...ITEM, headlines: [{ role: 'main', value: 'Bank \u202Egoverned' }] }, 'item.headlines.0.value'],
      [{ ...ITEM, versioncreated: 'last tuesday' }, 'item.versioncreated'],
      [{ ...ITEM, bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>One</p><p>Bad \u0007 bell</p>' }] }, 'item.body.1'],
      [
        { ...ITEM, associations: [{ ...ITEM.associations[0], renditions: [{ name: 'x', href: 'javascript:alert(1)' }] }] },
        'item.associations.0.url',
      ],
      [{ ...ITEM, people: [{ name: 'x'.repeat(201) }] }, 'item.people.0.name'],
      [{ ...ITEM, subjects: [{ name: 'Nowhere', literal: 'nowhere', rel: 'category' }] }, 'item.subjects'],
    ];
    for (const [item, field] of cases) {
      const res = await importItem(item);
      expect(res.errors?.[0].extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await checksum()).toEqual(before);
  });

  it('lets concurrent imports of one item make one article', async () => {
    const results = await Promise.all([importItem(ITEM), importItem(ITEM), importItem(ITEM)]);
    expect(results.map((r) => r.data.importNinjs.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED']);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n).toBe(1);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "Person"`)).rows[0].n).toBe(5);
  });

  it('lets concurrent imports of different items naming the same new people share one row each', async () => {
    const other = { ...ITEM, uri: `${ITEM.uri}-sidebar`, headlines: [{ role: 'main', value: 'A sidebar to the central bank story' }] };
    const results = await Promise.all([importItem(ITEM), importItem(other)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results.map((r) => r.data.importNinjs.outcome)).toEqual(['CREATED', 'CREATED']);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "Person"`)).rows[0].n).toBe(5);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "ArticleCredit"`)).rows[0].n).toBe(6);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "OutboxEvent" WHERE kind = 'person.created'`)).rows[0].n).toBe(5);
  });

  it('archives the article when a newer version cancels the item, and takes it down when withheld', async () => {
    await importItem(ITEM);
    const slug = await slugOf();
    const withheld = await importItem({ ...ITEM, version: '2', pubstatus: 'withheld' });
    expect(withheld.data.importNinjs).toMatchObject({ outcome: 'UPDATED', article: null });
    expect((await graphql(PAGE, { slug })).data.article).toBeNull();
    await importItem({ ...ITEM, version: '3', pubstatus: 'usable' });
    expect((await graphql(PAGE, { slug })).data.article.title).toBe(ITEM.headlines[0].value);
    await importItem({ ...ITEM, version: '4', pubstatus: 'canceled' });
    expect((await pool.query(`SELECT status FROM "Article"`)).rows).toEqual([{ status: 'ARCHIVED' }]);
    const last = (await pool.query(`SELECT lists FROM "OutboxEvent" ORDER BY id DESC LIMIT 1`)).rows[0];
    expect(last.lists).toContain('feed'); // the list it left
  });

  it('exports an article written in the newsroom, with a uri of its own', async () => {
    const { makeArticle, makePerson } = await import('./helpers/factories.ts');
    const [category, publication] = [
      await prisma.category.findFirstOrThrow({ where: { slug: 'finance' } }),
      await prisma.publication.findFirstOrThrow(),
    ];
    const author = await makePerson({ name: 'Ada Brennan' });
    const a = await makeArticle({
      slug: 'native',
      categoryId: category.id,
      publicationId: publication.id,
      credits: [{ personId: author.id, role: 'AUTHOR' }],
    });
    const res = await graphql(`{ article(slug: "native") { ninjs(standard: NINJS_3) } }`);
    expect(res.data.article.ninjs).toMatchObject({
      uri: `urn:content-gateway:article:${a.id}`,
      version: '1',
      pubStatus: 'usable',
      by: 'By Ada Brennan',
      headlines: [{ role: 'main', value: a.title }],
      bodies: [{ role: 'main', contentType: 'text/html', value: `<p>${(a.body as { text: string }[])[0].text}</p>` }],
      subjects: [{ literal: 'finance', rel: 'category' }],
    });
    expect(res.data.article.ninjs.associations).toBeUndefined();
  });
});
