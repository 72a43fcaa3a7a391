import type { ArticleFilter } from '../../loaders/article-lists.ts';
import { badInput } from '../../errors.ts';
import { builder } from '../builder.ts';
import { CreditRoleEnum } from './enums.ts';

const TagMatchEnum = builder.enumType('TagMatch', {
  description: 'How a list of tags must match.',
  values: { ANY: { description: 'Articles with at least one of the tags.' }, ALL: { description: 'Articles with every tag.' } },
});

const PersonLinkEnum = builder.enumType('PersonLink', {
  description: 'How an article is linked to a person.',
  values: {
    CREDITED: { description: 'The person is credited on it.' },
    MENTIONED: { description: 'The story mentions the person.' },
    EITHER: { description: 'Either of the two.' },
  },
});

const CategoryFilter = builder.inputType('CategoryFilter', {
  description: 'Articles of a category.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Slug of the category.' }),
    includeSubcategories: t.boolean({ defaultValue: true, description: 'Also articles of its subcategories, at any depth.' }),
  }),
});

const TagFilter = builder.inputType('TagFilter', {
  description: 'Articles by tags.',
  fields: (t) => ({
    slugs: t.stringList({ required: true, description: 'Slugs of the tags (at most 20).' }),
    match: t.field({ type: TagMatchEnum, defaultValue: 'ANY', description: 'Whether any or all must match.' }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Articles linked to a person.',
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Slug of the person.' }),
    as: t.field({ type: PersonLinkEnum, defaultValue: 'EITHER', description: 'Credited, mentioned, or either.' }),
    role: t.field({ type: CreditRoleEnum, description: 'Only credits in this role (implies CREDITED).' }),
  }),
});

export const ArticleFilterInput = builder.inputType('ArticleFilter', {
  description: 'Conditions an article must meet to be listed; all given conditions must hold. Unknown slugs match nothing.',
  fields: (t) => ({
    category: t.field({ type: CategoryFilter, description: 'In this category (and by default its subcategories).' }),
    tags: t.field({ type: TagFilter, description: 'With these tags.' }),
    person: t.field({ type: PersonFilter, description: 'Linked to this person.' }),
    organization: t.string({ description: 'Slug of an organisation the story mentions.' }),
    place: t.string({ description: 'Slug of a place the story mentions.' }),
    publication: t.string({ description: 'Slug of the publication.' }),
    publishedAfter: t.field({ type: 'DateTime', description: 'Published at or after this time.' }),
    publishedBefore: t.field({ type: 'DateTime', description: 'Published before this time.' }),
  }),
});

/** The filter as the loaders take it, with its defaults applied; at most 20 tags. */
export function toArticleFilter(f: typeof ArticleFilterInput.$inferInput | null | undefined): ArticleFilter {
  if ((f?.tags?.slugs.length ?? 0) > 20) throw badInput('At most 20 tags in a filter.', { argument: 'filter.tags' });
  if (!f) return {};
  return {
    ...f,
    category: f.category && { slug: f.category.slug, includeSubcategories: f.category.includeSubcategories ?? true },
    tags: f.tags && { slugs: f.tags.slugs, match: f.tags.match ?? 'ANY' },
    person: f.person && { slug: f.person.slug, as: f.person.role ? 'CREDITED' : (f.person.as ?? 'EITHER'), role: f.person.role },
  };
}
