import { z } from 'zod';

// An article body is an ordered list of typed blocks, stored as JSONB and validated here on
// every write. Word count and reading time are derived from it, never typed by hand.

const text = z.string().trim().min(1).max(20_000);

export const paragraphBlock = z.object({ type: z.literal('paragraph'), text }).strict();
export const headingBlock = z
  .object({ type: z.literal('heading'), text: text.max(300), level: z.number().int().min(2).max(4).default(2) })
  .strict();
export const quoteBlock = z.object({ type: z.literal('quote'), text, attribution: z.string().trim().min(1).max(300).optional() }).strict();
export const listBlock = z
  .object({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(text).min(1).max(100) })
  .strict();
export const imageBlock = z
  .object({
    type: z.literal('image'),
    url: z.url({ protocol: /^https?$/ }),
    alt: z.string().trim().min(1).max(500),
    caption: z.string().trim().min(1).max(1000).optional(),
    credit: z.string().trim().min(1).max(300).optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
  })
  .strict();

export const bodyBlock = z.discriminatedUnion('type', [paragraphBlock, headingBlock, quoteBlock, listBlock, imageBlock]);
export const articleBody = z.array(bodyBlock).max(500);

export type BodyBlock = z.infer<typeof bodyBlock>;
export type BodyBlockInput = z.input<typeof bodyBlock>;

/** Reading speed used for readingTimeMinutes: a common figure for adults reading news. */
export const WORDS_PER_MINUTE = 230;

/** The reader-visible text of a body, block by block, as the full-text index sees it. */
export function bodyText(blocks: readonly BodyBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        out.push(block.text);
        break;
      case 'quote':
        out.push(block.text);
        break;
      case 'list':
        out.push(...block.items);
        break;
      case 'image':
        if (block.caption) out.push(block.caption);
        break;
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

/** Validates a body and derives the figures stored beside it. Throws a ZodError on bad input. */
export function deriveBody(input: unknown): { body: BodyBlock[]; wordCount: number; readingTimeMinutes: number } {
  const body = articleBody.parse(input);
  const wordCount = bodyText(body).reduce((sum, t) => sum + countWords(t), 0);
  return { body, wordCount, readingTimeMinutes: readingTimeMinutes(wordCount) };
}
