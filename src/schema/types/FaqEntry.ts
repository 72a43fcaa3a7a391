import { builder } from '../builder.ts';

builder.prismaObject('FaqEntry', {
  description: "A question and its answer from an article's FAQ.",
  fields: (t) => ({
    question: t.exposeString('question', { description: 'The question.' }),
    answer: t.exposeString('answer', { description: 'The answer, plain text.' }),
    position: t.exposeInt('position', { description: 'Order in the FAQ, from 0.' }),
  }),
});

export const FaqEntryInput = builder.inputType('FaqEntryInput', {
  description: 'A question and its answer.',
  fields: (t) => ({
    question: t.string({ required: true, description: 'The question, 1-300 characters.' }),
    answer: t.string({ required: true, description: 'The answer, 1-5000 characters of plain text (line breaks allowed).' }),
  }),
});
