import { builder } from '../builder.ts';

export const Person = builder.prismaNode('Person', {
  description: 'A journalist credited on articles, or someone the news is about.',
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'URL key of the person, unique.' }),
    name: t.exposeString('name', { description: 'Full name as printed.' }),
    shortBio: t.exposeString('shortBio', { nullable: true, description: 'One or two sentences about the person.' }),
  }),
});
