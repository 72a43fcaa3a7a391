import type { InputFieldBuilder, InputFieldMap, SchemaTypes } from '@pothos/core';
import { prisma } from '../db/client.ts';
import { forgetCategoryTree } from '../loaders/categories.ts';
import { createEntity, updateEntity, type Entity } from '../writes/taxonomy.ts';
import { fieldError } from '../writes/taxonomy-fields.ts';
import { actorName } from '../viewer.ts';
import { builder } from './builder.ts';
import { decodeIDOrThrow } from './global-id.ts';

// createX / updateX for each taxonomy type, Relay style (one `input`, one payload), declared
// once here and called from each type's file with that type's input fields.

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;
/** The input fields of a type: all required for a create (`create`), all optional for an update. */
export type TaxonomyFields = (t: InputFieldBuilder<Types, 'InputObject'>, create: boolean) => InputFieldMap;

export const SLUG_RULE = 'URL key, unique: lowercase letters and digits in words joined by single dashes, at most 100 characters.';
export const NAME_RULE = 'At most 200 characters (trimmed, NFC; no control or bidi override characters).';
export const BLURB_RULE = 'At most 2000 characters, line breaks allowed; null clears it.';

const lower = (e: Entity) => e[0].toLowerCase() + e.slice(1);
const an = (e: Entity) => (/^[AEIOU]/.test(e) ? `an ${e}` : `a ${e}`);

/** Global IDs in the input, decoded to row ids; a bad one is a BAD_USER_INPUT naming its field. */
function decodeIds(input: Record<string, unknown>, ids: Record<string, Entity>): Record<string, unknown> {
  const out = { ...input };
  for (const [field, type] of Object.entries(ids)) {
    const v = input[field];
    if (v == null) continue;
    try {
      out[field] = decodeIDOrThrow(String(v), type);
    } catch (err) {
      throw fieldError(`input.${field}`, (err as Error).message);
    }
  }
  return out;
}

export function taxonomyMutations(entity: Entity, fields: TaxonomyFields, ids: Record<string, Entity> = {}): void {
  const model = lower(entity) as 'tag';
  const payloadField = (verb: string) => ({
    description: `The ${entity} ${verb}, read after the write committed.`,
    // biome-ignore lint/suspicious/noExplicitAny: the payload's field builder is generic over six entity types.
    outputFields: (t: any) => ({
      [model]: t.prismaField({
        type: entity,
        description: `The ${entity} as it now stands.`,
        resolve: (query: object, payload: { id: number }) =>
          // biome-ignore lint/suspicious/noExplicitAny: one delegate of six, chosen by name.
          (prisma()[model] as any).findUniqueOrThrow({ ...query, where: { id: payload.id } }),
      }),
    }),
  });
  const done = (ctx: { memo: Map<string, unknown> }) => {
    if (entity === 'Category') forgetCategoryTree(ctx as never);
  };

  builder.relayMutationField(
    `create${entity}`,
    { description: `${an(entity)[0].toUpperCase()}${an(entity).slice(1)} to create.`, inputFields: (t) => fields(t as never, true) },
    {
      description: `Creates ${an(entity)} (needs \`admin\`). Records a \`${entity.toLowerCase()}.created\` event.`,
      authScopes: { admin: true },
      resolve: async (_root, { input }, ctx) => {
        const row = await createEntity(entity, decodeIds(input as Record<string, unknown>, ids), actorName(ctx.viewer));
        done(ctx);
        return row;
      },
    },
    payloadField('created') as never,
  );

  builder.relayMutationField(
    `update${entity}`,
    {
      description: `Changes to ${an(entity)}: fields left out stay as they are; null clears an optional one.`,
      inputFields: (t) => ({ id: t.id({ required: true, description: `Global ID of the ${entity}.` }), ...fields(t as never, false) }),
    },
    {
      description: `Updates ${an(entity)} (needs \`admin\`). Records a \`${entity.toLowerCase()}.updated\` event${entity === 'Category' ? ' (`category.moved` when the parent changes)' : ''}. An unknown ID is NOT_FOUND.`,
      authScopes: { admin: true },
      resolve: async (_root, { input }, ctx) => {
        const { id, ...rest } = input as Record<string, unknown>;
        let key: number;
        try {
          key = decodeIDOrThrow(String(id), entity);
        } catch (err) {
          throw fieldError('input.id', (err as Error).message);
        }
        const row = await updateEntity(entity, key, decodeIds(rest, ids), actorName(ctx.viewer));
        done(ctx);
        return row;
      },
    },
    payloadField('updated') as never,
  );
}
