import { builder } from '../builder.ts';
import { CreditRoleEnum } from './enums.ts';

builder.prismaObject('ArticleCredit', {
  name: 'Credit',
  description: 'A person credited on an article, with what they did.',
  // Select mode: a credit line reads its role and position, not the join row's publish-time copy,
  // which cost the feed's statement 7% of its time. Both are read always and resolve from the row
  // without Pothos' loaded-selection check (which a field with a `select` pays per row).
  select: { role: true, position: true },
  fields: (t) => ({
    role: t.field({ type: CreditRoleEnum, description: 'What the person did.', resolve: (c) => c.role }),
    position: t.int({ description: 'Order in the credit line, from 0.', resolve: (c) => c.position }),
    person: t.relation('person', { description: 'The credited person.' }),
  }),
});

export const CreditInput = builder.inputType('CreditInput', {
  description: "A person credited on an article; the list's order is the credit line's.",
  fields: (t) => ({
    personId: t.id({ required: true, description: 'Global ID of the person.' }),
    role: t.field({ type: CreditRoleEnum, required: true, description: 'What they did. A person may hold several roles, each once.' }),
  }),
});
