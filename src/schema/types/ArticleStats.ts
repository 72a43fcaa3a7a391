import { queryFromInfo } from '@pothos/plugin-prisma';
import { rowsByIds, type PlannedQuery } from '../../loaders/batch.ts';
import { userError } from '../../errors.ts';
import { checkTimeZone, facet, MAX_TIME_BUCKETS, MAX_TOP, timeBuckets, type Facet, type FacetKey } from '../../search/facets.ts';
import { checkQuery, countAllMatching, type Matching } from '../../search/search.ts';
import { builder } from '../builder.ts';
import { ArticleFilterInput, toArticleFilter } from './ArticleFilter.ts';
import { Category } from './Category.ts';
import { CreditRoleEnum } from './enums.ts';
import { Organization } from './Organization.ts';
import { Person } from './Person.ts';
import { Place } from './Place.ts';
import { Publication } from './Publication.ts';
import { Tag } from './Tag.ts';

type Rows = Parameters<typeof rowsByIds>[0];

/** A facet's type and its bucket type, keyed by the entity itself. */
function facetType(name: string, field: string, ref: Parameters<typeof builder.objectRef>[0] | object, rows: Rows, plural: string) {
  const Bucket = builder.objectRef<{ entity: unknown; count: number }>(`${name}Count`).implement({
    description: `Visible matching articles of one ${field}.`,
    fields: (t) => ({
      [field]: t.field({ type: ref as never, description: `The ${field}.`, resolve: (b) => b.entity as never }),
      count: t.int({ description: 'How many matching articles.', resolve: (b) => b.count }),
    }),
  });
  return builder.objectRef<Facet>(`${name}Facet`).implement({
    description: `Matching articles counted by ${field}, most first.`,
    fields: (t) => ({
      buckets: t.field({
        type: [Bucket],
        description: `The top ${plural} by count, ties by id.`,
        resolve: async (f, _args, ctx, info) => {
          const query = queryFromInfo({ context: ctx, info, typeName: name, path: [field] }) as PlannedQuery;
          const found = await rowsByIds(
            rows,
            f.buckets.map((b) => b.key),
            query,
          );
          const byId = new Map(found.map((r) => [r.id, r]));
          return f.buckets.flatMap((b) => (byId.has(b.key) ? [{ entity: byId.get(b.key), count: b.count }] : []));
        },
      }),
      otherCount: t.int({
        description: `Matching articles counted in the ${plural} beyond the top (an article with two counts in both).`,
        resolve: (f) => f.otherCount,
      }),
      keyCount: t.int({ description: `How many ${plural} have at least one matching article.`, resolve: (f) => f.keyCount }),
    }),
  });
}

const CategoryFacet = facetType('Category', 'category', Category, (db) => db.category, 'categories');
const TagFacet = facetType('Tag', 'tag', Tag, (db) => db.tag, 'tags');
const PersonFacet = facetType('Person', 'person', Person, (db) => db.person, 'people');
const OrganizationFacet = facetType('Organization', 'organization', Organization, (db) => db.organization, 'organisations');
const PlaceFacet = facetType('Place', 'place', Place, (db) => db.place, 'places');
const PublicationFacet = facetType('Publication', 'publication', Publication, (db) => db.publication, 'publications');

const TimeIntervalEnum = builder.enumType('TimeInterval', {
  description: 'A calendar period, in the time zone asked for.',
  values: {
    DAY: { description: 'A calendar day.' },
    WEEK: { description: 'An ISO week (Monday to Sunday).' },
    MONTH: { description: 'A calendar month.' },
    YEAR: { description: 'A calendar year.' },
  },
});

const FacetPersonLinkEnum = builder.enumType('FacetPersonLink', {
  description: 'Which link to a person a person facet counts.',
  values: {
    CREDITED: { description: 'Credited on the article.' },
    MENTIONED: { description: 'Mentioned in the story.' },
    EITHER: { description: 'Either (an article counts once per person).' },
  },
});

const TimeBucket = builder.objectRef<{ start: Date; label: string; count: number }>('TimeBucket').implement({
  description: 'Matching articles published in one period.',
  fields: (t) => ({
    start: t.field({
      type: 'DateTime',
      description: 'When the period starts (local midnight in the time zone asked for), as an instant.',
      resolve: (b) => b.start,
    }),
    label: t.string({ description: 'The period in the time zone: 2026-11-30, 2026-W48, 2026-11 or 2026.', resolve: (b) => b.label }),
    count: t.int({ description: 'How many matching articles.', resolve: (b) => b.count }),
  }),
});

const checkTop = (top: number | null | undefined) => {
  const n = top ?? 10;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP)
    throw userError('BAD_USER_INPUT', `\`top\` must be between 1 and ${MAX_TOP}.`, { argument: 'top' });
  return n;
};

const ArticleStats = builder.objectRef<Matching>('ArticleStats').implement({
  description: 'Counts over the visible articles a filter and search match. Each field is one SQL statement over the matching set.',
  fields: (t) => {
    const top = {
      top: t.arg.int({ defaultValue: 10, description: `How many buckets, 1-${MAX_TOP}; the rest are summed in \`otherCount\`.` }),
    };
    const by = (type: object, description: string, key: FacetKey) =>
      t.field({ type: type as never, description, args: top, resolve: (m, args, ctx) => facet(ctx, m, key, checkTop(args.top)) as never });
    return {
      count: t.int({ description: 'How many visible articles match.', resolve: (m, _a, ctx) => countAllMatching(ctx, m) }),
      byTag: by(TagFacet, 'Counts by tag.', { kind: 'tag' }),
      byOrganization: by(OrganizationFacet, 'Counts by organisation mentioned.', { kind: 'organization' }),
      byPlace: by(PlaceFacet, 'Counts by place mentioned.', { kind: 'place' }),
      byPublication: by(PublicationFacet, 'Counts by publication.', { kind: 'publication' }),
      byPerson: t.field({
        type: PersonFacet,
        description: 'Counts by person: credited (in any role, or in `role`), mentioned, or either.',
        args: {
          ...top,
          as: t.arg({ type: FacetPersonLinkEnum, defaultValue: 'CREDITED', description: 'Which link counts.' }),
          role: t.arg({ type: CreditRoleEnum, description: 'Only credits in this role (implies CREDITED).' }),
        },
        resolve: (m, args, ctx) =>
          facet(ctx, m, { kind: 'person', as: args.role ? 'CREDITED' : (args.as ?? 'CREDITED'), role: args.role }, checkTop(args.top)),
      }),
      byCategory: t.field({
        type: CategoryFacet,
        description:
          'Counts by category: the category each article is filed in, or (with `includeSubcategories`) each child of `parent`, or each root category, with its whole subtree; articles filed in `parent` itself are in no bucket.',
        args: {
          ...top,
          includeSubcategories: t.arg.boolean({
            defaultValue: false,
            description: 'Roll subcategories up into the children of `parent` (the roots when not given).',
          }),
          parent: t.arg.string({ description: 'Slug of the category whose children are the buckets (with `includeSubcategories`).' }),
        },
        resolve: (m, args, ctx) =>
          facet(
            ctx,
            m,
            { kind: 'category', includeSubcategories: args.includeSubcategories ?? false, parent: args.parent },
            checkTop(args.top),
          ),
      }),
      byTime: t.field({
        type: [TimeBucket],
        description: `Counts by publish day, week, month or year in a time zone, oldest first; periods with no article are left out. At most the newest ${MAX_TIME_BUCKETS} periods: narrow the filter's dates for more.`,
        args: {
          interval: t.arg({ type: TimeIntervalEnum, required: true, description: 'The period.' }),
          timeZone: t.arg.string({
            defaultValue: 'UTC',
            description: 'IANA time zone periods start in, for example Europe/Berlin; UTC by default.',
          }),
        },
        resolve: (m, args, ctx) => timeBuckets(ctx, m, args.interval, checkTimeZone(args.timeZone ?? 'UTC')),
      }),
    };
  },
});

builder.queryField('articleStats', (t) =>
  t.field({
    type: ArticleStats,
    description:
      'Counts and facets over the visible articles matching a filter and, optionally, a search (the syntax of `search`). Drafts and scheduled articles are never counted.',
    args: {
      filter: t.arg({ type: ArticleFilterInput, description: 'Conditions counted articles meet.' }),
      search: t.arg.string({ description: 'Only articles matching this search (as `search(query:)`).' }),
    },
    resolve: (_root, args) => ({
      filter: toArticleFilter(args.filter),
      query: args.search != null ? checkQuery(args.search, 'search') : null,
    }),
  }),
);
