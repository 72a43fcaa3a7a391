import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyStreamQuery } from 'pg-copy-streams';
import { bodyText, countWords, readingTimeMinutes } from '../content/body.ts';
import type { BodyBlock } from '../content/body.ts';
import { migrate } from '../db/migrate.ts';

// Synthetic content generator for load and search tests: fills an empty schema with N articles
// and everything they refer to, shaped like a real news site (skewed popularity of tags, people
// and sections; bodies of a few hundred to 1,500 words; credits, mentions, takeaways, FAQ,
// datelines, related picks, old slugs). Output is a pure function of (seed, article count): every
// random draw comes from a small seeded PRNG, dates are relative to a fixed reference instant,
// and each article draws from its own PRNG stream keyed by its id, so batching, parallel COPY and
// scheduling never change a row. All text comes from the word bank below (plain vocabulary and
// syllable-built invented names), never from real articles.
//
// Loading is COPY FROM STDIN (text format) for every table with explicit ids. While loading, the
// GIN full-text index and the non-unique secondary indexes are dropped and the foreign keys are
// dropped and re-added (validated) afterwards, all with the exact names and definitions of the
// migration; the join tables' publishedAt fill triggers are disabled (the generator writes the
// value itself) and enabled again; sequences are moved past the max id and the tables analysed. Article rows are
// spread over several COPY connections (PostgreSQL computes the generated searchVector column
// per row, which is the costliest part), while this process generates the next chunk.

/** Dates are spread back from this fixed instant so that output never depends on the clock. */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00Z');
export const DEFAULT_SEED = 42;
export const MAX_ARTICLES = 5_000_000;

const DAY = 86_400_000;
const SPAN_MS = Math.round(6 * 365.25 * DAY);
const REF_MS = REFERENCE_DATE.getTime();
const START_MS = REF_MS - SPAN_MS;

// ---------------------------------------------------------------------------------------------
// Randomness

function hash32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** mulberry32 with a resettable state, so one instance can serve one stream per article. */
class Rng {
  private a = 0;
  constructor(seed: number) {
    this.reseed(seed);
  }
  reseed(seed: number): void {
    this.a = hash32(seed >>> 0) || 0x9e3779b9;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}

/** Zipf-like popularity over n ranks: a cumulative table searched by bisection. */
class Zipf {
  private readonly cum: Float64Array;
  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cum = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / (k + 1) ** s;
      this.cum[k] = total;
    }
    for (let k = 0; k < n; k++) this.cum[k] /= total;
  }
  /** A rank in [0, n), rank 0 the most popular. */
  rank(rng: Rng): number {
    const u = rng.next();
    const cum = this.cum;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Items drawn with Zipf popularity; which item gets which rank is itself shuffled. */
class Popular<T> {
  private readonly zipf: Zipf;
  readonly byRank: T[];
  constructor(items: readonly T[], s: number, rng: Rng) {
    this.byRank = rng.shuffle([...items]);
    this.zipf = new Zipf(items.length, s);
  }
  draw(rng: Rng): T {
    return this.byRank[this.zipf.rank(rng)];
  }
}

// ---------------------------------------------------------------------------------------------
// Word bank (plain vocabulary written for this generator, plus syllables for invented names)

const w = (s: string): string[] => s.trim().split(/\s+/);

const NOUNS = w(`
  council budget market report plan policy minister company city region government agency court
  judge law bill vote election campaign party leader official spokesperson investor share price
  rate inflation bank loan debt tax revenue profit loss quarter year month week project program
  school student teacher hospital patient doctor nurse study research scientist data survey result
  trial vaccine health energy power grid plant fuel water river flood storm weather climate
  emission forest farm farmer crop harvest food supply port ship cargo train railway road bridge
  airport flight airline passenger ticket fare housing home rent tenant landlord building
  construction worker union strike wage salary job employer factory industry sector business firm
  startup founder software platform network device chip phone computer system security breach
  attack police officer suspect investigation charge case hearing appeal ruling verdict prison
  border migrant refugee aid crisis conflict talks deal agreement treaty summit ally partner
  neighbour community resident family child parent festival museum artist album film book author
  season team player coach match goal title league championship stadium supporter record event
  service station broadcast statement interview letter document review audit committee board chair
  member group coalition opposition majority reform measure proposal decision response change
  increase decline growth recovery demand cost fee fund grant donation charity volunteer mayor
  governor president senator lawmaker regulator watchdog inspector analyst economist expert lawyer
  consumer customer retailer shop store brand product export import tariff currency bond stock
  index shareholder dividend merger takeover bid offer contract tender license permit standard
  rule guideline target deadline forecast estimate figure number total average share margin
  output capacity shortage surplus reserve stockpile pipeline turbine battery panel vehicle car
  bus tram bicycle lane junction traffic accident injury emergency ambulance firefighter
  blaze rescue shelter camp village town district province capital coast island valley mountain
  lake harbour park garden library theatre gallery concert exhibition award prize festival
  ceremony anniversary tradition language culture heritage history archive collection
  discovery experiment laboratory telescope satellite rocket mission orbit planet species habitat
  drought wildfire heatwave rainfall temperature pollution waste recycling plastic ocean fishery
  classroom curriculum exam graduate university campus tuition scholarship pension retirement
  benefit insurance claim premium mortgage saving account payment transfer fraud scam complaint
  hearing testimony witness evidence prosecutor defendant jury lawsuit settlement penalty fine
  ban restriction exemption subsidy incentive investment spending deficit borrowing bailout
  framework strategy roadmap timeline phase pilot rollout upgrade outage delay backlog queue
  waiting list clinic pharmacy medicine treatment therapy surgery diagnosis outbreak infection
`);

const VERBS_PAST = w(`
  said announced reported warned confirmed denied approved rejected proposed launched opened closed
  raised cut increased reduced signed agreed delayed extended expanded introduced revealed
  published released won lost faced called urged criticised welcomed questioned promised pledged
  expected estimated found showed suggested argued noted added told asked planned decided
  completed started ended reached passed blocked cleared fined charged arrested investigated
  reviewed acquired sold bought invested hired moved returned recovered fell rose climbed dropped
  doubled halved topped missed beat trailed led backed opposed supported funded cancelled
  postponed resumed paused restored repaired replaced upgraded tested measured tracked recorded
  described explained admitted accepted declined offered requested demanded challenged defended
  praised blamed linked tied compared ranked rated valued priced listed named appointed elected
  nominated endorsed dismissed suspended banned allowed required limited capped lifted eased
  tightened boosted slowed stalled accelerated shifted split merged joined left entered visited
  hosted met discussed debated negotiated settled resolved prepared drafted filed submitted
`);

const ADJECTIVES = w(`
  new local national regional federal public private major minor early late final annual
  quarterly recent former current senior junior key main large small strong weak high low rising
  falling modest sharp steady significant critical urgent global economic political social
  financial legal medical digital rural urban coastal northern southern eastern western central
  independent official temporary permanent long short broad narrow open closed full partial
  direct indirect clear unclear cautious confident optimistic uncertain stable volatile record
  initial further additional separate similar different common rare widespread limited extensive
  domestic foreign international industrial commercial residential municipal provincial state
  environmental technical scientific cultural historic modern traditional popular controversial
  unexpected expected delayed preliminary detailed independent joint emergency routine
  seasonal weekly daily monthly overnight nearby remote busy quiet crowded empty affordable costly
`);

const ADVERBS = w(`
  sharply slightly steadily quickly slowly recently finally largely mostly partly widely publicly
  privately officially reportedly initially eventually gradually significantly broadly narrowly
`);

const DETERMINERS = w('the the the the a a an its their this that these several many some two three most each');
const PREPOSITIONS = w('of in on for with at from by after before over under about across against amid during into');
const CONNECTORS = w('and but while although because as since after before until whereas though');
const MODALS = w('would could will might should may must');
const BASE_VERBS = w(`
  review consider approve reject extend expand reduce raise cut delay resume support oppose fund
  replace upgrade test measure track publish release announce confirm open close limit ease
`);
const SAYS = w('said added noted explained argued warned insisted acknowledged stressed');
const DEFINITE = w('the the the its their this that');
const HAVE = w('has had has have');
const BE = w('is was was are were');
const IT_BE = w('is was was');
const LIKELY = w('expected likely set due unlikely unable ready');
const ORDINALS = w('first second third last only');
const QUANTITIES = w('no few several many more fewer some two three dozens');
const PRONOUNS = w('they we he she officials residents analysts critics');

const SYL_ONSET = w('b br c ch d dr f g gr h j k l m n p pr r s sh st t tr v w z k l m n r s t');
const SYL_VOWEL = w('a e i o u a e o ai ea ou io');
const SYL_CODA = ['', '', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'nt', 'st', 'v'];

// Invented countries use the ISO 3166-1 user-assigned alpha-2 codes, which no real country holds.
const USER_ASSIGNED_CODES = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c) => `X${c}`),
  ...'MNOPQRSTUVWXYZ'.split('').map((c) => `Q${c}`),
];

const COMPANY_SUFFIX = w(`Holdings Industries Group Labs Energy Logistics Foods Bank Motors Systems Pharma Capital
  Telecom Mining Airlines Shipping Textiles Insurance Retail Media Software Robotics Chemicals Steel`);
const NONPROFIT_FORMS = ['{} Foundation', '{} Trust', 'Friends of {}', '{} Society', '{} Relief Fund', '{} Alliance'];
const INTERNATIONAL_FORMS = ['{} Development Council', 'Union of {} States', '{} Trade Forum', '{} Basin Commission'];
const OTHER_FORMS = ['{} University', '{} Institute', '{} Football Club', '{} Chamber of Commerce', '{} Workers Union', '{} Hospital'];
const GOVERNMENT_BODIES = w(
  'Finance Transport Health Education Energy Interior Justice Agriculture Housing Environment Defence Culture Labour Trade',
);

const PUBLICATIONS = [
  {
    slug: 'northgate-ledger',
    name: 'The Northgate Ledger',
    tz: 'Europe/London',
    desc: 'General news and analysis from the northern provinces.',
  },
  {
    slug: 'harbor-line-daily',
    name: 'Harbor Line Daily',
    tz: 'America/New_York',
    desc: 'City, business and sport for the harbor districts.',
  },
  { slug: 'meridian-wire', name: 'Meridian Wire', tz: 'Asia/Singapore', desc: 'Markets, companies and technology, around the clock.' },
] as const;

/** [slug, name, children] — 8 sections with children and some grandchildren (64 in all). */
type CategoryNode = [string, string, CategoryNode[]?];
const CATEGORY_TREE: CategoryNode[] = [
  [
    'news',
    'News',
    [
      ['world', 'World'],
      ['national', 'National'],
      [
        'local',
        'Local',
        [
          ['city-hall', 'City Hall'],
          ['transport', 'Transport'],
          ['schools', 'Schools'],
        ],
      ],
      ['weather', 'Weather'],
      ['public-safety', 'Public Safety'],
    ],
  ],
  [
    'politics',
    'Politics',
    [
      [
        'elections',
        'Elections',
        [
          ['polling', 'Polling'],
          ['campaign-finance', 'Campaign Finance'],
        ],
      ],
      ['parliament', 'Parliament'],
      ['diplomacy', 'Diplomacy'],
      ['local-government', 'Local Government'],
      ['policy', 'Policy'],
    ],
  ],
  [
    'business',
    'Business',
    [
      [
        'markets',
        'Markets',
        [
          ['equities', 'Equities'],
          ['bonds', 'Bonds'],
          ['commodities', 'Commodities'],
        ],
      ],
      [
        'banking',
        'Banking',
        [
          ['retail-banking', 'Retail Banking'],
          ['investment-banking', 'Investment Banking'],
        ],
      ],
      ['economy', 'Economy'],
      ['companies', 'Companies'],
      ['personal-finance', 'Personal Finance'],
      ['real-estate', 'Real Estate'],
    ],
  ],
  [
    'technology',
    'Technology',
    [
      ['software', 'Software'],
      ['hardware', 'Hardware'],
      ['cybersecurity', 'Cybersecurity'],
      ['artificial-intelligence', 'Artificial Intelligence'],
      ['startups', 'Startups'],
      ['telecom', 'Telecom'],
    ],
  ],
  [
    'science-health',
    'Science & Health',
    [
      [
        'health',
        'Health',
        [
          ['public-health', 'Public Health'],
          ['medicine', 'Medicine'],
        ],
      ],
      [
        'environment',
        'Environment',
        [
          ['climate', 'Climate'],
          ['wildlife', 'Wildlife'],
        ],
      ],
      ['space', 'Space'],
      ['research', 'Research'],
    ],
  ],
  [
    'sport',
    'Sport',
    [
      ['football', 'Football'],
      ['basketball', 'Basketball'],
      ['tennis', 'Tennis'],
      ['athletics', 'Athletics'],
      ['motorsport', 'Motorsport'],
      ['cycling', 'Cycling'],
    ],
  ],
  [
    'culture',
    'Culture',
    [
      ['film', 'Film'],
      ['music', 'Music'],
      ['books', 'Books'],
      ['arts', 'Arts'],
      ['food', 'Food'],
      ['travel', 'Travel'],
      ['television', 'Television'],
    ],
  ],
  [
    'opinion',
    'Opinion',
    [
      ['editorials', 'Editorials'],
      ['columns', 'Columns'],
      ['letters', 'Letters'],
    ],
  ],
];

const COUNTS = {
  tags: 2000,
  people: 6000,
  journalists: 450,
  organizations: 1500,
  agencies: 8,
  countries: 40,
  regions: 90,
  cities: 260,
  otherPlaces: 10,
  promosPerPublication: 4,
};
const ZIPF_S = 1.1;
/** Flatter for the vocabulary, so that text does not harp on a handful of words. */
const WORD_ZIPF_S = 0.7;

// ---------------------------------------------------------------------------------------------
// COPY text format

const COPY_SPECIAL = /[\\\t\n\r]/;
function esc(s: string): string {
  if (!COPY_SPECIAL.test(s)) return s;
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
/** JSON text never holds raw control characters, so only backslashes need doubling. */
function jsonCopy(json: string): string {
  return json.indexOf('\\') === -1 ? json : json.replace(/\\/g, '\\\\');
}
function opt(s: string | null | undefined): string {
  return s == null ? '\\N' : esc(s);
}
function ts(ms: number): string {
  return new Date(ms).toISOString();
}
function num(n: number | null): string {
  return n === null ? '\\N' : String(n);
}

// ---------------------------------------------------------------------------------------------
// Entities

interface Entities {
  rows: Record<EntityTable, string>;
  journalists: Popular<number>;
  newsmakers: Popular<number>;
  organizations: Popular<number>;
  places: Popular<number>;
  cities: Popular<number>;
  agencies: number[];
  categories: Popular<number>;
  tags: Popular<number>;
  promosByPublication: number[][];
  personName: string[];
  orgName: string[];
  placeName: string[];
  counts: Record<EntityTable, number>;
}

type EntityTable = 'Publication' | 'Category' | 'Tag' | 'Organization' | 'Place' | 'Person' | 'Promo';

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function inventedWord(rng: Rng, syllables: number): string {
  let s = '';
  for (let i = 0; i < syllables; i++) {
    s += rng.pick(SYL_ONSET) + rng.pick(SYL_VOWEL);
    if (i === syllables - 1 || rng.chance(0.3)) s += rng.pick(SYL_CODA);
  }
  return s;
}

function inventedName(rng: Rng, min = 2, max = 3): string {
  return capitalize(inventedWord(rng, rng.int(min, max)));
}

/** Draws names until one has an unused slug (slugs are unique per table). */
function uniqueName(used: Set<string>, make: () => string): { name: string; slug: string } {
  for (let attempt = 0; ; attempt++) {
    const name = make();
    const slug = slugify(name);
    if (slug && !used.has(slug)) {
      used.add(slug);
      return { name, slug };
    }
    if (attempt > 1000) throw new Error('synthetic: could not find a unique name');
  }
}

function buildEntities(seed: number): Entities {
  const rng = new Rng(hash32(seed ^ 0x5eed0001));
  const rows: Record<EntityTable, string[]> = {
    Publication: [],
    Category: [],
    Tag: [],
    Organization: [],
    Place: [],
    Person: [],
    Promo: [],
  };
  const created = ts(START_MS - 400 * DAY);

  // Publications and their promos.
  PUBLICATIONS.forEach((p, i) => {
    rows.Publication.push(`${i + 1}\t${p.slug}\t${esc(p.name)}\t${esc(p.desc)}\thttps://${p.slug}.example\t${p.tz}\t${created}\n`);
  });
  const promosByPublication: number[][] = PUBLICATIONS.map(() => []);
  let promoId = 0;
  PUBLICATIONS.forEach((p, i) => {
    for (let k = 0; k < COUNTS.promosPerPublication; k++) {
      promoId++;
      const topic = rng.pick(NOUNS);
      const title = `${capitalize(rng.pick(ADJECTIVES))} ${topic} newsletter`;
      rows.Promo.push(
        `${promoId}\t${i + 1}\t${esc(title)}\thttps://${p.slug}.example/newsletters/${slugify(topic)}-${k + 1}\t${esc(`Weekly ${topic} briefing from ${p.name}.`)}\n`,
      );
      promosByPublication[i].push(promoId);
    }
  });

  // Category tree, breadth-first so that parents precede children.
  const categoryIds: number[] = [];
  let categoryId = 0;
  const walk = (nodes: CategoryNode[], parentId: number | null) => {
    const ids: [number, CategoryNode][] = [];
    nodes.forEach((node, position) => {
      categoryId++;
      const [slug, name] = node;
      const description = rng.chance(0.7) ? `Coverage of ${name.toLowerCase()}: reporting, analysis and explainers.` : null;
      rows.Category.push(`${categoryId}\t${slug}\t${esc(name)}\t${opt(description)}\t${num(parentId)}\t${position}\n`);
      categoryIds.push(categoryId);
      ids.push([categoryId, node]);
    });
    for (const [id, node] of ids) if (node[2]) walk(node[2], id);
  };
  walk(CATEGORY_TREE, null);

  // Tags: single words, adjective + noun, noun + noun and a few invented proper nouns.
  const tagSlugs = new Set<string>();
  for (let id = 1; id <= COUNTS.tags; id++) {
    const { name, slug } = uniqueName(tagSlugs, () => {
      const r = rng.next();
      if (r < 0.15) return rng.pick(NOUNS);
      if (r < 0.55) return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
      if (r < 0.85) return `${rng.pick(NOUNS)} ${rng.pick(NOUNS)}`;
      return `${inventedName(rng)} ${rng.pick(NOUNS)}`;
    });
    const description = rng.chance(0.2) ? `Articles about ${name}.` : null;
    rows.Tag.push(`${id}\t${slug}\t${esc(name)}\t${opt(description)}\n`);
  }

  // Places: invented countries, regions in them, cities in them, and a few other places.
  const placeSlugs = new Set<string>();
  const placeName: string[] = [''];
  const countryCodes: string[] = [];
  const cityIds: number[] = [];
  let placeId = 0;
  const addPlace = (name: string, slug: string, kind: string, code: string | null) => {
    placeId++;
    placeName[placeId] = name;
    rows.Place.push(`${placeId}\t${slug}\t${esc(name)}\t${kind}\t${opt(code)}\n`);
    return placeId;
  };
  for (let i = 0; i < COUNTS.countries; i++) {
    const code = USER_ASSIGNED_CODES[i];
    const { name, slug } = uniqueName(placeSlugs, () => inventedName(rng, 2, 3) + rng.pick(['', '', 'ia', 'land', 'stan']));
    countryCodes.push(code);
    addPlace(name, slug, 'COUNTRY', code);
  }
  for (let i = 0; i < COUNTS.regions; i++) {
    const { name, slug } = uniqueName(
      placeSlugs,
      () => `${rng.pick(['North ', 'South ', 'East ', 'West ', '', '', ''])}${inventedName(rng)}`,
    );
    addPlace(name, slug, 'REGION', rng.pick(countryCodes));
  }
  for (let i = 0; i < COUNTS.cities; i++) {
    const { name, slug } = uniqueName(
      placeSlugs,
      () => inventedName(rng, 2, 3) + rng.pick(['', '', '', ' City', 'ton', 'burg', ' Harbour']),
    );
    cityIds.push(addPlace(name, slug, 'CITY', rng.pick(countryCodes)));
  }
  for (let i = 0; i < COUNTS.otherPlaces; i++) {
    const { name, slug } = uniqueName(placeSlugs, () => `${inventedName(rng)} ${rng.pick(['Strait', 'Plateau', 'Delta', 'Reef', 'Gulf'])}`);
    addPlace(name, slug, 'OTHER', null);
  }
  const allPlaceIds = Array.from({ length: placeId }, (_, i) => i + 1);

  // Organizations: news agencies first, then one newsroom per publication, then the rest.
  const orgSlugs = new Set<string>();
  const orgName: string[] = [''];
  let orgId = 0;
  const addOrg = (name: string, slug: string, kind: string, description: string | null, url: string | null) => {
    orgId++;
    orgName[orgId] = name;
    rows.Organization.push(`${orgId}\t${slug}\t${esc(name)}\t${kind}\t${opt(description)}\t${opt(url)}\n`);
    return orgId;
  };
  const agencies: number[] = [];
  for (let i = 0; i < COUNTS.agencies; i++) {
    const { name, slug } = uniqueName(
      orgSlugs,
      () => `${inventedName(rng)} ${rng.pick(['Press', 'News Agency', 'Wire Service', 'Press Association'])}`,
    );
    agencies.push(addOrg(name, slug, 'NEWS_AGENCY', `A news agency supplying text, photo and video reports.`, `https://${slug}.example`));
  }
  const newsrooms: number[] = [];
  for (const p of PUBLICATIONS) {
    const { name, slug } = uniqueName(orgSlugs, () => `${p.name.replace(/^The /, '')} Newsroom`);
    newsrooms.push(addOrg(name, slug, 'COMPANY', `The editorial staff of ${p.name}.`, `https://${p.slug}.example/about`));
  }
  const kinds = ['COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'GOVERNMENT', 'GOVERNMENT', 'NON_PROFIT', 'INTERNATIONAL', 'OTHER', 'OTHER'];
  while (orgId < COUNTS.organizations) {
    const kind = rng.pick(kinds);
    const { name, slug } = uniqueName(orgSlugs, () => {
      switch (kind) {
        case 'COMPANY':
          return `${inventedName(rng)} ${rng.pick(COMPANY_SUFFIX)}`;
        case 'GOVERNMENT':
          return rng.chance(0.5)
            ? `${placeName[rng.int(1, COUNTS.countries)]} Ministry of ${rng.pick(GOVERNMENT_BODIES)}`
            : `${placeName[rng.pick(cityIds)]} ${rng.pick(['City Council', 'Port Authority', 'Transit Authority', 'Water Board'])}`;
        case 'NON_PROFIT':
          return rng.pick(NONPROFIT_FORMS).replace('{}', inventedName(rng));
        case 'INTERNATIONAL':
          return rng.pick(INTERNATIONAL_FORMS).replace('{}', inventedName(rng));
        default:
          return rng.pick(OTHER_FORMS).replace('{}', inventedName(rng));
      }
    });
    const description = rng.chance(0.4)
      ? `${capitalize(kind.toLowerCase().replace('_', '-'))} organisation based in ${placeName[rng.pick(cityIds)]}.`
      : null;
    const url = rng.chance(0.5) ? `https://www.${slug}.example` : null;
    addOrg(name, slug, kind, description, url);
  }

  // People: journalists (credited, affiliated to a newsroom or an agency), then people in the news.
  const personSlugs = new Set<string>();
  const personName: string[] = [''];
  for (let id = 1; id <= COUNTS.people; id++) {
    const journalist = id <= COUNTS.journalists;
    const { name, slug } = uniqueName(personSlugs, () => `${inventedName(rng, 2, 2)} ${inventedName(rng, 2, 3)}`);
    personName[id] = name;
    let affiliation: number | null = null;
    let bio: string | null = null;
    if (journalist) {
      affiliation = rng.chance(0.7) ? rng.pick(newsrooms) : rng.pick(agencies);
      bio = `${capitalize(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} correspondent for ${orgName[affiliation]}.`;
    } else {
      if (rng.chance(0.55)) affiliation = rng.int(COUNTS.agencies + newsrooms.length + 1, COUNTS.organizations);
      if (rng.chance(0.3))
        bio = `${capitalize(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} ${rng.pick(['expert', 'official', 'campaigner', 'executive', 'analyst'])}.`;
    }
    rows.Person.push(`${id}\t${slug}\t${esc(name)}\t${opt(bio)}\t${num(affiliation)}\n`);
  }

  const journalistIds = Array.from({ length: COUNTS.journalists }, (_, i) => i + 1);
  const newsmakerIds = Array.from({ length: COUNTS.people - COUNTS.journalists }, (_, i) => COUNTS.journalists + i + 1);
  const otherOrgIds = Array.from({ length: COUNTS.organizations }, (_, i) => i + 1);
  const tagIds = Array.from({ length: COUNTS.tags }, (_, i) => i + 1);

  const joined = {} as Record<EntityTable, string>;
  const counts = {} as Record<EntityTable, number>;
  for (const table of Object.keys(rows) as EntityTable[]) {
    joined[table] = rows[table].join('');
    counts[table] = rows[table].length;
  }
  return {
    rows: joined,
    counts,
    journalists: new Popular(journalistIds, ZIPF_S, rng),
    newsmakers: new Popular(newsmakerIds, ZIPF_S, rng),
    organizations: new Popular(otherOrgIds, ZIPF_S, rng),
    places: new Popular(allPlaceIds, ZIPF_S, rng),
    cities: new Popular(cityIds, ZIPF_S, rng),
    agencies,
    categories: new Popular(categoryIds, ZIPF_S, rng),
    tags: new Popular(tagIds, ZIPF_S, rng),
    promosByPublication,
    personName,
    orgName,
    placeName,
  };
}

// ---------------------------------------------------------------------------------------------
// Articles

export const ARTICLE_TABLES = [
  'Article',
  'ArticleCredit',
  'ArticlePersonMention',
  'ArticleOrganizationMention',
  'ArticlePlaceMention',
  'KeyTakeaway',
  'FaqEntry',
  'ArticleTag',
  'RelatedLink',
  'ArticleSlug',
] as const;
type ArticleTable = (typeof ARTICLE_TABLES)[number];

const COLUMNS: Record<ArticleTable | EntityTable, string> = {
  Publication: '"id", "slug", "name", "description", "url", "timeZone", "createdAt"',
  Promo: '"id", "publicationId", "title", "url", "description"',
  Category: '"id", "slug", "name", "description", "parentId", "position"',
  Tag: '"id", "slug", "name", "description"',
  Place: '"id", "slug", "name", "kind", "countryCode"',
  Organization: '"id", "slug", "name", "kind", "description", "url"',
  Person: '"id", "slug", "name", "shortBio", "affiliationId"',
  Article:
    '"id", "slug", "title", "alternativeTitle", "summary", "body", "status", "publishedAt", "scheduledAt", "createdAt", "updatedAt", "wordCount", "readingTimeMinutes", "publicationId", "categoryId", "datelinePlaceId", "datelineAgencyId", "promoId"',
  ArticleCredit: '"articleId", "personId", "role", "position", "publishedAt"',
  ArticlePersonMention: '"articleId", "personId", "role", "position", "publishedAt"',
  ArticleOrganizationMention: '"articleId", "organizationId", "role", "position", "publishedAt"',
  ArticlePlaceMention: '"articleId", "placeId", "role", "position", "publishedAt"',
  KeyTakeaway: '"id", "articleId", "position", "text"',
  FaqEntry: '"id", "articleId", "position", "question", "answer"',
  ArticleTag: '"articleId", "tagId", "publishedAt"',
  RelatedLink: '"articleId", "relatedArticleId", "position"',
  ArticleSlug: '"slug", "articleId", "createdAt"',
};

/**
 * Join tables whose rows carry their article's publishedAt while it is PUBLISHED (migration
 * list_sort_keys). The generator writes that value itself and the load disables the triggers
 * that would fill it: they look the article up, which a concurrent COPY has not committed yet.
 */
const PUBLISHED_AT_TABLES = [
  'ArticleCredit',
  'ArticlePersonMention',
  'ArticleOrganizationMention',
  'ArticlePlaceMention',
  'ArticleTag',
] as const;
type PublishedAtTable = (typeof PUBLISHED_AT_TABLES)[number];
const fillTrigger = (table: PublishedAtTable): string => `${table}_fill_published_at`;
/** Triggers the load disables along with the fill triggers; rebuild_article_lists() redoes their work at the end. */
const LIST_TRIGGERS = [...PUBLISHED_AT_TABLES.map((t) => `${t}_count`), 'ArticleCredit_sync_byline', 'Article_count'];

/** One chunk of generated COPY text per table, for a contiguous range of article ids. */
export type Chunk = Record<ArticleTable, string>;

const CREDIT_ROLES = ['REPORTING', 'WRITING', 'EDITING', 'AUTHOR'] as const;
const MENTION_ROLES = ['SUBJECT', 'QUOTED', 'MENTIONED'] as const;
const STARTS_WITH_VOWEL = /^[aeiou]/;

/**
 * Generates articles in id order. Each article draws from its own PRNG stream, reseeded from
 * (seed, id), so its content does not depend on how the ids are split into chunks; only the
 * ids of key takeaways and FAQ entries (dense, in article order) need the ids to come in order.
 */
export class ArticleGenerator {
  private readonly rng = new Rng(0);
  private readonly entities: Entities;
  private readonly nouns: Popular<string>;
  private readonly verbs: Popular<string>;
  private readonly adjectives: Popular<string>;
  private readonly rareWords: string[];
  private nextArticleId = 1;
  private nextTakeawayId = 1;
  private nextFaqId = 1;
  // Text state: words emitted so far, whether the next word starts a sentence, and the names of
  // the entities the current article mentions (the text refers to them).
  private wc = 0;
  private cap = false;
  private names: string[] = [];
  private nameWords: number[] = [];

  constructor(
    private readonly seed: number,
    private readonly total: number,
  ) {
    this.entities = buildEntities(seed);
    const rng = new Rng(hash32(seed ^ 0x5eed0002));
    this.nouns = new Popular(NOUNS, WORD_ZIPF_S, rng);
    this.verbs = new Popular(VERBS_PAST, WORD_ZIPF_S, rng);
    this.adjectives = new Popular(ADJECTIVES, WORD_ZIPF_S, rng);
    // A long tail of invented terms (products, projects, code names) keeps the lexicon realistic.
    const rare = new Set<string>();
    while (rare.size < 3000) rare.add(inventedWord(rng, rng.int(2, 3)));
    this.rareWords = [...rare];
  }

  /** COPY text of the tables articles refer to, parents before children. */
  entityRows(): { table: EntityTable; rows: string; count: number }[] {
    const order: EntityTable[] = ['Publication', 'Promo', 'Category', 'Tag', 'Place', 'Organization', 'Person'];
    return order.map((table) => ({ table, rows: this.entities.rows[table], count: this.entities.counts[table] }));
  }

  // --- text -----------------------------------------------------------------------------

  /** Emits one word, capitalised if it starts a sentence. */
  private w(word: string): string {
    this.wc++;
    if (this.cap) {
      this.cap = false;
      return capitalize(word);
    }
    return word;
  }

  private name(): string {
    const k = Math.floor(this.rng.next() * this.names.length);
    this.wc += this.nameWords[k];
    this.cap = false;
    return this.names[k];
  }

  private noun(): string {
    const r = this.rng;
    return r.next() < 0.03 ? this.rareWords[Math.floor(r.next() * this.rareWords.length)] : this.nouns.draw(r);
  }

  private nounPhrase(): string {
    const r = this.rng;
    const u = r.next();
    if (u < 0.05 && this.names.length) return this.name();
    const adjective = u < 0.55 ? this.adjectives.draw(r) : null;
    const noun = this.noun();
    let det = r.pick(DETERMINERS);
    if (det === 'a' || det === 'an') det = STARTS_WITH_VOWEL.test(adjective ?? noun) ? 'an' : 'a';
    let s = `${this.w(det)} `;
    if (adjective) s += `${this.w(adjective)} `;
    s += this.w(noun);
    if (r.next() < 0.25) s += ` ${this.w(r.pick(PREPOSITIONS))} ${this.w(r.pick(DEFINITE))} ${this.w(this.noun())}`;
    return s;
  }

  private who(): string {
    return this.names.length && this.rng.next() < 0.4 ? this.name() : this.nounPhrase();
  }

  /** One sentence of roughly 6-25 words. */
  private sentence(): string {
    const r = this.rng;
    this.cap = true;
    const form = r.next();
    let s: string;
    if (form < 0.08) {
      s = `${this.w('it')} ${this.w(r.pick(IT_BE))} ${this.w('the')} ${this.w(r.pick(ORDINALS))} ${this.w('time')} ${this.w('that')} ${this.nounPhrase()} ${this.w('had')} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()}`;
    } else if (form < 0.16) {
      s = `${this.w('there')} ${this.w(r.pick(BE))} ${this.w(r.pick(QUANTITIES))} ${this.w(this.noun())} ${this.w(r.pick(PREPOSITIONS))} ${this.nounPhrase()}, ${this.who()} ${this.w(r.pick(SAYS))}`;
    } else if (form < 0.22) {
      s = `${this.w(r.pick(PRONOUNS))} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()} ${this.w(r.pick(CONNECTORS))} ${this.w('it')} ${this.w(r.pick(IT_BE))} ${this.w(r.pick(LIKELY))} ${this.w('to')} ${this.w(r.pick(BASE_VERBS))} ${this.nounPhrase()}`;
    } else if (form < 0.34) {
      s = `${this.nounPhrase()} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()} ${this.w(r.pick(PREPOSITIONS))} ${this.nounPhrase()}`;
    } else if (form < 0.46) {
      s = `${this.who()} ${this.w(r.pick(SAYS))} ${this.w('that')} ${this.nounPhrase()} ${this.w(r.pick(MODALS))} ${this.w(r.pick(BASE_VERBS))} ${this.nounPhrase()}`;
    } else if (form < 0.56) {
      s = `${this.w(r.pick(PREPOSITIONS))} ${this.nounPhrase()}, ${this.nounPhrase()} ${this.w(r.pick(ADVERBS))} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()}`;
    } else if (form < 0.68) {
      s = `${this.nounPhrase()} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()} ${this.w(r.pick(CONNECTORS))} ${this.nounPhrase()} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()}`;
    } else if (form < 0.8) {
      s = `${this.nounPhrase()} ${this.w(r.pick(HAVE))} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()} ${this.w(r.pick(PREPOSITIONS))} ${this.nounPhrase()}`;
    } else if (form < 0.9) {
      s = `${this.nounPhrase()} ${this.w(r.pick(BE))} ${this.w(r.pick(LIKELY))} ${this.w('to')} ${this.w(r.pick(BASE_VERBS))} ${this.nounPhrase()}`;
    } else {
      s = `${this.w('according')} ${this.w('to')} ${this.who()}, ${this.nounPhrase()} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()}`;
    }
    if (r.next() < 0.15) {
      s += ` ${this.w('by')} ${r.int(2, 95)} ${this.w('percent')}`;
      this.wc++;
    }
    return `${s}.`;
  }

  /** Whole sentences until at least `words` words. */
  private prose(words: number): string {
    const end = this.wc + words;
    let s = this.sentence();
    while (this.wc < end) s += ` ${this.sentence()}`;
    return s;
  }

  /** A noun phrase extended with prepositional phrases to minWords..maxWords words. */
  private phrase(minWords: number, maxWords: number, capitalized = true): string {
    const end = this.wc + this.rng.int(minWords, maxWords);
    this.cap = capitalized;
    let s = this.nounPhrase();
    while (this.wc < end) s += ` ${this.w(this.rng.pick(PREPOSITIONS))} ${this.nounPhrase()}`;
    return s;
  }

  private title(): string {
    const r = this.rng;
    this.cap = true;
    const form = r.next();
    if (form < 0.4) return `${this.w(this.adjectives.draw(r))} ${this.w(this.noun())} ${this.w(this.verbs.draw(r))} ${this.nounPhrase()}`;
    if (form < 0.7) return `${this.who()} ${this.w(r.pick(MODALS))} ${this.w(r.pick(BASE_VERBS))} ${this.nounPhrase()}`;
    return `${this.w(this.noun())} ${this.w(this.verbs.draw(r))} ${this.w(r.pick(PREPOSITIONS))} ${this.nounPhrase()}`;
  }

  private body(articleId: number): BodyBlock[] {
    const r = this.rng;
    // 200..1500 words, skewed towards shorter pieces (median about 570, mean about 650); the
    // last sentence may run past the target, hence the margin.
    const target = 200 + Math.floor(1270 * r.next() ** 1.8);
    const blockCount = Math.max(3, Math.min(20, Math.round(target / 70) + r.int(-1, 2)));
    const blocks: BodyBlock[] = [];
    const end = this.wc + target;
    for (let i = 0; i < blockCount; i++) {
      const share = Math.max(10, Math.round((end - this.wc) / (blockCount - i)));
      const u = r.next();
      if (i === 0 || i === blockCount - 1 || u < 0.8) {
        blocks.push({ type: 'paragraph', text: this.prose(share) });
      } else if (u < 0.88) {
        blocks.push({ type: 'heading', text: this.phrase(3, 7), level: r.next() < 0.8 ? 2 : 3 });
      } else if (u < 0.94) {
        const text = this.prose(Math.min(share, 45));
        if (this.names.length) {
          const words = this.wc; // the attribution is not reader-visible body text
          blocks.push({ type: 'quote', text, attribution: this.name() });
          this.wc = words;
        } else {
          blocks.push({ type: 'quote', text });
        }
      } else if (u < 0.985) {
        const items: string[] = [];
        const n = r.int(3, 6);
        for (let k = 0; k < n; k++) items.push(this.phrase(4, 12));
        blocks.push({ type: 'list', ordered: r.next() < 0.3, items });
      } else {
        const words = this.wc; // alt text is not reader-visible body text
        const alt = this.phrase(3, 8);
        this.wc = words;
        blocks.push({
          type: 'image',
          url: `https://images.example.com/synthetic/${articleId}-${i + 1}.jpg`,
          alt,
          caption: `${this.phrase(5, 14)}.`,
          credit: this.entities.orgName[r.pick(this.entities.agencies)],
          width: 1600,
          height: r.next() < 0.7 ? 900 : 1067,
        });
      }
      if (this.wc >= end && i >= 2) break;
    }
    return blocks;
  }

  // --- rows -----------------------------------------------------------------------------

  /** COPY text for articles from..to (inclusive ids); ranges must follow each other from 1. */
  generate(from: number, to: number): Chunk {
    if (from !== this.nextArticleId) throw new Error(`ArticleGenerator: expected id ${this.nextArticleId}, got ${from}`);
    if (to > this.total) throw new Error(`ArticleGenerator: id ${to} is past the total of ${this.total}`);
    const out: Chunk = {
      Article: '',
      ArticleCredit: '',
      ArticlePersonMention: '',
      ArticleOrganizationMention: '',
      ArticlePlaceMention: '',
      KeyTakeaway: '',
      FaqEntry: '',
      ArticleTag: '',
      RelatedLink: '',
      ArticleSlug: '',
    };
    for (let id = from; id <= to; id++) this.article(id, out);
    this.nextArticleId = to + 1;
    return out;
  }

  private article(id: number, out: Chunk): void {
    const r = this.rng;
    const e = this.entities;
    r.reseed(hash32(this.seed) ^ Math.imul(id, 0x9e3779b1));

    const publication = r.next() < 0.5 ? 1 : r.next() < 0.6 ? 2 : 3;
    const categoryId = e.categories.draw(r);

    // Mentions first (0-6, over people, organisations and places): the text refers to them.
    const mentionCount = r.int(0, 6);
    const people: number[] = [];
    const orgs: number[] = [];
    const places: number[] = [];
    for (let k = 0; k < mentionCount; k++) {
      const u = r.next();
      const list = u < 0.5 ? people : u < 0.8 ? orgs : places;
      const pool = u < 0.5 ? e.newsmakers : u < 0.8 ? e.organizations : e.places;
      for (let attempt = 0; attempt < 8; attempt++) {
        const entity = pool.draw(r);
        if (!list.includes(entity)) {
          list.push(entity);
          break;
        }
      }
    }
    // Join rows end with the article's visible publishedAt, known only once the status is drawn
    // (drawing it earlier would change every article), so they wait here without it.
    const links: [PublishedAtTable, string][] = [];
    const names: string[] = [];
    for (let pos = 0; pos < people.length; pos++) {
      names.push(e.personName[people[pos]]);
      links.push(['ArticlePersonMention', `${id}\t${people[pos]}\t${pos === 0 ? 'SUBJECT' : r.pick(MENTION_ROLES)}\t${pos}\t`]);
    }
    for (let pos = 0; pos < orgs.length; pos++) {
      names.push(e.orgName[orgs[pos]]);
      links.push(['ArticleOrganizationMention', `${id}\t${orgs[pos]}\t${r.pick(MENTION_ROLES)}\t${pos}\t`]);
    }
    for (let pos = 0; pos < places.length; pos++) {
      names.push(e.placeName[places[pos]]);
      links.push(['ArticlePlaceMention', `${id}\t${places[pos]}\t${r.next() < 0.5 ? 'SUBJECT' : 'MENTIONED'}\t${pos}\t`]);
    }
    this.names = names;
    this.nameWords = names.map(spaceSeparatedWords);

    // Credits: 1-3, never the same person in the same role twice.
    const creditCount = r.next() < 0.55 ? 1 : r.next() < 0.7 ? 2 : 3;
    const credited: string[] = [];
    for (let attempt = 0; credited.length < creditCount && attempt < 20; attempt++) {
      const person = e.journalists.draw(r);
      const role = credited.length === 0 ? (r.next() < 0.6 ? 'AUTHOR' : 'REPORTING') : r.pick(CREDIT_ROLES);
      const key = `${person}:${role}`;
      if (credited.includes(key)) continue;
      links.push(['ArticleCredit', `${id}\t${person}\t${role}\t${credited.length}\t`]);
      credited.push(key);
    }

    // Tags: 1-5 distinct.
    const tagCount = r.int(1, 5);
    const tags: number[] = [];
    for (let attempt = 0; tags.length < tagCount && attempt < 30; attempt++) {
      const t = e.tags.draw(r);
      if (!tags.includes(t)) tags.push(t);
    }
    for (const t of tags) links.push(['ArticleTag', `${id}\t${t}\t`]);

    // Text; the stored word count comes from the same functions the write path uses.
    const title = this.title();
    const alternativeTitle = r.next() < 0.7 ? this.phrase(6, 12) : null;
    const summary = r.next() < 0.95 ? this.prose(r.int(20, 40)) : null;
    const body = this.body(id);
    let wordCount = 0;
    for (const text of bodyText(body)) wordCount += countWords(text);

    // Status and dates: ids follow publication time over the six years before the reference date.
    const u = r.next();
    const status = u < 0.02 ? 'DRAFT' : u < 0.03 ? 'SCHEDULED' : u < 0.05 ? 'ARCHIVED' : 'PUBLISHED';
    const base = START_MS + Math.floor(((id - 0.5) / this.total) * (SPAN_MS - DAY)) + r.int(-6 * 3600_000, 6 * 3600_000);
    const when = Math.min(REF_MS - 3600_000, Math.max(START_MS, base));
    let publishedAt: number | null = null;
    let scheduledAt: number | null = null;
    let createdAt: number;
    let updatedAt: number;
    if (status === 'DRAFT') {
      createdAt = when;
      updatedAt = when + r.int(0, 5 * DAY);
    } else if (status === 'SCHEDULED') {
      scheduledAt = REF_MS + r.int(3600_000, 30 * DAY);
      publishedAt = scheduledAt;
      createdAt = REF_MS - r.int(3600_000, 10 * DAY);
      updatedAt = scheduledAt;
    } else {
      publishedAt = when;
      createdAt = when - r.int(10 * 60_000, 3 * DAY);
      updatedAt = r.next() < 0.6 ? when : when + r.int(60_000, 30 * DAY);
      if (status === 'ARCHIVED') updatedAt = Math.max(updatedAt, when + r.int(30 * DAY, 365 * DAY));
    }
    // The migration's article_visible_since(status, publishedAt).
    const visibleSince = status === 'PUBLISHED' ? publishedAt : null;
    const tail = visibleSince === null ? '\\N\n' : `${ts(visibleSince)}\n`;
    for (const [table, row] of links) out[table] += row + tail;

    const hasDateline = r.next() < 0.85;
    const datelinePlace = hasDateline ? e.cities.draw(r) : null;
    const datelineAgency = hasDateline && r.next() < 0.9 ? r.pick(e.agencies) : null;
    const promoId = r.next() < 0.1 ? r.pick(e.promosByPublication[publication - 1]) : null;

    const slugWords = slugify(title).split('-').slice(0, 6).join('-');
    const slug = `synthetic-${id}-${slugWords}`;
    out.Article +=
      `${id}\t${slug}\t${esc(title)}\t${opt(alternativeTitle)}\t${opt(summary)}\t${jsonCopy(JSON.stringify(body))}\t${status}\t` +
      `${publishedAt === null ? '\\N' : ts(publishedAt)}\t${scheduledAt === null ? '\\N' : ts(scheduledAt)}\t${ts(createdAt)}\t${ts(updatedAt)}\t` +
      `${wordCount}\t${readingTimeMinutes(wordCount)}\t${publication}\t${categoryId}\t${num(datelinePlace)}\t${num(datelineAgency)}\t${num(promoId)}\n`;

    // Key takeaways (3-5) and FAQ entries (0-4).
    const takeaways = r.int(3, 5);
    let rows = '';
    for (let k = 0; k < takeaways; k++) rows += `${this.nextTakeawayId++}\t${id}\t${k}\t${esc(this.prose(r.int(10, 20)))}\n`;
    out.KeyTakeaway += rows;
    const faqs = r.next() < 0.35 ? 0 : r.int(1, 4);
    rows = '';
    for (let k = 0; k < faqs; k++) {
      this.cap = true;
      const question = `${this.w(r.pick(['what', 'why', 'when', 'how', 'who']))} ${this.w(r.pick(MODALS))} ${this.phrase(5, 10, false)}?`;
      rows += `${this.nextFaqId++}\t${id}\t${k}\t${esc(question)}\t${esc(this.prose(r.int(15, 40)))}\n`;
    }
    out.FaqEntry += rows;

    // Editor-picked related articles: about 10% have 1-3, all older (lower ids), distinct.
    if (id > 1 && r.next() < 0.1) {
      const n = Math.min(id - 1, r.int(1, 3));
      const window = Math.min(id - 1, 5000);
      const picked: number[] = [];
      for (let attempt = 0; picked.length < n && attempt < 30; attempt++) {
        const other = id - 1 - Math.floor(r.next() ** 2 * window);
        if (other >= 1 && !picked.includes(other)) picked.push(other);
      }
      rows = '';
      for (let pos = 0; pos < picked.length; pos++) rows += `${id}\t${picked[pos]}\t${pos}\n`;
      out.RelatedLink += rows;
    }

    // About 1% were renamed after a first version: the old slug keeps resolving.
    if (r.next() < 0.01) {
      let old = slugify(this.title()).split('-').slice(0, 5).join('-');
      if (old === slugWords) old += '-first-version';
      const renamedAt = publishedAt === null ? updatedAt : Math.min(updatedAt, Math.max(createdAt, publishedAt));
      out.ArticleSlug += `synthetic-${id}-${old}\t${id}\t${ts(renamedAt)}\n`;
    }
  }
}

function spaceSeparatedWords(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Loading

export interface SeedSyntheticOptions {
  /** postgres:// URL of the database. */
  url: string;
  /** Schema the tables live in (created and migrated when missing). */
  schema: string;
  /** Number of articles, 1..MAX_ARTICLES. */
  articles: number;
  /** PRNG seed, 0..2^32-1; the same seed and count always give the same rows. Default 42. */
  seed?: number;
  /** Delete every existing row of the content tables first. Without it, a schema holding content is refused. */
  reset?: boolean;
  /** Called as articles are generated and handed to PostgreSQL. */
  onProgress?: (done: number, total: number) => void;
  /** Called when a phase starts (migrate, prepare, entities, articles, indexes, finish). */
  onPhase?: (phase: SeedPhase) => void;
  /** Parallel COPY connections for the Article table (where PostgreSQL computes the search vector). Default 2. */
  articleConnections?: number;
  /** Articles generated per chunk. Default 250. */
  chunkSize?: number;
}

export type SeedPhase = 'migrate' | 'prepare' | 'entities' | 'articles' | 'indexes' | 'finish' | 'related';

export interface SeedSyntheticResult {
  articles: number;
  /** Wall-clock seconds, from the migration to the last sequence update (index rebuild and ANALYZE included). */
  seconds: number;
  /** articles / seconds. */
  rate: number;
  /**
   * Wall-clock seconds per phase, plus `generate` (the part of `articles` this process spent
   * generating rows) and `searchIndex` (the part of `indexes` the GIN index build took).
   */
  phases: Record<SeedPhase | 'generate' | 'searchIndex', number>;
}

export class SyntheticSeedError extends Error {}

/** Tables the generator fills, parents first. */
const SEEDED_TABLES = ['Publication', 'Promo', 'Category', 'Tag', 'Place', 'Organization', 'Person', ...ARTICLE_TABLES] as const;
const SERIAL_TABLES = ['Publication', 'Promo', 'Category', 'Tag', 'Place', 'Organization', 'Person', 'Article', 'KeyTakeaway', 'FaqEntry'];
/** Where the definitions of the indexes and foreign keys dropped for the load wait to be restored. */
const RESTORE_TABLE = '_synthetic_seed_restore';

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function connect(url: string, schema: string, role: string, settings: string[] = []): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    options: `-c search_path=${ident(schema)}`,
    application_name: `seed-synthetic ${role}`,
  });
  await client.connect();
  try {
    for (const setting of settings) await client.query(setting);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return client;
}

interface Restorable {
  kind: 'index' | 'fkey' | 'trigger';
  tbl: string;
  name: string;
  def: string;
}

/** A long-running COPY into one table; one transaction until end(). */
class CopyIn {
  readonly stream: CopyStreamQuery;
  readonly finished: Promise<void>;
  error: Error | null = null;

  constructor(client: pg.Client, table: string, highWaterMark: number) {
    this.stream = client.query(copyFrom(`COPY ${ident(table)} (${COLUMNS[table as ArticleTable]}) FROM STDIN`, { highWaterMark }));
    this.finished = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', (err: Error) => {
        this.error ??= new SyntheticSeedError(`COPY into "${table}" failed: ${err.message}`, { cause: err });
        reject(this.error);
      });
    });
    this.finished.catch(() => undefined);
  }

  get backlog(): number {
    return this.stream.writableLength;
  }

  get full(): boolean {
    return this.stream.writableNeedDrain;
  }

  write(data: string): void {
    if (this.error) throw this.error;
    if (data) this.stream.write(data);
  }

  async end(): Promise<void> {
    this.stream.end();
    await this.finished;
  }
}

/** Resolves once any of the streams drains (or fails). */
function anyDrain(streams: CopyIn[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      for (const s of streams) {
        s.stream.off('drain', onDrain);
        s.stream.off('error', onError);
      }
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = () => {
      cleanup();
      reject(streams.find((s) => s.error)?.error ?? new SyntheticSeedError('COPY failed'));
    };
    for (const s of streams) {
      if (s.error) return reject(s.error);
      s.stream.once('drain', onDrain);
      s.stream.once('error', onError);
    }
  });
}

async function copyAll(client: pg.Client, table: string, rows: string): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${ident(table)} (${COLUMNS[table as EntityTable]}) FROM STDIN`));
  await new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(rows);
  });
}

/** Restores indexes, foreign keys and enabled triggers recorded by an earlier, interrupted run. */
async function restorePending(admin: pg.Client, schema: string): Promise<boolean> {
  const { rows: exists } = await admin.query('SELECT to_regclass($1) AS t', [`${ident(schema)}.${ident(RESTORE_TABLE)}`]);
  if (!exists[0].t) return false;
  const { rows } = await admin.query<Restorable>(`SELECT kind, tbl, name, def FROM ${ident(RESTORE_TABLE)} ORDER BY kind DESC, name`);
  await admin.query('BEGIN');
  try {
    for (const item of rows) {
      if (item.kind === 'index') {
        await admin.query(item.def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
      } else if (item.kind === 'trigger') {
        const present = await admin.query('SELECT 1 FROM pg_trigger WHERE tgname = $1 AND tgrelid = $2::regclass', [
          item.name,
          ident(item.tbl),
        ]);
        if (present.rowCount) await admin.query(`ALTER TABLE ${ident(item.tbl)} ENABLE TRIGGER ${ident(item.name)}`);
      } else {
        const { rows: present } = await admin.query<{ convalidated: boolean }>(
          'SELECT convalidated FROM pg_constraint WHERE conname = $1 AND conrelid = $2::regclass',
          [item.name, ident(item.tbl)],
        );
        if (!present.length) await admin.query(`ALTER TABLE ${ident(item.tbl)} ADD CONSTRAINT ${ident(item.name)} ${item.def}`);
        else if (!present[0].convalidated) await admin.query(`ALTER TABLE ${ident(item.tbl)} VALIDATE CONSTRAINT ${ident(item.name)}`);
      }
    }
    await admin.query(`DROP TABLE ${ident(RESTORE_TABLE)}`);
    await admin.query('COMMIT');
  } catch (err) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw new SyntheticSeedError(
      `Could not restore the indexes, foreign keys and triggers an interrupted synthetic load dropped or disabled (listed in ${RESTORE_TABLE}): ${(err as Error).message}`,
    );
  }
  return true;
}

/**
 * Generates `articles` synthetic articles (and the publications, sections, tags, people,
 * organisations, places and promos they refer to) and bulk-loads them into `schema`.
 */
export async function seedSynthetic(opts: SeedSyntheticOptions): Promise<SeedSyntheticResult> {
  const total = opts.articles;
  if (!Number.isSafeInteger(total) || total < 1 || total > MAX_ARTICLES) {
    throw new SyntheticSeedError(`articles must be an integer from 1 to ${MAX_ARTICLES}, got ${total}`);
  }
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new SyntheticSeedError(`seed must be an integer from 0 to ${0xffffffff}, got ${seed}`);
  }
  const articleConnections = Math.max(1, Math.min(8, opts.articleConnections ?? 2));
  const chunkSize = Math.max(1, opts.chunkSize ?? 250);
  const { url, schema } = opts;

  const phases = { migrate: 0, prepare: 0, entities: 0, articles: 0, generate: 0, indexes: 0, searchIndex: 0, finish: 0, related: 0 };
  const started = performance.now();
  let mark = started;
  const phase = (name: SeedPhase) => {
    opts.onPhase?.(name);
  };
  const lap = (name: SeedPhase) => {
    const now = performance.now();
    phases[name] = (now - mark) / 1000;
    mark = now;
  };

  phase('migrate');
  await migrate({ url, schema });
  lap('migrate');

  phase('prepare');
  const admin = await connect(url, schema, 'admin');
  const clients: pg.Client[] = [];
  let dropped = false;
  let loadStarted = false;
  try {
    await restorePending(admin, schema);
    const lz4 = await admin.query(`SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`);
    // LZ4 compresses the large body and search vector values several times faster than pglz.
    const loadSettings = ['SET synchronous_commit = off', ...(lz4.rowCount ? ["SET default_toast_compression = 'lz4'"] : [])];

    await admin.query('BEGIN');
    const { rows: held } = await admin.query<{ tbl: string; n: string }>(
      SEEDED_TABLES.map((t) => `SELECT '${t}' AS tbl, count(*) AS n FROM (SELECT 1 FROM ${ident(t)} LIMIT 1000000) s`).join(' UNION ALL '),
    );
    const nonEmpty = held.filter((h) => Number(h.n) > 0);
    if (nonEmpty.length) {
      if (!opts.reset) {
        const articles = Number(held.find((h) => h.tbl === 'Article')?.n ?? 0);
        const what = articles
          ? `${articles >= 1000000 ? 'over a million' : articles} article${articles === 1 ? '' : 's'}`
          : nonEmpty.map((h) => `${h.n} ${h.tbl} row${h.n === '1' ? '' : 's'}`).join(', ');
        throw new SyntheticSeedError(
          `Schema "${schema}" already holds ${what}; refusing to load synthetic content over it. Use reset: true (--reset) to delete all content first.`,
        );
      }
      await admin.query(`TRUNCATE ${SEEDED_TABLES.map(ident).join(', ')} RESTART IDENTITY CASCADE`);
    }

    // Non-unique secondary indexes (the GIN index included) and foreign keys go for the load,
    // and the publishedAt fill triggers are disabled; their exact definitions are kept in a
    // table until they are back.
    const { rows: indexes } = await admin.query<Restorable>(
      `SELECT 'index' AS kind, t.relname AS tbl, i.relname AS name, pg_get_indexdef(x.indexrelid) AS def
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = $1 AND t.relname = ANY($2) AND NOT x.indisunique AND NOT x.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
      [schema, SEEDED_TABLES],
    );
    const { rows: fkeys } = await admin.query<Restorable>(
      `SELECT 'fkey' AS kind, t.relname AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = $1 AND t.relname = ANY($2)`,
      [schema, SEEDED_TABLES],
    );
    const { rows: triggers } = await admin.query<Restorable>(
      `SELECT 'trigger' AS kind, t.relname AS tbl, g.tgname AS name, pg_get_triggerdef(g.oid) AS def
         FROM pg_trigger g
         JOIN pg_class t ON t.oid = g.tgrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = $1 AND g.tgname = ANY($2) AND g.tgenabled <> 'D'`,
      [schema, [...PUBLISHED_AT_TABLES.map(fillTrigger), ...LIST_TRIGGERS]],
    );
    await admin.query(
      `CREATE TABLE ${ident(RESTORE_TABLE)} (kind text NOT NULL, tbl text NOT NULL, name text NOT NULL, def text NOT NULL)`,
    );
    for (const item of [...indexes, ...fkeys, ...triggers]) {
      await admin.query(`INSERT INTO ${ident(RESTORE_TABLE)} (kind, tbl, name, def) VALUES ($1, $2, $3, $4)`, [
        item.kind,
        item.tbl,
        item.name,
        item.def,
      ]);
    }
    for (const fk of fkeys) await admin.query(`ALTER TABLE ${ident(fk.tbl)} DROP CONSTRAINT ${ident(fk.name)}`);
    for (const index of indexes) await admin.query(`DROP INDEX ${ident(index.name)}`);
    for (const t of triggers) await admin.query(`ALTER TABLE ${ident(t.tbl)} DISABLE TRIGGER ${ident(t.name)}`);
    await admin.query('COMMIT');
    dropped = true;
    lap('prepare');

    phase('entities');
    loadStarted = true;
    const generator = new ArticleGenerator(seed, total);
    for (const s of loadSettings) await admin.query(s);
    await admin.query('BEGIN');
    for (const { table, rows } of generator.entityRows()) await copyAll(admin, table, rows);
    await admin.query('COMMIT');
    lap('entities');

    // Articles: a few COPY connections share the Article rows (the costly part: PostgreSQL
    // computes each search vector); each other table streams through a connection of its own.
    // Chunks are generated while PostgreSQL works through the ones already sent.
    phase('articles');
    const open = async (role: string) => {
      const c = await connect(url, schema, role, loadSettings);
      clients.push(c);
      return c;
    };
    const articleStreams: CopyIn[] = [];
    for (let k = 0; k < articleConnections; k++) articleStreams.push(new CopyIn(await open(`Article ${k + 1}`), 'Article', 4 << 20));
    const childTables = ARTICLE_TABLES.filter((t) => t !== 'Article');
    const childStreams = new Map<ArticleTable, CopyIn>();
    for (const table of childTables) childStreams.set(table, new CopyIn(await open(table), table, 1 << 20));
    const allStreams = [...articleStreams, ...childStreams.values()];
    try {
      let generating = 0;
      for (let from = 1; from <= total; from += chunkSize) {
        const to = Math.min(total, from + chunkSize - 1);
        const t = performance.now();
        const chunk = generator.generate(from, to);
        generating += performance.now() - t;
        let target = articleStreams[0];
        for (const s of articleStreams) if (s.backlog < target.backlog) target = s;
        target.write(chunk.Article);
        for (const table of childTables) childStreams.get(table)!.write(chunk[table]);
        opts.onProgress?.(to, total);
        // Generate ahead only while some Article connection has room and no other table lags.
        for (;;) {
          const lagging = [...childStreams.values()].filter((s) => s.full);
          if (lagging.length) {
            await anyDrain(lagging);
            continue;
          }
          if (articleStreams.every((s) => s.full)) {
            await anyDrain(articleStreams);
            continue;
          }
          break;
        }
        // Let the sockets take what the streams hold before the next chunk is generated.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await Promise.all(allStreams.map((s) => s.end()));
      phases.generate = generating / 1000;
    } catch (err) {
      for (const s of allStreams) s.stream.destroy();
      await Promise.allSettled(allStreams.map((s) => s.finished));
      throw err;
    }
    lap('articles');

    // Indexes and foreign keys back. The foreign keys are added NOT VALID (instant) and then
    // validated, which takes a lock on the referencing table that lets the referenced one be
    // indexed meanwhile. Every step that touches Article waits for the others that do (except
    // index builds among themselves), so Article's own foreign keys are validated first, then
    // the GIN index (the longest build) and the Article B-trees go side by side, then ANALYZE;
    // the other tables' indexes, validation and ANALYZE fill the gaps on the other connections.
    phase('indexes');
    // Before the index builds, whose locks would block ENABLE TRIGGER.
    for (const t of triggers) await admin.query(`ALTER TABLE ${ident(t.tbl)} ENABLE TRIGGER ${ident(t.name)}`);
    for (const fk of fkeys) await admin.query(`ALTER TABLE ${ident(fk.tbl)} ADD CONSTRAINT ${ident(fk.name)} ${fk.def} NOT VALID`);
    const buildSettings = ["SET maintenance_work_mem = '1GB'", 'SET max_parallel_maintenance_workers = 0'];
    const workers = [await connect(url, schema, 'search index', buildSettings), await connect(url, schema, 'indexes', buildSettings)];
    clients.push(...workers);
    const validate = (client: pg.Client, fk: Restorable) =>
      client.query(`ALTER TABLE ${ident(fk.tbl)} VALIDATE CONSTRAINT ${ident(fk.name)}`);
    const build = (client: pg.Client, index: Restorable) => client.query(index.def);
    const isGin = (index: Restorable) => /\bUSING gin\b/i.test(index.def);
    let articleKeysValidated!: () => void;
    const articleKeysDone = new Promise<void>((resolve) => (articleKeysValidated = resolve));
    await Promise.all([
      (async () => {
        try {
          for (const fk of fkeys.filter((f) => f.tbl === 'Article')) await validate(workers[0], fk);
        } finally {
          articleKeysValidated();
        }
        const t = performance.now();
        for (const index of indexes.filter(isGin)) await build(workers[0], index);
        phases.searchIndex = (performance.now() - t) / 1000;
        // VACUUM too: it sets the visibility map, so counts are index-only scans from the start,
        // as they are on a database autovacuum has visited.
        await workers[0].query('VACUUM (ANALYZE) "Article"');
      })(),
      (async () => {
        for (const index of indexes.filter((i) => !isGin(i) && i.tbl !== 'Article')) await build(workers[1], index);
        await articleKeysDone;
        for (const index of indexes.filter((i) => !isGin(i) && i.tbl === 'Article')) await build(workers[1], index);
        for (const table of SEEDED_TABLES) if (table !== 'Article') await workers[1].query(`VACUUM (ANALYZE) ${ident(table)}`);
      })(),
      (async () => {
        for (const fk of fkeys.filter((f) => f.tbl !== 'Article')) await validate(admin, fk);
      })(),
    ]);
    await admin.query(`DROP TABLE ${ident(RESTORE_TABLE)}`);
    dropped = false;
    lap('indexes');

    phase('finish');
    // Bylines and list counters, which the disabled triggers keep row by row, in one pass.
    await admin.query('SELECT "rebuild_article_lists"()');
    await admin.query('VACUUM (ANALYZE) "ArticleByline", "ArticleListCount"');
    for (const table of SERIAL_TABLES) {
      await admin.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max("id"), 0) + 1, false) FROM ${ident(table)}`, [
        ident(table),
      ]);
    }
    lap('finish');

    phase('related');
    // Every published article's related list (src/related/), set-based, the articles split by
    // id between the two index connections.
    await Promise.all(workers.map((w, k) => w.query('SELECT related_rebuild($1, $2)', [workers.length, k])));
    await admin.query('VACUUM (ANALYZE) "RelatedArticle"');
    lap('related');
  } catch (err) {
    // Leave the schema as it was: no partial content, every index, foreign key and trigger in place.
    await admin.query('ROLLBACK').catch(() => undefined);
    if (loadStarted) {
      await admin
        .query(`TRUNCATE ${SEEDED_TABLES.map(ident).join(', ')} RESTART IDENTITY CASCADE`)
        .then(() => admin.query('SELECT "rebuild_article_lists"()'))
        .catch(() => undefined);
    }
    if (dropped) await restorePending(admin, schema).catch(() => undefined);
    throw err;
  } finally {
    await Promise.allSettled([admin, ...clients].map((c) => c.end()));
  }

  const seconds = (performance.now() - started) / 1000;
  return { articles: total, seconds, rate: total / seconds, phases };
}
