import { ArticleStatus } from '../../generated/prisma/enums.ts';
import type { StoredLeadImage } from '../../writes/article-state.ts';
import { builder } from '../builder.ts';
import { Article } from './Article.ts';
import { LeadImage } from './LeadImage.ts';

// The editorial side of an article: where it stands in the workflow, its version (for
// optimistic concurrency), its lead image and its revisions (preview scope).

export const ArticleStatusEnum = builder.enumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where an article stands: draft -> scheduled -> published -> archived.',
  values: {
    DRAFT: { description: 'Being written; not public.' },
    SCHEDULED: { description: 'To be published at `scheduledAt`; not public before.' },
    PUBLISHED: { description: 'Public.' },
    ARCHIVED: { description: 'Taken out of circulation; not public.' },
  },
});

const MAX_REVISIONS = 100;

const ArticleRevision = builder.prismaObject('ArticleRevision', {
  description: 'The article as one write left it.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: "The article's version after the write." }),
    author: t.exposeString('author', { description: 'Name of the API key that wrote it ("scheduler" for scheduled publication).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was written.' }),
    changedFields: t.exposeStringList('changedFields', { description: 'The snapshot fields this write changed.' }),
    snapshot: t.expose('snapshot', {
      type: 'JSON',
      description: "The whole article: slug, status, dates and every field `updateArticle` takes, in that input's form (global IDs).",
    }),
  }),
});

builder.prismaObjectFields(Article, (t) => ({
  status: t.expose('status', {
    type: ArticleStatusEnum,
    description: 'Where it stands in the workflow (always PUBLISHED for anonymous readers).',
  }),
  version: t.exposeInt('version', { description: 'Bumped by every write; send it as `expectedVersion` with an update.' }),
  scheduledAt: t.expose('scheduledAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When a SCHEDULED article goes live; null otherwise.',
  }),
  createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  leadImage: t.field({
    type: LeadImage,
    nullable: true,
    description: 'The picture that leads it in lists and apps; null when it has none.',
    select: { leadImage: true },
    resolve: (a) => a.leadImage as unknown as StoredLeadImage | null,
  }),
  revisions: t.relation('revisions', {
    nullable: true,
    description: `Its revisions, newest first (at most ${MAX_REVISIONS}; needs the \`preview\` scope).`,
    authScopes: { preview: true },
    args: {
      first: t.arg.int({ description: `How many, 1-${MAX_REVISIONS} (a value outside is brought into that range); 20 by default.` }),
    },
    query: (args) => ({ orderBy: { version: 'desc' }, take: Math.min(Math.max(args.first ?? 20, 1), MAX_REVISIONS) }),
  }),
}));

export { ArticleRevision };
