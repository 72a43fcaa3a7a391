import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { actorName } from '../../viewer.ts';
import { articleContent, createArticleInput, globalId, parseInput, slug } from '../../writes/article-input.ts';
import * as articles from '../../writes/articles.ts';
import { transitionArticle } from '../../writes/article-workflow.ts';
import { builder } from '../builder.ts';
import { Article } from './Article.ts';
import { contentInputFields, contentOf } from './ArticleContentInput.ts';

// Article writes, Relay style: one `input`, one payload holding the article as it stands after
// the write (drafts included: the writer sees what they wrote). Each write is one transaction
// with a revision and an outbox event (src/writes/articles.ts); scopes are checked first.

const articleId = (value: unknown) => parseInput(globalId('Article'), value, 'input.id');
const version = (value: unknown, field: string) => parseInput(z.number().int().min(1, 'must be 1 or more').nullish(), value, field) ?? null;

/** Reads the written article with what the payload's `article` selects, in one statement. */
async function payload(ctx: Context, info: GraphQLResolveInfo, written: articles.Written) {
  const query = queryFromInfo({ context: ctx, info, typeName: 'Article', path: ['article'] });
  return { article: await prisma().article.findUniqueOrThrow({ ...query, where: { id: written.id } }) };
}

const VERSION = 'The `version` the change was based on; a stale one changes nothing and fails with CONFLICT.';

function articleMutation(
  name: string,
  description: string,
  scope: 'write' | 'publish',
  inputFields: Parameters<typeof builder.relayMutationField>[1],
  run: (input: Record<string, unknown>, actor: string) => Promise<articles.Written>,
) {
  builder.relayMutationField(
    name,
    inputFields,
    {
      description,
      authScopes: { [scope]: true },
      resolve: async (_root, { input }, ctx, info) =>
        payload(ctx, info, await run(input as Record<string, unknown>, actorName(ctx.viewer))),
    },
    {
      description: `What \`${name}\` returns.`,
      outputFields: (t) => ({
        article: t.field({ type: Article, description: 'The article after the write.', resolve: (p) => p.article }),
      }),
    },
  );
}

articleMutation(
  'createArticle',
  'Creates a draft article (needs `write`). Fails with BAD_USER_INPUT naming the field (`extensions.field`) when any part is invalid.',
  'write',
  {
    description: 'A new article: slug, headline, category and publication at least.',
    inputFields: (t) => ({
      slug: t.string({
        required: true,
        description:
          'URL key: lower-case letters and digits in words joined by hyphens, at most 200 characters; unique, former slugs included.',
      }),
      ...contentInputFields(t, true),
    }),
  },
  (input, actor) => articles.createArticle(actor, parseInput(createArticleInput, contentOf(input))),
);

articleMutation(
  'updateArticle',
  'Changes any part of an article (needs `write`): only the fields given change. Bumps `version`; appends a revision.',
  'write',
  {
    description: 'The article, the version it was read at, and the fields to change.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the article.' }),
      expectedVersion: t.int({ required: true, description: VERSION }),
      ...contentInputFields(t, false),
    }),
  },
  (input, actor) =>
    articles.updateArticle(
      actor,
      articleId(input.id),
      version(input.expectedVersion, 'input.expectedVersion'),
      parseInput(articleContent, contentOf(input, 'id', 'expectedVersion')),
    ),
);

articleMutation(
  'renameArticleSlug',
  'Gives an article a new slug (needs `write`); the old one keeps resolving to it through `article(slug:)`.',
  'write',
  {
    description: 'The article and its new slug.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the article.' }),
      slug: t.string({ required: true, description: 'The new slug, in the format `createArticle` takes; not used by another article.' }),
      expectedVersion: t.int({ description: `${VERSION} Optional.` }),
    }),
  },
  (input, actor) =>
    articles.renameArticleSlug(
      actor,
      articleId(input.id),
      parseInput(slug, input.slug, 'input.slug'),
      version(input.expectedVersion, 'input.expectedVersion'),
    ),
);

const transition = (name: string, action: 'publish' | 'unpublish' | 'archive', description: string, withAt = false) =>
  articleMutation(
    name,
    description,
    'publish',
    {
      description: `The article to ${action}.`,
      inputFields: (t) => ({
        id: t.id({ required: true, description: 'Global ID of the article.' }),
        ...(withAt
          ? {
              at: t.field({
                type: 'DateTime',
                description: 'A future time to publish at: the article is SCHEDULED until then. Leave out to publish now.',
              }),
            }
          : {}),
        expectedVersion: t.int({ description: `${VERSION} Optional.` }),
      }),
    },
    (input, actor) =>
      transitionArticle(actor, articleId(input.id), action, {
        at: (input.at as Date | undefined) ?? null,
        expectedVersion: version(input.expectedVersion, 'input.expectedVersion'),
      }),
  );

transition(
  'publishArticle',
  'publish',
  'Publishes a draft, scheduled or archived article now, or schedules it for `at` (needs `publish`). An article published before keeps its first publication time.',
  true,
);
transition('unpublishArticle', 'unpublish', 'Takes a published or scheduled article back to DRAFT (needs `publish`).');
transition('archiveArticle', 'archive', 'Archives an article: it leaves every public list (needs `publish`).');

articleMutation(
  'restoreArticleRevision',
  "Makes an article's content what it was at an earlier revision (needs `write`): an update with that snapshot's content; slug and status stay.",
  'write',
  {
    description: 'The article, the revision to restore and the version it was read at.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Global ID of the article.' }),
      version: t.int({ required: true, description: "The revision's version." }),
      expectedVersion: t.int({ required: true, description: VERSION }),
    }),
  },
  (input, actor) =>
    articles.restoreArticleRevision(
      actor,
      articleId(input.id),
      version(input.version, 'input.version')!,
      version(input.expectedVersion, 'input.expectedVersion'),
    ),
);
