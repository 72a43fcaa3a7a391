import type { BodyBlockInput } from '../content/body.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { formatCreditLine } from './credits.ts';
import { blocksToHtml, definitionsHtml, listHtml } from './html.ts';

// An article as an IPTC ninjs news item, the mirror of map.ts: what the import reads, the export
// writes, so exporting and importing again gives the same article. ninjs 2.x spells properties
// in lower case, 3.x in camelCase.

const byPosition = { orderBy: { position: 'asc' } } as const;
export const ninjsSelect = {
  id: true,
  slug: true,
  title: true,
  alternativeTitle: true,
  summary: true,
  body: true,
  status: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  sourceUri: true,
  sourceVersion: true,
  leadImage: true,
  publication: { select: { slug: true, name: true, url: true } },
  category: { select: { slug: true, name: true } },
  datelinePlace: { select: { slug: true, name: true } },
  datelineAgency: { select: { slug: true, name: true } },
  credits: { orderBy: [{ position: 'asc' }, { role: 'asc' }], select: { role: true, person: { select: { slug: true, name: true } } } },
  personMentions: { ...byPosition, select: { role: true, person: { select: { slug: true, name: true } } } },
  organizationMentions: { ...byPosition, select: { role: true, organization: { select: { slug: true, name: true } } } },
  placeMentions: { ...byPosition, select: { role: true, place: { select: { slug: true, name: true, kind: true, countryCode: true } } } },
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  keyTakeaways: { ...byPosition, select: { text: true } },
  faqEntries: { ...byPosition, select: { question: true, answer: true } },
} satisfies Prisma.ArticleSelect;
export type NinjsArticle = Prisma.ArticleGetPayload<{ select: typeof ninjsSelect }>;

export type NinjsStandard = '2.1' | '3.0';

const REL = { SUBJECT: 'about', QUOTED: 'quoted', MENTIONED: 'mentions' } as const;
const PUBSTATUS = { PUBLISHED: 'usable', ARCHIVED: 'canceled', DRAFT: 'withheld', SCHEDULED: 'withheld' } as const;
const CAMEL: Record<string, string> = {
  versioncreated: 'versionCreated',
  firstcreated: 'firstCreated',
  pubstatus: 'pubStatus',
  contenttype: 'contentType',
  infosources: 'infoSources',
};

function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [CAMEL[k] ?? k, camel(v)]));
  return value;
}

const compact = <T>(list: (T | null | undefined | false)[]): T[] => list.filter((x): x is T => Boolean(x));

interface LeadImage {
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export function toNinjs(a: NinjsArticle, standard: NinjsStandard = '2.1'): Record<string, unknown> {
  const img = a.leadImage as LeadImage | null;
  const html = (role: string, value: string) => ({ role, contenttype: 'text/html', value });
  const item = {
    standard: { name: 'ninjs', version: standard, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${standard}.json` },
    uri: a.sourceUri ?? `urn:content-gateway:article:${a.id}`,
    type: 'text',
    version: a.sourceVersion ?? String(a.version),
    firstcreated: (a.publishedAt ?? a.createdAt).toISOString(),
    versioncreated: a.updatedAt.toISOString(),
    pubstatus: PUBSTATUS[a.status],
    headlines: compact([{ role: 'main', value: a.title }, a.alternativeTitle && { role: 'alternative', value: a.alternativeTitle }]),
    descriptions: a.summary ? [{ role: 'summary', contenttype: 'text/plain', value: a.summary }] : undefined,
    bodies: compact([
      html('main', blocksToHtml(a.body as unknown as BodyBlockInput[])),
      a.keyTakeaways.length > 0 && html('keytakeaways', listHtml(a.keyTakeaways.map((k) => k.text))),
      a.faqEntries.length > 0 && html('faq', definitionsHtml(a.faqEntries)),
    ]),
    by: a.credits.length ? formatCreditLine(a.credits.map((c) => ({ name: c.person.name, role: c.role }))) : undefined,
    located: a.datelinePlace?.name,
    infosources: compact([
      a.datelineAgency && { name: a.datelineAgency.name, literal: a.datelineAgency.slug, role: 'originator' },
      { name: a.publication.name, literal: a.publication.slug, uri: a.publication.url, role: 'publisher' },
    ]),
    people: a.personMentions.map((m) => ({ name: m.person.name, literal: m.person.slug, rel: REL[m.role] })),
    organisations: a.organizationMentions.map((m) => ({ name: m.organization.name, literal: m.organization.slug, rel: REL[m.role] })),
    places: a.placeMentions.map((m) => ({
      name: m.place.name,
      literal: m.place.slug,
      rel: REL[m.role],
      ...(m.place.kind === 'COUNTRY' && m.place.countryCode
        ? { uri: `http://cvx.iptc.org/iso3166-1a2/${m.place.countryCode.toLowerCase()}` }
        : {}),
    })),
    subjects: [
      { name: a.category.name, literal: a.category.slug, rel: 'category' },
      ...a.tags
        .map((t) => t.tag)
        .sort((x, y) => x.name.localeCompare(y.name))
        .map((t) => ({ name: t.name, literal: t.slug })),
    ],
    associations: img
      ? [
          {
            name: 'leadimage',
            uri: img.url,
            type: 'picture',
            descriptions: compact([{ role: 'alt', value: img.alt }, img.caption && { role: 'caption', value: img.caption }]),
            by: img.credit,
            renditions: [
              {
                name: 'original',
                href: img.url,
                ...(img.width ? { width: img.width } : {}),
                ...(img.height ? { height: img.height } : {}),
              },
            ],
          },
        ]
      : undefined,
  };
  // JSON has no undefined: drop those keys so the item reads (and checksums) the same everywhere.
  const json = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
  return standard === '2.1' ? json : (camel(json) as Record<string, unknown>);
}
