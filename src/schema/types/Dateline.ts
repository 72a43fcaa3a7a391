import type { Organization, Place } from '../../generated/prisma/client.ts';
import { builder } from '../builder.ts';
import { Organization as OrganizationRef } from './Organization.ts';
import { Place as PlaceRef } from './Place.ts';

export const Dateline = builder.objectRef<{ place: Place | null; agency: Organization | null }>('Dateline');

Dateline.implement({
  description: 'Where the story was filed from and the wire agency that filed it, as in "LONDON (Agency) -".',
  fields: (t) => ({
    place: t.field({ type: PlaceRef, nullable: true, description: 'The place the story was filed from.', resolve: (d) => d.place }),
    agency: t.field({ type: OrganizationRef, nullable: true, description: 'The wire agency.', resolve: (d) => d.agency }),
    text: t.string({
      description: 'The dateline as printed, for example "LONDON (Northwire)".',
      resolve: (d) => [d.place?.name.toUpperCase(), d.agency ? `(${d.agency.name})` : null].filter(Boolean).join(' '),
    }),
  }),
});

export const DatelineInput = builder.inputType('DatelineInput', {
  description: 'Where the story was filed from and the agency that filed it.',
  fields: (t) => ({
    placeId: t.id({ description: 'Global ID of the place.' }),
    agencyId: t.id({ description: 'Global ID of the wire agency (an Organization).' }),
  }),
});
