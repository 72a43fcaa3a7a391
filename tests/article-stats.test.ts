import { beforeAll, describe, expect, it } from 'vitest';
import { countQueries, migrateOnce, truncateAll } from './helpers/db.ts';
import { makeArticle, makeCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';

// Facets through yoga.fetch, compared with counts done by hand over the fixture below.
interface Spec {
  cat: number;
  tags: number[];
  author: number;
  mentioned?: number;
  org?: number;
  place: number;
  pub: number;
  at: string;
  text?: string;
  hidden?: 'DRAFT' | 'FUTURE';
}
const specs: Spec[] = [];

beforeAll(async () => {
  await migrateOnce();
  await truncateAll();
  const pubs = [await makePublication({ slug: 'p0' }), await makePublication({ slug: 'p1' })];
  const world = await makeCategory({ slug: 'world' });
  const europe = await makeCategory({ slug: 'europe', parentId: world.id });
  const france = await makeCategory({ slug: 'france', parentId: europe.id });
  const asia = await makeCategory({ slug: 'asia', parentId: world.id });
  const sport = await makeCategory({ slug: 'sport' });
  const cats = [world, europe, france, asia, sport];
  const tags = await Promise.all([0, 1, 2, 3].map((i) => makeTag({ slug: `t${i}` })));
  const people = await Promise.all([0, 1, 2].map((i) => makePerson({ slug: `pe${i}` })));
  const orgs = await Promise.all([0, 1].map((i) => makeOrganization({ slug: `o${i}` })));
  const places = await Promise.all([0, 1].map((i) => makePlace({ slug: `pl${i}` })));
  // Month edges: 23:30 UTC on 31 January is February in Berlin; 03:00 UTC on 1 March is still February in New York.
  const times = ['2026-01-31T23:30:00Z', '2026-02-01T00:30:00Z', '2026-03-01T03:00:00Z', '2026-03-15T12:00:00Z', '2025-12-31T23:59:00Z'];
  for (let i = 0; i < 20; i++) {
    specs.push({
      cat: [2, 2, 1, 3, 4, 0][i % 6],
      tags: [tags[i % 4].id, ...(i % 3 === 0 ? [tags[0].id] : [])].filter((v, k, a) => a.indexOf(v) === k),
      author: people[i % 3].id,
      mentioned: i % 2 ? people[(i + 1) % 3].id : undefined,
      org: i % 5 ? orgs[i % 2].id : undefined,
      place: places[i % 2].id,
      pub: pubs[i % 2].id,
      at: times[i % 5],
      text: i % 4 === 0 ? 'Election results came in.' : 'Market prices moved.',
      hidden: i === 3 ? 'DRAFT' : i === 7 ? 'FUTURE' : undefined,
    });
  }
  for (const s of specs) {
    const hiddenFields =
      s.hidden === 'DRAFT'
        ? { status: 'DRAFT' as const, publishedAt: null }
        : s.hidden === 'FUTURE'
          ? { publishedAt: new Date(Date.now() + 86_400_000) }
          : { publishedAt: new Date(s.at) };
    await makeArticle({
      publicationId: s.pub,
      categoryId: cats[s.cat].id,
      tagIds: s.tags,
      text: s.text,
      ...hiddenFields,
      credits: [{ personId: s.author, role: 'AUTHOR' }],
      people: s.mentioned ? [{ personId: s.mentioned }] : [],
      organizationIds: s.org ? [s.org] : [],
      placeIds: [s.place],
    });
    s.cat = cats[s.cat].id;
  }
});

const visible = () => specs.filter((s) => !s.hidden);
const tally = (keys: (number | undefined)[]) => {
  const m = new Map<number, number>();
  for (const k of keys) if (k != null) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};
const asMap = (buckets: any[], field: string) =>
  new Map(buckets.map((b) => [Number(Buffer.from(b[field].id, 'base64url').toString().split(':')[1]), b.count]));

const STATS = `query S($filter: ArticleFilter, $search: String, $tz: String) {
  articleStats(filter: $filter, search: $search) {
    count
    byTag(top: 100) { keyCount otherCount buckets { count tag { id slug } } }
    top2: byTag(top: 2) { otherCount buckets { count } }
    byPerson(top: 100) { buckets { count person { id } } }
    mentioned: byPerson(as: MENTIONED, top: 100) { buckets { count person { id } } }
    byOrganization(top: 100) { buckets { count organization { id } } }
    byPlace(top: 100) { buckets { count place { id } } }
    byPublication { buckets { count publication { id slug } } }
    byCategory(top: 100) { buckets { count category { id } } }
    roots: byCategory(includeSubcategories: true) { buckets { count category { slug } } }
    world: byCategory(includeSubcategories: true, parent: "world") { buckets { count category { slug } } }
    byTime(interval: MONTH, timeZone: $tz) { start label count }
  }
}`;

describe('articleStats', () => {
  it('equals counts done by hand, never counting drafts or future articles', async () => {
    const res = await graphql(STATS, {});
    expect(res.errors).toBeUndefined();
    const s = res.data.articleStats;
    const v = visible();
    expect(s.count).toBe(18);
    expect(asMap(s.byTag.buckets, 'tag')).toEqual(tally(v.flatMap((x) => x.tags)));
    expect(s.byTag.keyCount).toBe(4);
    expect(s.byTag.otherCount).toBe(0);
    const tagCounts = [...tally(v.flatMap((x) => x.tags)).values()].sort((a, b) => b - a);
    expect(s.top2.buckets.map((b: any) => b.count)).toEqual(tagCounts.slice(0, 2));
    expect(s.top2.otherCount).toBe(tagCounts.slice(2).reduce((a, b) => a + b, 0));
    expect(asMap(s.byPerson.buckets, 'person')).toEqual(tally(v.map((x) => x.author)));
    expect(asMap(s.mentioned.buckets, 'person')).toEqual(tally(v.map((x) => x.mentioned)));
    expect(asMap(s.byOrganization.buckets, 'organization')).toEqual(tally(v.map((x) => x.org)));
    expect(asMap(s.byPlace.buckets, 'place')).toEqual(tally(v.map((x) => x.place)));
    expect(asMap(s.byPublication.buckets, 'publication')).toEqual(tally(v.map((x) => x.pub)));
    expect(asMap(s.byCategory.buckets, 'category')).toEqual(tally(v.map((x) => x.cat)));
    const [world, europe, france, asia, sport] = [1, 2, 3, 4, 5];
    const n = (ids: number[]) => v.filter((x) => ids.includes(x.cat)).length;
    expect(s.roots.buckets).toEqual([
      { count: n([world, europe, france, asia]), category: { slug: 'world' } },
      { count: n([sport]), category: { slug: 'sport' } },
    ]);
    expect(new Map(s.world.buckets.map((b: any) => [b.category.slug, b.count]))).toEqual(
      new Map([
        ['europe', n([europe, france])],
        ['asia', n([asia])],
      ]),
    );
  });

  it('counts months in the time zone asked for', async () => {
    const byTz = async (tz?: string) => (await graphql(STATS, { tz })).data.articleStats.byTime;
    const expected = (tz: string) => {
      const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit' });
      const m = tally([]) as unknown as Map<string, number>;
      for (const x of visible()) {
        const label = fmt.format(new Date(x.at)).slice(0, 7);
        m.set(label, (m.get(label) ?? 0) + 1);
      }
      return [...m].sort().map(([label, count]) => ({ label, count }));
    };
    for (const tz of ['UTC', 'Europe/Berlin', 'America/New_York']) {
      const got = await byTz(tz === 'UTC' ? undefined : tz);
      expect(
        got.map((b: any) => ({ label: b.label, count: b.count })),
        tz,
      ).toEqual(expected(tz));
    }
    const berlin = await byTz('Europe/Berlin');
    expect(berlin.find((b: any) => b.label === '2026-02').start).toBe('2026-01-31T23:00:00.000Z');
    expect((await byTz('America/New_York')).map((b: any) => b.label)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('narrows by filter and search', async () => {
    const res = await graphql(STATS, { filter: { category: { slug: 'europe' } }, search: 'election' });
    const v = visible().filter((x) => [2, 3].includes(x.cat) && x.text?.startsWith('Election'));
    expect(v.length).toBe(3);
    expect(res.data.articleStats.count).toBe(v.length);
    expect(asMap(res.data.articleStats.byTag.buckets, 'tag')).toEqual(tally(v.flatMap((x) => x.tags)));
  });

  it('is one statement per facet, plus one read of the keyed entities', async () => {
    const { statements } = await countQueries(() => graphql('{ articleStats { count byTag { buckets { count tag { slug } } } } }'));
    // count and byTag custom-planned (set_config, statement, COMMIT each), then the tags.
    expect(statements).toHaveLength(7);
  });

  it('rejects bad input with stable codes', async () => {
    for (const q of [
      '{ articleStats { byTag(top: 0) { keyCount } } }',
      '{ articleStats { byTime(interval: DAY, timeZone: "+01:00") { count } } }',
      '{ articleStats { byTime(interval: DAY, timeZone: "Mars/Olympus") { count } } }',
      '{ articleStats(search: "") { count } }',
    ]) {
      expect((await graphql(q)).errors?.[0].extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });
});
