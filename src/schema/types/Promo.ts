import { builder } from '../builder.ts';

builder.prismaObject('Promo', {
  description: 'A promotional slot a page shows beside the article.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Text of the promotion.' }),
    url: t.exposeString('url', { description: 'Where it links to.' }),
    description: t.exposeString('description', { nullable: true, description: 'A line of detail.' }),
  }),
});
