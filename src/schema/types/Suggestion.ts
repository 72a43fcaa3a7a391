import { queryFromInfo } from '@pothos/plugin-prisma';
import { userError } from '../../errors.ts';
import { articleNodes, type PlannedQuery, rowsByIds } from '../../loaders/batch.ts';
import { suggest, type SuggestionKind, type SuggestionRow } from '../../search/suggest.ts';
import { builder } from '../builder.ts';
import { Article } from './Article.ts';
import { Organization } from './Organization.ts';
import { Person } from './Person.ts';
import { Place } from './Place.ts';
import { Tag } from './Tag.ts';

const MAX_SUGGESTIONS = 25;
const MAX_TEXT = 100;
const typeNames = { ARTICLE: 'Article', PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', TAG: 'Tag' } as const;

const SuggestionKindEnum = builder.enumType('SuggestionKind', {
  description: 'What a suggestion names.',
  values: {
    ARTICLE: { description: 'A visible article, by its title.' },
    PERSON: { description: 'A person, by name.' },
    ORGANIZATION: { description: 'An organisation, by name.' },
    PLACE: { description: 'A place, by name.' },
    TAG: { description: 'A tag, by name.' },
  },
});

const SuggestionTarget = builder.unionType('SuggestionTarget', {
  description: 'The article, person, organisation, place or tag a suggestion names.',
  types: [Article, Person, Organization, Place, Tag],
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

interface Suggestion extends SuggestionRow {
  entity: unknown;
}

const SuggestionRef = builder.objectRef<Suggestion>('Suggestion').implement({
  description: 'A title or name that starts with, or is close to, what was typed.',
  fields: (t) => ({
    kind: t.field({ type: SuggestionKindEnum, description: 'What it names.', resolve: (s) => s.kind }),
    text: t.string({ description: 'The title or name as printed.', resolve: (s) => s.label }),
    score: t.float({
      description: 'Higher is better: 1 for a word starting with the text, plus its trigram word similarity (0-1).',
      resolve: (s) => s.score,
    }),
    entity: t.field({ type: SuggestionTarget, description: 'The thing it names.', resolve: (s) => s.entity as never }),
  }),
});

// Each kind's rows are read with what the request selects on it under `entity` (rowsByIds).
const models = {
  PERSON: (db) => db.person,
  ORGANIZATION: (db) => db.organization,
  PLACE: (db) => db.place,
  TAG: (db) => db.tag,
} satisfies Record<string, Parameters<typeof rowsByIds>[0]>;

builder.queryField('suggest', (t) =>
  t.field({
    type: [SuggestionRef],
    description: `Suggestions as an analyst types: titles of visible articles and names of people, organisations, places and tags in which a word starts with \`text\`, or which are close to it despite a typo (trigram similarity). At most ${MAX_SUGGESTIONS}.`,
    args: {
      text: t.arg.string({ required: true, description: `What was typed so far, 2-${MAX_TEXT} characters.` }),
      kinds: t.arg({ type: [SuggestionKindEnum], description: 'Only these kinds (all by default).' }),
      first: t.arg.int({ defaultValue: 10, description: `How many, 1-${MAX_SUGGESTIONS}; 10 by default.` }),
    },
    resolve: async (_root, args, ctx, info) => {
      const text = args.text.trim();
      if (text.length < 2 || text.length > MAX_TEXT)
        throw userError('BAD_USER_INPUT', `\`text\` must hold 2 to ${MAX_TEXT} characters.`, { argument: 'text' });
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
        throw userError('BAD_USER_INPUT', `\`first\` must be between 1 and ${MAX_SUGGESTIONS}.`, {
          argument: 'first',
          reason: 'PAGE_SIZE',
        });
      }
      const kinds = (args.kinds?.length ? [...new Set(args.kinds)] : Object.keys(typeNames)) as SuggestionKind[];
      const rows = await suggest(ctx, text, kinds, first);
      const idsOf = (kind: SuggestionKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
      // One read per kind present, all at once; articles with the selection asked under `entity`.
      const entities = new Map<string, unknown>();
      await Promise.all(
        (Object.keys(typeNames) as SuggestionKind[]).map(async (kind) => {
          const ids = idsOf(kind);
          if (!ids.length) return;
          const query = queryFromInfo({ context: ctx, info, typeName: typeNames[kind], path: ['entity'] });
          const found: { id: number }[] =
            kind === 'ARTICLE' ? await articleNodes(ctx, query, ids) : await rowsByIds(models[kind], ids, query as PlannedQuery);
          for (const e of found) entities.set(`${kind}:${e.id}`, Object.assign(e, { __typename: typeNames[kind] }));
        }),
      );
      return rows.flatMap((r) => (entities.has(`${r.kind}:${r.id}`) ? [{ ...r, entity: entities.get(`${r.kind}:${r.id}`) }] : []));
    },
  }),
);
