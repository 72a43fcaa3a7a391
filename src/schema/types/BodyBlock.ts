import type { z } from 'zod';
import type { headingBlock, imageBlock, listBlock, paragraphBlock, quoteBlock } from '../../content/body.ts';
import { builder } from '../builder.ts';

// The article body as typed blocks; the stored JSON was validated by src/content/body.ts.

const Paragraph = builder.objectRef<z.infer<typeof paragraphBlock>>('ParagraphBlock').implement({
  description: 'A paragraph of plain text.',
  fields: (t) => ({ text: t.exposeString('text', { description: 'The paragraph text.' }) }),
});

const Heading = builder.objectRef<z.infer<typeof headingBlock>>('HeadingBlock').implement({
  description: 'A subheading inside the body.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The heading text.' }),
    level: t.exposeInt('level', { description: 'Heading level, 2 to 4 (the headline is level 1).' }),
  }),
});

const Quote = builder.objectRef<z.infer<typeof quoteBlock>>('QuoteBlock').implement({
  description: 'A quotation set apart from the text.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The quoted words.' }),
    attribution: t.exposeString('attribution', { nullable: true, description: 'Who said it.' }),
  }),
});

const List = builder.objectRef<z.infer<typeof listBlock>>('ListBlock').implement({
  description: 'A bulleted or numbered list.',
  fields: (t) => ({
    ordered: t.exposeBoolean('ordered', { description: 'True for a numbered list.' }),
    items: t.exposeStringList('items', { description: 'The list items, in order.' }),
  }),
});

const Image = builder.objectRef<z.infer<typeof imageBlock>>('ImageBlock').implement({
  description: 'An image inside the body.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Address of the image file.' }),
    alt: t.exposeString('alt', { description: 'Text alternative for readers who cannot see it.' }),
    caption: t.exposeString('caption', { nullable: true, description: 'Caption shown under the image.' }),
    credit: t.exposeString('credit', { nullable: true, description: 'Who took or owns the image.' }),
    width: t.exposeInt('width', { nullable: true, description: 'Width in pixels, when known.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Height in pixels, when known.' }),
  }),
});

const refs = { paragraph: Paragraph, heading: Heading, quote: Quote, list: List, image: Image };

export const BodyBlock = builder.unionType('BodyBlock', {
  description: 'One block of an article body.',
  types: [Paragraph, Heading, Quote, List, Image],
  resolveType: (block) => refs[(block as { type: keyof typeof refs }).type],
});
