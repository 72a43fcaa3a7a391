import { LIMITS } from '../../writes/article-input.ts';
import type { builder } from '../builder.ts';
import { CreditInput } from './Credit.ts';
import { DatelineInput } from './Dateline.ts';
import { FaqEntryInput } from './FaqEntry.ts';
import { LeadImageInput } from './LeadImage.ts';
import { MentionInput } from './Mention.ts';

// The parts of an article page createArticle and updateArticle take, declared once. Text is
// normalised to NFC and trimmed; control characters (line breaks outside multi-line text) and
// bidi overrides are refused. The checks themselves are in src/writes/article-input.ts.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Fields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const LISTS = 'A list given replaces the old one; [] clears it.';

export function contentInputFields(t: Fields, create: boolean) {
  return {
    title: t.string({ required: create, description: `The headline, 1-${LIMITS.title} characters.` }),
    alternativeTitle: t.string({ description: `The second (SEO) headline, 1-${LIMITS.title} characters; null clears it.` }),
    summary: t.string({ description: `One or two sentences, 1-${LIMITS.summary} characters; null clears it.` }),
    body: t.field({
      type: ['JSON'],
      description:
        'The body, at most 500 blocks, each a JSON object with `type`: `{type: "paragraph", text}`, `{type: "heading", text, level: 2-4}`, ' +
        '`{type: "quote", text, attribution?}`, `{type: "list", items: [...], ordered?}` or `{type: "image", url, alt, caption?, credit?, width?, height?}`. ' +
        'Texts up to 20,000 characters (headings 300). Word count and reading time are derived from it.',
    }),
    categoryId: t.id({ required: create, description: 'Global ID of its primary category.' }),
    publicationId: t.id({ required: create, description: 'Global ID of the publication.' }),
    dateline: t.field({ type: DatelineInput, description: 'Where it was filed from; null clears it.' }),
    credits: t.field({ type: [CreditInput], description: `Credit line, at most ${LIMITS.credits}, in order. ${LISTS}` }),
    mentions: t.field({
      type: [MentionInput],
      description: `People, organisations and places in the story, at most ${LIMITS.mentions}. ${LISTS}`,
    }),
    keyTakeaways: t.stringList({
      description: `Key takeaways, at most ${LIMITS.takeaways}, each 1-${LIMITS.takeaway} characters. ${LISTS}`,
    }),
    faq: t.field({ type: [FaqEntryInput], description: `Questions and answers, at most ${LIMITS.faq}. ${LISTS}` }),
    tagIds: t.idList({ description: `Global IDs of its tags, at most ${LIMITS.tags}, each once. ${LISTS}` }),
    relatedArticleIds: t.idList({
      description: `Editor-picked related articles, at most ${LIMITS.related}, in order, never the article itself. ${LISTS}`,
    }),
    leadImage: t.field({ type: LeadImageInput, description: 'The lead image; null removes it.' }),
  };
}

/** The input without the fields that are not content (id, versions, clientMutationId). */
export function contentOf(input: Record<string, unknown>, ...drop: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'clientMutationId' && !drop.includes(k)));
}
