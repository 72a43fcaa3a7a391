import { builder } from '../builder.ts';

export const Category = builder.prismaNode('Category', {
  description: 'A section of the site, in a tree (for example Finance > Banking).',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the category, unique.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the section covers.' }),
  }),
});
