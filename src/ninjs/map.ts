import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { deriveBody, type BodyBlock } from '../content/body.ts';
import type { CreditRole, MentionRole } from '../generated/prisma/enums.ts';
import { fieldError, httpUrl, parseInput, SLUG_PATTERN, text } from '../writes/taxonomy-fields.ts';
import { isCreditLine, parseCreditLine } from './credits.ts';
import { htmlDefinitions, htmlListItems, htmlToBlocks, textOf, textToBlocks } from './html.ts';
import { parseDocument } from 'htmlparser2';
import { lowerKeys, ninjsItem, type Item, type named } from './item.ts';

// An IPTC ninjs news item (1.x, 2.x or 3.x, read by item.ts) mapped to a plain article input.

export interface EntityRef {
  name: string;
  slug: string;
}
export interface ImportedArticle {
  sourceUri: string;
  sourceVersion: string;
  versionCreated: Date | null;
  firstCreated: Date | null;
  embargoed: Date | null;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  title: string;
  alternativeTitle: string | null;
  summary: string | null;
  body: BodyBlock[];
  wordCount: number;
  readingTimeMinutes: number;
  datelinePlace: EntityRef | null;
  datelineAgency: EntityRef | null;
  credits: (EntityRef & { role: CreditRole })[];
  people: (EntityRef & { role: MentionRole })[];
  organizations: (EntityRef & { role: MentionRole })[];
  places: (EntityRef & { role: MentionRole; countryCode: string | null })[];
  tags: EntityRef[];
  category: EntityRef | null;
  publication: EntityRef | null;
  keyTakeaways: string[];
  faq: { question: string; answer: string }[];
  leadImage: { url: string; alt: string; caption?: string; credit?: string; width?: number; height?: number } | null;
}

/** A slug from a name, cut at a word boundary to at most `max` characters. */
export function slugFrom(name: string, max = 80, fallback = 'item'): string {
  const s = slugify(name, { decamelize: false });
  if (s.length <= max) return s || fallback;
  const cut = s.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? s.slice(0, cut) : s.slice(0, max);
}

export const toSlug = (name: string, literal?: string) =>
  literal && SLUG_PATTERN.test(literal) && literal.length <= 100 ? literal : slugFrom(name);

const clean = (value: string, field: string, max = 300) => parseInput(text(max), value, field);
const isHtml = (b: { contenttype?: string }) => /html|xml/.test(b.contenttype ?? '');
const plain = (b: { contenttype?: string; value: string }) => (isHtml(b) ? textOf(parseDocument(b.value).children) : b.value);

const MENTION: [RegExp, MentionRole][] = [
  [/^(about|subject)$/i, 'SUBJECT'],
  [/^(quoted|quotes|source)$/i, 'QUOTED'],
];
const mentionRole = (rel?: string): MentionRole => MENTION.find(([re]) => re.test(rel ?? ''))?.[1] ?? 'MENTIONED';
const ISO_COUNTRY = /iso3166-1a2\/([a-z]{2})$/i;

function entities<T>(list: z.infer<typeof named>[] | undefined, field: string, extra: (e: z.infer<typeof named>) => T) {
  return (list ?? []).flatMap((e, i) => {
    if (!e.name) return [];
    const name = clean(e.name, `${field}.${i}.name`, 200);
    return [{ name, slug: toSlug(name, e.literal), ...extra(e) }];
  });
}

// "BRAMHOLT (Northwire) - " or "BRAMHOLT, Eastmark (Northwire) -": the place and the agency.
const DATELINE = /^([\p{Lu}][\p{Lu}\s.'’-]*?)(?:,\s*[\p{L}\s.'’-]+?)?\s*\(([^)]{2,60})\)\s*[-–—]+\s*/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep, c) => sep + c.toUpperCase());

function mainBody(item: Item) {
  const bodies = item.bodies ?? [];
  const main = bodies.filter((b) => !b.role || b.role === 'main');
  const html = main.find(isHtml)?.value ?? item.body_html;
  if (html != null) return htmlToBlocks(html);
  const txt = main[0]?.value ?? item.body_text;
  return txt != null ? textToBlocks(txt) : [];
}

const leadImageInput = z.object({
  url: httpUrl,
  alt: text(500),
  caption: text(1000).optional(),
  credit: text(300).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

function leadImage(item: Item): ImportedArticle['leadImage'] {
  const assoc = item.associations;
  const list = Array.isArray(assoc) ? assoc : Object.values(assoc ?? {});
  const pic = list.find((a) => a.type === 'picture' || a.type === 'graphic') ?? list[0];
  if (!pic) return null;
  const renditions = Array.isArray(pic.renditions)
    ? pic.renditions
    : (Object.values(pic.renditions ?? {}) as { href?: string; width?: number; height?: number }[]);
  const best = renditions.filter((r) => r.href).sort((x, y) => (y.width ?? 0) - (x.width ?? 0))[0];
  if (!best?.href) return null;
  const desc = (role: RegExp) => pic.descriptions?.find((d) => role.test(d.role ?? ''))?.value;
  const caption = desc(/^caption$/i) ?? pic.description_text ?? pic.body_text;
  const alt = desc(/^alt/i) ?? pic.headlines?.[0]?.value ?? pic.headline ?? caption;
  if (!alt) throw fieldError('item.associations', 'the lead image needs alternative text (a description with role "alt")');
  const credit = pic.by ?? pic.copyrightholder;
  const image = parseInput(
    leadImageInput,
    { url: best.href, alt, caption, credit, width: best.width, height: best.height },
    'item.associations.0',
  );
  // A lead image needs its dimensions (apps lay out before it loads): without them it is left out.
  return image.width && image.height ? image : null;
}

/** Validates and maps a ninjs item; any bad part is a BAD_USER_INPUT naming its path under `item`. */
export function mapNinjs(raw: unknown): ImportedArticle {
  const item = parseInput(ninjsItem, lowerKeys(raw), 'item');
  const headlines = item.headlines ?? (item.headline ? [{ value: item.headline }] : []);
  const main = headlines.find((h) => h.role === 'main') ?? headlines[0];
  if (!main) throw fieldError('item.headlines', 'a news item needs a headline');
  const alternative = headlines.find((h) => h !== main);
  const description = item.descriptions?.find((d) => !d.role || /^(summary|abstract|teaser|lead)$/i.test(d.role));
  const summary = description ? plain(description) : (item.description_text ?? null);

  const blocks = mainBody(item);
  let dateline: { place: string; agency: string } | null = null;
  const first = blocks[0];
  const m = first?.type === 'paragraph' ? DATELINE.exec(first.text) : null;
  if (m && first?.type === 'paragraph') {
    dateline = { place: titleCase(m[1].trim()), agency: m[2].trim() };
    first.text = first.text.slice(m[0].length);
  }
  let creditLine = item.by ?? null;
  const last = blocks[blocks.length - 1];
  if (last?.type === 'paragraph' && isCreditLine(last.text)) {
    creditLine = last.text;
    blocks.pop();
  }
  let derived: ReturnType<typeof deriveBody>;
  try {
    derived = deriveBody(blocks);
  } catch (err) {
    const issue = (err as z.ZodError).issues?.[0];
    throw fieldError(`item.body.${issue?.path.join('.') ?? ''}`.replace(/\.$/, ''), issue?.message ?? 'is not a valid body');
  }
  derived.body.forEach((block, i) => {
    if (Object.values(block).some((v) => [v].flat().some((s) => typeof s === 'string' && FORBIDDEN.test(s)))) {
      throw fieldError(`item.body.${i}`, 'must not contain control or bidirectional override characters');
    }
  });

  const bodies = item.bodies ?? [];
  const takeaways = bodies.find((b) => b.role === 'keytakeaways');
  const faq = bodies.find((b) => b.role === 'faq');
  const located = item.located?.split(',')[0]?.trim() || dateline?.place;
  const agency = item.infosources?.find((s) => s.name && s.role !== 'publisher');
  const publisher = item.infosources?.find((s) => s.name && s.role === 'publisher');
  const subjects = [...(item.subjects ?? []), ...(item.subject ?? [])];
  const categorySubject = subjects.find((s) => s.rel === 'category' && s.name);
  const ref = (name: string | undefined, field: string, literal?: string) => {
    if (!name) return null;
    const n = clean(name, field, 200);
    return { name: n, slug: toSlug(n, literal) };
  };

  return {
    sourceUri: item.uri,
    sourceVersion: String(item.version ?? item.versioncreated?.toISOString() ?? '1'),
    versionCreated: item.versioncreated ?? null,
    firstCreated: item.contentcreated ?? item.firstcreated ?? null,
    embargoed: item.embargoed ?? null,
    pubStatus: item.pubstatus ?? 'usable',
    title: clean(main.value, 'item.headlines.0.value'),
    alternativeTitle: alternative ? clean(alternative.value, 'item.headlines.1.value') : null,
    summary: summary == null ? null : parseInput(text(2000, { multiline: true }), summary, 'item.descriptions.0.value'),
    ...derived,
    datelinePlace: ref(located, 'item.located'),
    datelineAgency: ref(agency?.name ?? dateline?.agency, 'item.infosources', agency?.literal),
    credits: (creditLine ? parseCreditLine(parseInput(text(1000), creditLine, 'item.by')) : []).map((c) => ({
      ...c,
      slug: toSlug(c.name),
    })),
    people: entities(item.people, 'item.people', (e) => ({ role: mentionRole(e.rel) })),
    organizations: entities(item.organisations, 'item.organisations', (e) => ({ role: mentionRole(e.rel) })),
    places: entities(item.places, 'item.places', (e) => ({
      role: mentionRole(e.rel),
      countryCode: ISO_COUNTRY.exec(e.uri ?? '')?.[1].toUpperCase() ?? null,
    })),
    tags: entities(
      subjects.filter((s) => s !== categorySubject),
      'item.subjects',
      () => ({}),
    ),
    category: categorySubject ? ref(categorySubject.name, 'item.subjects', categorySubject.literal) : null,
    publication: publisher ? ref(publisher.name, 'item.infosources', publisher.literal) : null,
    keyTakeaways: takeaways
      ? (isHtml(takeaways) ? htmlListItems(takeaways.value) : textToBlocks(takeaways.value).map((b) => b.text)).map((t, i) =>
          clean(t, `item.bodies.keytakeaways.${i}`, 500),
        )
      : [],
    faq:
      faq && isHtml(faq)
        ? htmlDefinitions(faq.value).map((p, i) => ({
            question: clean(p.question, `item.bodies.faq.${i}.question`, 500),
            answer: clean(p.answer, `item.bodies.faq.${i}.answer`, 5000),
          }))
        : [],
    leadImage: leadImage(item),
  };
}
