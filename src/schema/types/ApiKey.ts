import { badInput } from '../../errors.ts';
import { createKey, KeyError } from '../../keys/keys.ts';
import type { SCOPES } from '../../viewer.ts';
import { builder } from '../builder.ts';

export const ScopeEnum = builder.enumType('Scope', {
  description: 'What an API key may do.',
  values: {
    preview: { description: 'Read drafts, scheduled and archived articles, and revisions.' },
    write: { description: 'Create and edit articles.' },
    publish: { description: 'Publish, schedule, unpublish and archive articles.' },
    admin: { description: 'Manage API keys, the category tree, tags, people, organisations, places and publications.' },
  } satisfies Record<(typeof SCOPES)[number], { description: string }>,
});

const Viewer = builder.objectRef<{ keyName: string | null; scopes: (typeof SCOPES)[number][] }>('Viewer').implement({
  description: 'Who the request is made as.',
  fields: (t) => ({
    keyName: t.exposeString('keyName', { nullable: true, description: 'Name of the API key sent; null for anonymous requests.' }),
    scopes: t.expose('scopes', { type: [ScopeEnum], description: 'Scopes of that key; empty for anonymous requests.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    description: 'The caller: anonymous, or the API key sent as `Authorization: Bearer cgk_...` and its scopes.',
    resolve: (_root, _args, ctx) =>
      ctx.viewer.kind === 'key' ? { keyName: ctx.viewer.name, scopes: [...ctx.viewer.scopes] } : { keyName: null, scopes: [] },
  }),
);

const CreateApiKeyPayload = builder.objectRef<{ name: string; key: string }>('CreateApiKeyPayload').implement({
  description: 'A new API key.',
  fields: (t) => ({
    name: t.exposeString('name', { description: "The key's name." }),
    key: t.exposeString('key', { description: 'The key itself. It is shown only here, once; only its hash is stored.' }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: 'Creates an API key with the given scopes (needs `admin`).',
    authScopes: { admin: true },
    args: {
      name: t.arg.string({ required: true, description: 'A unique name: 1-64 letters, digits, dots, dashes or underscores.' }),
      scopes: t.arg({ type: [ScopeEnum], required: true, description: 'At least one scope.' }),
    },
    resolve: async (_root, { name, scopes }) => {
      try {
        return { name, ...(await createKey(name, scopes)) };
      } catch (err) {
        if (err instanceof KeyError) throw badInput(err.message, { argument: 'name' });
        throw err;
      }
    },
  }),
);
