import type { Organization, Person, Place } from '../../generated/prisma/client.ts';
import { builder } from '../builder.ts';
import { MentionRoleEnum } from './enums.ts';
import { Organization as OrganizationRef } from './Organization.ts';
import { Person as PersonRef } from './Person.ts';
import { Place as PlaceRef } from './Place.ts';

export interface MentionShape {
  role: 'SUBJECT' | 'QUOTED' | 'MENTIONED';
  position: number;
  entity: Person | Organization | Place;
  entityType: 'Person' | 'Organization' | 'Place';
}

const typeOf = new WeakMap<object, 'Person' | 'Organization' | 'Place'>();

export const MentionedEntity = builder.unionType('MentionedEntity', {
  description: 'Something a story is about or names: a person, an organisation or a place.',
  types: [PersonRef, OrganizationRef, PlaceRef],
  resolveType: (entity) => typeOf.get(entity)!,
});

export const Mention = builder.objectRef<MentionShape>('Mention');

Mention.implement({
  description: 'A person, organisation or place the story is about, quotes or names.',
  fields: (t) => ({
    role: t.field({ type: MentionRoleEnum, description: 'The part it plays in the story.', resolve: (m) => m.role }),
    position: t.int({ description: 'Order among mentions of its kind, from 0.', resolve: (m) => m.position }),
    entity: t.field({
      type: MentionedEntity,
      description: 'What is mentioned.',
      resolve: (m) => {
        typeOf.set(m.entity, m.entityType);
        return m.entity;
      },
    }),
  }),
});

export const MentionInput = builder.inputType('MentionInput', {
  description: 'A person, organisation or place the story is about, quotes or names; order among each kind is kept.',
  fields: (t) => ({
    entityId: t.id({ required: true, description: 'Global ID of a Person, Organization or Place, each at most once.' }),
    role: t.field({ type: MentionRoleEnum, defaultValue: 'MENTIONED', description: 'The part it plays in the story.' }),
  }),
});
