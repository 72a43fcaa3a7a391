import { z } from 'zod';
import { badInput } from '../errors.ts';

// The input rules every taxonomy write (and the wire import) shares. Text is normalised to NFC
// and trimmed; NUL and other control characters and bidirectional overrides are refused, since
// they hide or reorder what an editor sees (the "Trojan source" trick).

// C0 and C1 controls, DEL; newlines and tabs only where `multiline` allows them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAK = /[\t\n\r]/u;
// Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

/** Text of 1-`max` characters after NFC normalisation and trimming. */
export function text(max: number, { multiline = false } = {}) {
  return z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .superRefine((s, ctx) => {
      if (CONTROL.test(s) || (!multiline && LINE_BREAK.test(s)))
        ctx.addIssue({ code: 'custom', message: 'must not contain control characters' });
      if (BIDI.test(s)) ctx.addIssue({ code: 'custom', message: 'must not contain bidirectional override characters' });
    })
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(SLUG_PATTERN, 'must be lowercase letters and digits in words joined by single dashes (e.g. "retail-banking")');

export const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname, error: 'must be an http or https URL' })
  .max(2000, 'must be at most 2000 characters');

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "GB"');

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));
export const timeZone = z.string().refine((zone) => zone === 'UTC' || ZONES.has(zone), 'must be an IANA time zone such as "Europe/London"');

/**
 * Parses `value` with `schema`; a failure is one BAD_USER_INPUT error naming every bad field by
 * its path from the argument (`input.slug`), in `extensions.field` (the first) and `issues` (all).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: [root, ...i.path].join('.'), message: i.message }));
  throw badInput(issues.map((i) => `${i.field}: ${i.message}`).join('; '), { field: issues[0].field, issues });
}

/** A BAD_USER_INPUT error about one field. */
export const fieldError = (field: string, message: string, reason?: string) =>
  badInput(`${field}: ${message}`, { field, issues: [{ field, message }], ...(reason ? { reason } : {}) });
