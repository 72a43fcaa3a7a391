import { CreditRole, MentionRole, OrganizationKind, PlaceKind } from '../../generated/prisma/enums.ts';
import { builder } from '../builder.ts';

export const CreditRoleEnum = builder.enumType(CreditRole, {
  name: 'CreditRole',
  description: 'What a credited person did for an article.',
  values: {
    AUTHOR: { description: 'Wrote the article under their byline.' },
    REPORTING: { description: 'Gathered the facts ("Reporting by").' },
    WRITING: { description: 'Wrote the text from the reporting ("Writing by").' },
    EDITING: { description: 'Edited the article ("Editing by").' },
    PHOTOGRAPHY: { description: 'Took the photographs.' },
  },
});

export const MentionRoleEnum = builder.enumType(MentionRole, {
  name: 'MentionRole',
  description: 'The part an entity plays in the story.',
  values: {
    SUBJECT: { description: 'The story is about it.' },
    QUOTED: { description: 'A source the story quotes.' },
    MENTIONED: { description: 'Named in passing.' },
  },
});

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of body an organisation is.',
  values: {
    NEWS_AGENCY: { description: 'A wire or news agency.' },
    COMPANY: { description: 'A business.' },
    GOVERNMENT: { description: 'A government body, ministry or office.' },
    NON_PROFIT: { description: 'A charity, foundation or association.' },
    INTERNATIONAL: { description: 'An international or intergovernmental body.' },
    OTHER: { description: 'Anything else.' },
  },
});

export const PlaceKindEnum = builder.enumType(PlaceKind, {
  name: 'PlaceKind',
  description: 'What kind of place a place is.',
  values: {
    CITY: { description: 'A city or town.' },
    REGION: { description: 'A region, state or province.' },
    COUNTRY: { description: 'A country.' },
    OTHER: { description: 'Anything else.' },
  },
});
