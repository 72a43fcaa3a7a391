import { queryFromInfo } from '@pothos/plugin-prisma';
import { userError } from '../../errors.ts';
import { articleNodes } from '../../loaders/batch.ts';
import {
  checkQuery,
  countMatching,
  decodeSearchCursor,
  encodeSearchCursor,
  MAX_QUERY_LENGTH,
  type MatchCount,
  SEARCH_BOUNDS,
  searchPage,
  snippetHtml,
} from '../../search/search.ts';
import { selectsPath } from '../../search/selection.ts';
import { builder } from '../builder.ts';
import { Article } from './Article.ts';
import { ArticleFilterInput, toArticleFilter } from './ArticleFilter.ts';

const MAX_HITS = 100;
const DEFAULT_HITS = 20;

interface Counted {
  totalCount: () => Promise<MatchCount>;
}

interface Hit {
  cursor: string;
  node: unknown;
  score: number;
  snippet: string | null;
}

export const SearchConnection = builder.connectionObject(
  {
    type: Article,
    name: 'SearchConnection',
    description: 'A page of search hits, best first.',
    fields: (t) => ({
      totalCount: t.int({
        description: `How many visible articles match (counted only when asked for): exact up to ${SEARCH_BOUNDS.EXACT_COUNT.toLocaleString('en')}, an estimate above (see \`totalCountIsExact\`). More may match than can be paged through.`,
        resolve: async (page) => (await (page as unknown as Counted).totalCount()).count,
      }),
      totalCountIsExact: t.boolean({
        description: `False when more than ${SEARCH_BOUNDS.EXACT_COUNT.toLocaleString('en')} articles match and \`totalCount\` is an estimate (from the share of the table the first matches span).`,
        resolve: async (page) => (await (page as unknown as Counted).totalCount()).exact,
      }),
    }),
  },
  {
    name: 'SearchHit',
    description: 'An article that matches, with its score and a snippet.',
    fields: (t) => ({
      score: t.float({
        description:
          'Relevance, higher first: text rank (0-1) blended with recency as `recencyWeight` asks. Comparable within one search only.',
        resolve: (e) => (e as unknown as Hit).score,
      }),
      snippet: t.string({
        nullable: true,
        description:
          'Up to two passages of the summary and body around the matched terms, as HTML: the text escaped, matched words in `<mark>`. Null when the match is in the title only and the text has no passage to show.',
        resolve: (e) => (e as unknown as Hit).snippet,
      }),
    }),
  },
);

builder.queryField('search', (t) =>
  t.connection(
    {
      type: Article,
      description: `Full-text search over visible articles. Syntax as in web search engines: words must all match (stemmed, English), "a quoted phrase" matches words in that order, \`OR\` between words matches either, \`-word\` excludes. Title counts most, then second headline and summary, then body, then image captions. Bounds, so that a page costs the same however many articles match: hits are ranked among at most the ${SEARCH_BOUNDS.CANDIDATES} best matches in title, second headline or summary (ranked by those fields) and the ${SEARCH_BOUNDS.CANDIDATES} newest matches anywhere, so at most ${2 * SEARCH_BOUNDS.CANDIDATES} hits can be paged through; a phrase is found in the title, second headline and summary of every article but in the body of the newest ${SEARCH_BOUNDS.PHRASE_WINDOW.toLocaleString('en')} visible articles only. Page size: \`first\`, ${DEFAULT_HITS} by default, 0-${MAX_HITS} (0 for \`totalCount\` alone); \`last\`/\`before\` are not supported.`,
      args: {
        query: t.arg.string({ required: true, description: `What to look for, 1-${MAX_QUERY_LENGTH} characters.` }),
        filter: t.arg({ type: ArticleFilterInput, description: 'Conditions hits must also meet.' }),
        recencyWeight: t.arg.float({
          defaultValue: 0,
          description:
            'How much newer articles are favoured, 0 (text rank alone, the default) to 1 (newest first among matches). The recency part halves after 30 days.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        if (args.last != null || args.before != null)
          throw userError('BAD_USER_INPUT', 'Search pages forward only: use `first` and `after`.', {
            argument: 'last',
            reason: 'PAGE_SIZE',
          });
        const size = args.first ?? DEFAULT_HITS;
        if (!Number.isInteger(size) || size < 0 || size > MAX_HITS) {
          throw userError('BAD_USER_INPUT', `\`first\` must be between 0 and ${MAX_HITS}, got ${size}.`, {
            argument: 'first',
            reason: 'PAGE_SIZE',
          });
        }
        const recency = args.recencyWeight ?? 0;
        if (!(recency >= 0 && recency <= 1))
          throw userError('BAD_USER_INPUT', '`recencyWeight` must be between 0 and 1.', { argument: 'recencyWeight' });
        const query = checkQuery(args.query, 'query');
        const filter = toArticleFilter(args.filter);
        const after = args.after != null ? decodeSearchCursor(args.after) : undefined;
        const withEdges = selectsPath(info, ['edges']);
        const rows =
          withEdges || selectsPath(info, ['pageInfo'])
            ? await searchPage(ctx, { query, filter, recency, size, after, withSnippet: selectsPath(info, ['edges', 'snippet']) })
            : [];
        const page = rows.slice(0, size);
        const nodeQuery = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['edges', 'node'] });
        const nodes =
          withEdges && page.length && selectsPath(info, ['edges', 'node'])
            ? await articleNodes<{ id: number }>(
                ctx,
                nodeQuery,
                page.map((r) => r.id),
              )
            : [];
        const byId = new Map(nodes.map((n) => [n.id, n]));
        // A row whose article turned invisible between the two statements is dropped.
        const shown = nodes.length ? page.filter((r) => byId.has(r.id)) : page;
        const edges: Hit[] = shown.map((r) => ({
          cursor: encodeSearchCursor(r),
          node: byId.get(r.id) ?? { id: r.id },
          score: r.score,
          snippet: r.snippet && snippetHtml(r.snippet),
        }));
        let total: Promise<MatchCount> | undefined;
        return {
          edges,
          pageInfo: {
            hasNextPage: rows.length > size,
            hasPreviousPage: after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: () => (total ??= countMatching(ctx, { query, filter })),
        } as never;
      },
    },
    SearchConnection,
  ),
);
