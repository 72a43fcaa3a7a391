import type { CreditRole } from '../generated/prisma/enums.ts';

// The credit line of wire copy: "Reporting by A; Writing by B and C; Editing by D", a plain
// byline ("By A and B", or just "A and B"), or a mix. Wire text sometimes loses the separator
// ("...PapachristouEditing by..."), so a role phrase glued to the name before it also splits.

export interface ParsedCredit {
  name: string;
  role: CreditRole;
}

const ROLES: [RegExp, CreditRole][] = [
  [/^(?:additional\s+)?report(?:ing|ed)$/i, 'REPORTING'],
  [/^writ(?:ing|ten)$/i, 'WRITING'],
  [/^edit(?:ing|ed)$/i, 'EDITING'],
  [/^(?:photography|photos?|pictures?)$/i, 'PHOTOGRAPHY'],
];
const ROLE_WORDS = '(?:Additional reporting|Reporting|Reported|Writing|Written|Editing|Edited|Photography|Photos?|Pictures?)';
const GLUED = new RegExp(`(\\p{Ll})(?=${ROLE_WORDS} by\\b)`, 'gu');
const SEGMENT = new RegExp(`^(?:(${ROLE_WORDS})\\s+)?by\\s+(.+)$`, 'iu');

/** True when a paragraph is a credit line rather than story text. */
export const isCreditLine = (text: string): boolean => new RegExp(`^\\(?\\s*${ROLE_WORDS}\\s+by\\s+\\S`, 'iu').test(text.trim());

export function parseCreditLine(line: string): ParsedCredit[] {
  const body = line
    .trim()
    .replace(/^\(\s*/, '')
    .replace(/\s*\)\s*\.?$/, '')
    .replace(GLUED, '$1; ');
  const out: ParsedCredit[] = [];
  for (const segment of body.split(/\s*[;|]\s*/)) {
    if (!segment) continue;
    const match = SEGMENT.exec(segment);
    const role = match?.[1] ? (ROLES.find(([re]) => re.test(match[1]))?.[1] ?? 'AUTHOR') : 'AUTHOR';
    const names = (match ? match[2] : segment).split(/\s*,\s*|\s+and\s+|\s*&\s*/u);
    for (const raw of names) {
      const name = raw.replace(/[.\s]+$/u, '').trim();
      if (name && !out.some((c) => c.name === name && c.role === role)) out.push({ name, role });
    }
  }
  return out;
}

const PHRASE: Record<CreditRole, string> = {
  AUTHOR: 'By',
  REPORTING: 'Reporting by',
  WRITING: 'Writing by',
  EDITING: 'Editing by',
  PHOTOGRAPHY: 'Photography by',
};

const joinNames = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The credit line for credits in order: consecutive credits of one role share a phrase. */
export function formatCreditLine(credits: readonly ParsedCredit[]): string {
  const groups: { role: CreditRole; names: string[] }[] = [];
  for (const c of credits) {
    const last = groups[groups.length - 1];
    if (last?.role === c.role) last.names.push(c.name);
    else groups.push({ role: c.role, names: [c.name] });
  }
  return groups.map((g) => `${PHRASE[g.role]} ${joinNames(g.names)}`).join('; ');
}
