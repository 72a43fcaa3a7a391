import { builder } from '../builder.ts';

builder.prismaObject('FaqEntry', {
  description: 'A question and its answer from an article\'s FAQ.',
  fields: (t) => ({
    question: t.exposeString('question', { description: 'The question.' }),
    answer: t.exposeString('answer', { description: 'The answer, plain text.' }),
    position: t.exposeInt('position', { description: 'Order in the FAQ, from 0.' }),
  }),
});
