import { z } from 'zod';

// The parts of an IPTC ninjs news item the import reads, over every version: ninjs 3 spells
// properties in camelCase (versionCreated, contentType), 2 in lower case (versioncreated,
// contenttype), 1 has singular forms (headline, body_html, description_text, subject, an
// associations map). Keys are lower-cased first (lowerKeys), so one schema reads them all;
// unknown properties are kept and ignored.

const str = z.string().max(100_000);
const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
export const valued = z.looseObject({ role: z.string().optional(), contenttype: z.string().optional(), value: str });
export const named = z.looseObject({
  name: str.optional(),
  rel: z.string().optional(),
  role: z.string().optional(),
  uri: z.string().optional(),
  literal: z.string().optional(),
});
const picture = z.looseObject({
  type: z.string().optional(),
  name: z.string().optional(),
  headline: str.optional(),
  headlines: z.array(valued).optional(),
  description_text: str.optional(),
  descriptions: z.array(valued).optional(),
  body_text: str.optional(),
  by: str.optional(),
  copyrightholder: str.optional(),
  renditions: z
    .union([
      z.array(z.looseObject({ href: z.string().optional(), width: z.number().optional(), height: z.number().optional() })),
      z.record(z.string(), z.unknown()),
    ])
    .optional(),
});
export const ninjsItem = z.looseObject({
  uri: z.string().min(1).max(1000),
  type: z.enum(['text', 'composite']).optional(),
  version: z.union([z.string().max(100), z.number()]).optional(),
  versioncreated: date.optional(),
  firstcreated: date.optional(),
  contentcreated: date.optional(),
  embargoed: date.optional(),
  pubstatus: z.enum(['usable', 'withheld', 'canceled']).optional(),
  headline: str.optional(),
  headlines: z.array(valued).optional(),
  description_text: str.optional(),
  description_html: str.optional(),
  descriptions: z.array(valued).optional(),
  body_text: str.optional(),
  body_html: str.optional(),
  bodies: z.array(valued).optional(),
  by: str.optional(),
  located: str.optional(),
  people: z.array(named).optional(),
  organisations: z.array(named).optional(),
  places: z.array(named).optional(),
  subjects: z.array(named).optional(),
  subject: z.array(named).optional(),
  infosources: z.array(named).optional(),
  associations: z.union([z.array(picture), z.record(z.string(), picture)]).optional(),
});
export type Item = z.infer<typeof ninjsItem>;

export function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerKeys(v)]));
  return value;
}
