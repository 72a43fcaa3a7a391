import { z } from 'zod';
import { articleBody, deriveBody } from '../content/body.ts';
import { badInput } from '../errors.ts';
import { CreditRole, MentionRole } from '../generated/prisma/enums.ts';
import { decodeGlobalID, decodeIDOrThrow } from '../schema/global-id.ts';

// What an article write may contain, checked before any SQL runs. GraphQL has already checked
// the shape; these schemas check the content (lengths, formats, ids, duplicates), normalise text
// to NFC and refuse control characters and bidi overrides. The same schemas read a revision's
// snapshot back when it is restored, so a snapshot is exactly an update's input.

export const LIMITS = {
  title: 300,
  summary: 1000,
  slug: 200,
  url: 2000,
  takeaway: 500,
  takeaways: 10,
  question: 300,
  answer: 5000,
  faq: 30,
  credits: 30,
  mentions: 100,
  tags: 30,
  related: 10,
  imageSide: 20_000,
} as const;

// C0 and C1 control characters (tab, line feed and carriage return are allowed in multi-line
// text only), and the bidi embeddings, overrides and isolates that can reorder what a reader sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

function cleanString(value: string, multiline: boolean): string | { error: string } {
  const s = value.normalize('NFC');
  if ((multiline ? CONTROL_MULTILINE : CONTROL_LINE).test(s)) return { error: 'must not contain control characters' };
  if (BIDI.test(s)) return { error: 'must not contain bidi override or isolate characters' };
  return s.trim();
}

/** Text of 1 to `max` characters after NFC normalisation and trimming. */
export const text = (max: number, multiline = false) =>
  z
    .string()
    .max(max * 4 + 100, `must be at most ${max} characters`)
    .transform((value, ctx) => {
      const cleaned = cleanString(value, multiline);
      if (typeof cleaned === 'string') return cleaned;
      ctx.addIssue({ code: 'custom', message: cleaned.error });
      return z.NEVER;
    })
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const slug = text(LIMITS.slug).pipe(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits, in words joined by single hyphens'),
);

/** An http(s) URL, stored in its canonical form (spaces and the like percent-encoded). */
const url = text(LIMITS.url)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }))
  .transform((v) => new URL(v).href);

/** A global ID of one of `types`, decoded to its numeric key. */
export const globalId = (...types: string[]) =>
  z.string().transform((value, ctx) => {
    try {
      return decodeIDOrThrow(value, ...types);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

const entityTypes = ['Person', 'Organization', 'Place'] as const;
export type EntityType = (typeof entityTypes)[number];
const entityId = z.string().transform((value, ctx) => {
  try {
    const { typename, id } = decodeGlobalID(value);
    if ((entityTypes as readonly string[]).includes(typename)) return { type: typename as EntityType, id: Number(id) };
    ctx.addIssue({
      code: 'custom',
      message: `ID "${value.slice(0, 100)}" is a ${typename} ID, expected a Person, Organization or Place ID`,
    });
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: (err as Error).message });
  }
  return z.NEVER;
});

/** A list without repeats: the second occurrence of a key is reported at its index. */
const unique = <T extends z.ZodType>(item: T, max: number, key: (v: z.output<T>) => string, at: (string | number)[] = []) =>
  z
    .array(item)
    .max(max, `takes at most ${max} items`)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((v, i) => {
        const k = key(v);
        if (seen.has(k)) ctx.addIssue({ code: 'custom', message: 'repeats an earlier item', path: [i, ...at] });
        seen.add(k);
      });
    });

/** Every string in a body is cleaned like other multi-line text before the block schemas run. */
function cleanDeep(value: unknown, path: (string | number)[], ctx: z.RefinementCtx): unknown {
  if (typeof value === 'string') {
    const cleaned = cleanString(value, true);
    if (typeof cleaned === 'string') return cleaned;
    ctx.addIssue({ code: 'custom', message: cleaned.error, path });
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanDeep(v, [...path, i], ctx));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v, [...path, k], ctx)]));
  }
  return value;
}

const body = z
  .array(z.unknown())
  .max(500, 'takes at most 500 blocks')
  .transform((blocks, ctx) => {
    const cleaned = cleanDeep(blocks, [], ctx);
    const parsed = articleBody.safeParse(cleaned);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
      return z.NEVER;
    }
    return deriveBody(parsed.data);
  });

const side = z.number().int().min(1).max(LIMITS.imageSide, `must be at most ${LIMITS.imageSide}`);
const unit = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
export const leadImage = z.object({
  url,
  alt: text(500),
  caption: text(1000).nullish(),
  credit: text(300).nullish(),
  width: side,
  height: side,
  focalPoint: z.object({ x: unit, y: unit }).nullish(),
});
export type LeadImageInput = z.output<typeof leadImage>;

const content = {
  title: text(LIMITS.title),
  alternativeTitle: text(LIMITS.title).nullable(),
  summary: text(LIMITS.summary).nullable(),
  body,
  categoryId: globalId('Category'),
  publicationId: globalId('Publication'),
  dateline: z.object({ placeId: globalId('Place').nullish(), agencyId: globalId('Organization').nullish() }).nullable(),
  credits: unique(z.object({ personId: globalId('Person'), role: z.enum(CreditRole) }), LIMITS.credits, (c) => `${c.personId}:${c.role}`, [
    'role',
  ]),
  mentions: unique(
    z.object({ entityId, role: z.enum(MentionRole).default('MENTIONED') }),
    LIMITS.mentions,
    (m) => `${m.entityId.type}:${m.entityId.id}`,
    ['entityId'],
  ),
  keyTakeaways: z.array(text(LIMITS.takeaway)).max(LIMITS.takeaways, `takes at most ${LIMITS.takeaways} items`),
  faq: z
    .array(z.object({ question: text(LIMITS.question), answer: text(LIMITS.answer, true) }))
    .max(LIMITS.faq, `takes at most ${LIMITS.faq} items`),
  tagIds: unique(globalId('Tag'), LIMITS.tags, String),
  relatedArticleIds: unique(globalId('Article'), LIMITS.related, String),
  leadImage: leadImage.nullable(),
};

/** Any part of the page; a field left out is left as it is, a list given replaces the old one. */
export const articleContent = z.object(content).partial().strict();
export type ArticleContent = z.output<typeof articleContent>;
export const CONTENT_FIELDS = Object.keys(content) as (keyof ArticleContent)[];

export const createArticleInput = articleContent.extend({
  slug,
  title: content.title,
  categoryId: content.categoryId,
  publicationId: content.publicationId,
});
export type CreateArticleInput = z.output<typeof createArticleInput>;

/** `input.credits[2].role` from ['input', 'credits', 2, 'role']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '');
}

/** Parses `value` or throws BAD_USER_INPUT naming the first bad field, with every issue beside it. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, root = 'input'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((i) => ({ field: fieldPath([root, ...i.path]), message: i.message }));
  throw badInput(`${issues[0].field}: ${issues[0].message}`, { argument: root, field: issues[0].field, issues });
}

/** BAD_USER_INPUT for one field found wrong after parsing (an unknown id, a taken slug). */
export const fieldError = (field: string, message: string) =>
  badInput(`${field}: ${message}`, { argument: field.split(/[.[]/)[0], field, issues: [{ field, message }] });
