import { queryFromInfo } from '@pothos/plugin-prisma';
import { RELATED_COST } from '../../limits.ts';
import { builder } from '../builder.ts';
import {
  DEFAULT_RELATED,
  MAX_RELATED,
  RELATED_CANDIDATES_PER_LINK,
  RELATED_FRESHNESS_MINUTES,
  RELATED_WEIGHTS as W,
  relatedConnection,
  relatedListOwner,
  relatedSize,
} from '../../loaders/related.ts';
import { readsList } from '../../cache-tags.ts';
import { articleNodes } from '../../loaders/batch.ts';
import { checkedLater } from '../../loaders/pagination.ts';
import { previewRanking } from '../../loaders/related-preview.ts';
import { articleVisibility } from '../visibility.ts';
import { Article } from './Article.ts';

const RelatedReasonKindEnum = builder.enumType('RelatedReasonKind', {
  description: 'Why an article is listed as related.',
  values: {
    EDITOR_PICK: { description: 'An editor linked it by hand.' },
    TAG: { description: 'It shares a tag.' },
    PERSON: { description: 'It mentions the same person.' },
    ORGANIZATION: { description: 'It mentions the same organisation.' },
    CATEGORY: { description: 'It is in the same category.' },
  },
});

interface Reason {
  kind: 'EDITOR_PICK' | 'TAG' | 'PERSON' | 'ORGANIZATION' | 'CATEGORY';
  name: string | null;
}

const RelatedReason = builder.objectRef<Reason>('RelatedReason').implement({
  description: 'One thing a related article shares with the article.',
  fields: (t) => ({
    kind: t.field({ type: RelatedReasonKindEnum, description: 'What kind of link it is.', resolve: (r) => r.kind }),
    name: t.string({ nullable: true, description: 'Name of the shared tag, person, organisation or category.', resolve: (r) => r.name }),
  }),
});

export const RelatedArticleConnection = builder.connectionObject(
  { type: Article, name: 'RelatedArticleConnection', description: 'Related articles, best first.' },
  {
    name: 'RelatedArticleEdge',
    description: 'A related article with why it was picked.',
    fields: (t) => ({
      score: t.int({
        description: 'Sum of the weights of what it shares (editor picks rank first whatever their score).',
        resolve: (e) => (e as unknown as { score: number }).score,
      }),
      reasons: t.field({
        type: [RelatedReason],
        description: 'What it shares with the article.',
        resolve: (e) => (e as unknown as { reasons: Reason[] }).reasons,
      }),
    }),
  },
);

type Ranked = { relatedList: { rank: number; score: number; reasons: unknown; related: unknown }[] };

builder.prismaObjectField(Article, 'related', (t) =>
  t.field({
    type: RelatedArticleConnection,
    description: `Costs ${RELATED_COST} per article in the request cost. Editor picks first, in their order; then other articles ranked by what they share with this one (per shared tag ${W.TAG} points, person ${W.PERSON}, organisation ${W.ORGANIZATION}, same category ${W.CATEGORY}; the newest ${RELATED_CANDIDATES_PER_LINK} articles of each shared item are candidates), newest first on ties. Never this article, never twice. Freshness: the list is ranked when the article is written (created, edited, published, its tags, people, organisations or category changed); another article's publication or change, or the rename of a tag, person, organisation or category it names, reaches it through a background refresh, within ${RELATED_FRESHNESS_MINUTES} minutes at one publication per second, and a cached response showing the part of the list that refresh changed is dropped then; an article that is unpublished, archived or deleted leaves it at once. With a \`preview\` key the list is ranked at read time over every article.`,
    args: { first: t.arg.int({ description: `How many to return: 1-${MAX_RELATED}, ${DEFAULT_RELATED} by default.` }) },
    extensions: { cost: RELATED_COST },
    // Read in the statement that loads the article: the list ranked at write time (RelatedArticle).
    select: (args, ctx, nestedSelection) => {
      const vis = articleVisibility(ctx);
      // Preview viewers rank every article, read on their own (src/loaders/related-preview.ts).
      if (!vis.publicOnly) return { id: true };
      const size = checkedLater(() => relatedSize(args.first), DEFAULT_RELATED);
      return {
        relatedList: {
          // The visibility rule hides at once an article that has left the public view.
          where: { related: vis.where },
          orderBy: { rank: 'asc' },
          take: size + 1,
          select: { rank: true, score: true, reasons: true, related: nestedSelection({ select: { id: true } }, ['edges', 'node']) },
        },
      };
    },
    resolve: async (a, args, ctx, info) => {
      const size = relatedSize(args.first);
      if (articleVisibility(ctx).publicOnly) {
        const rows = (a as unknown as Ranked).relatedList;
        // A cached page is purged when the background refresh changes the part of the list it read.
        readsList(ctx, relatedListOwner(a.id, size + 1, rows.length, rows.at(-1)?.rank ?? 0));
        return relatedConnection(rows, size) as never;
      }
      const ranked = await previewRanking(ctx, a.id, size + 1);
      const query = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] });
      const nodes = new Map(
        (
          await articleNodes(
            ctx,
            query,
            ranked.map((r) => r.id),
          )
        ).map((n) => [n.id, n]),
      );
      const rows = ranked.flatMap((r) => (nodes.has(r.id) ? [{ score: r.score, reasons: r.reasons, related: nodes.get(r.id)! }] : []));
      return relatedConnection(rows, size) as never;
    },
  }),
);
