import { prisma } from '../../db/client.ts';
import { userError } from '../../errors.ts';
import { ninjsSelect, toNinjs, type NinjsArticle } from '../../ninjs/export.ts';
import { importNinjs } from '../../ninjs/import.ts';
import type { ImportOutcome } from '../../ninjs/save.ts';
import { actorName, hasScope } from '../../viewer.ts';
import { builder } from '../builder.ts';
import { encodeGlobalID } from '../global-id.ts';
import { visibleArticle } from '../visibility.ts';
import { Article } from './Article.ts';

// Wire ingest and export in IPTC ninjs (News in JSON): importNinjs and Article.ninjs.

const NinjsStandardEnum = builder.enumType('NinjsStandard', {
  description: 'Which ninjs the export follows.',
  values: {
    NINJS_2: { value: '2.1', description: 'ninjs 2.1: property names in lower case (versioncreated, contenttype).' },
    NINJS_3: { value: '3.0', description: 'ninjs 3.0: property names in camelCase (versionCreated, contentType).' },
  } as const,
});

builder.prismaObjectField(Article, 'ninjs', (t) =>
  t.field({
    type: 'JSON',
    description:
      'The article as an IPTC ninjs news item: headlines, summary, body (HTML), key takeaways and FAQ (bodies with roles keytakeaways and faq), credit line (`by`), dateline (`located`, agency in `infosources`), people, organisations and places with their role (`rel`), tags and category (`subjects`), lead image (`associations`). Importing it again gives the same article.',
    args: {
      standard: t.arg({ type: NinjsStandardEnum, defaultValue: '2.1', description: 'The ninjs version to follow; 2.1 by default.' }),
    },
    select: ninjsSelect,
    resolve: (a, args) => toNinjs(a as unknown as NinjsArticle, args.standard ?? '2.1'),
  }),
);

const ImportOutcomeEnum = builder.enumType('ImportOutcome', {
  description: 'What an import did.',
  values: {
    CREATED: { description: 'A new article from an item not seen before.' },
    UPDATED: { description: "A newer version of a known item replaced the article's content." },
    UNCHANGED: { description: 'The same version was imported before: nothing was written.' },
    STALE: { description: 'An older version than the one imported: nothing was written.' },
  } satisfies Record<ImportOutcome, { description: string }>,
});

const ImportNinjsPayload = builder.objectRef<{ articleId: number; outcome: ImportOutcome }>('ImportNinjsPayload').implement({
  description: 'The article a ninjs item became.',
  fields: (t) => ({
    outcome: t.field({ type: ImportOutcomeEnum, description: 'What the import did.', resolve: (p) => p.outcome }),
    articleId: t.id({ description: 'Global ID of the article.', resolve: (p) => encodeGlobalID('Article', p.articleId) }),
    article: t.prismaField({
      type: Article,
      nullable: true,
      description: 'The article, when the caller can see it (published, or with the preview scope).',
      resolve: (query, p, _args, ctx) => prisma().article.findFirst({ ...query, where: { id: p.articleId, ...visibleArticle(ctx) } }),
    }),
  }),
});

builder.mutationField('importNinjs', (t) =>
  t.field({
    type: ImportNinjsPayload,
    description:
      'Imports an IPTC ninjs 1.x, 2.x or 3.x news item as an article (needs `write`; `publish: true` also needs `publish`). Idempotent by the item\'s `uri` and `version`: the same version again writes nothing, an older one is ignored, a newer one replaces the content. The credit line ("Reporting by A; Writing by B; Editing by C", in `by` or the body\'s last paragraph) becomes credits with roles; a dateline opening the body ("CITY (Agency) - ") becomes the dateline; unknown people, organisations, places and tags are created. Items up to 1 MB.',
    authScopes: { write: true },
    args: {
      item: t.arg({ type: 'JSON', required: true, description: 'The ninjs news item (type text or composite).' }),
      publish: t.arg.boolean({
        defaultValue: false,
        description:
          'Publish it as its pubstatus says (usable: published at its firstcreated/embargo time; withheld: draft; canceled: archived). Without it a new article is a draft and a known one keeps its status.',
      }),
      category: t.arg.string({ description: 'Slug of the category; otherwise the item\'s subject with rel "category".' }),
      publication: t.arg.string({
        description: 'Slug of the publication; otherwise the item\'s infosource with role "publisher", or the only publication.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.publish && !hasScope(ctx.viewer, 'publish')) {
        throw userError('FORBIDDEN', `The key "${actorName(ctx.viewer)}" lacks the scope \`publish\` that \`publish: true\` needs.`);
      }
      if (JSON.stringify(args.item).length > 1_000_000)
        throw userError('BAD_USER_INPUT', 'item: a ninjs item is at most 1 MB.', { field: 'item' });
      return importNinjs(args.item, {
        actor: actorName(ctx.viewer),
        publish: args.publish ?? false,
        category: args.category ?? undefined,
        publication: args.publication ?? undefined,
      });
    },
  }),
);
