import { builder } from '../builder.ts';

builder.prismaObject('KeyTakeaway', {
  description: "One bullet of an article's key takeaways.",
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The takeaway.' }),
    position: t.exposeInt('position', { description: 'Order in the list, from 0.' }),
  }),
});
