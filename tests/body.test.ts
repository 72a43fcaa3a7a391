import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { countWords, deriveBody, WORDS_PER_MINUTE } from '../src/content/body.ts';

describe('article body', () => {
  it('derives word count and reading time from every text-bearing block', () => {
    const d = deriveBody([
      { type: 'heading', text: 'Rates on hold' },
      { type: 'paragraph', text: "The bank's board voted 7-2 to keep rates at 4.25%." },
      { type: 'quote', text: 'We are patient.', attribution: 'A governor' },
      { type: 'list', items: ['one item', 'two items'] },
      { type: 'image', url: 'https://images.example.com/a.jpg', alt: 'not counted', caption: 'Counted caption' },
    ]);
    expect(d.wordCount).toBe(3 + 10 + 3 + 4 + 2);
    expect(d.readingTimeMinutes).toBe(1);
    expect(d.body[3]).toEqual({ type: 'list', ordered: false, items: ['one item', 'two items'] });
  });

  it('rounds reading time up', () => {
    const words = Array.from({ length: WORDS_PER_MINUTE + 1 }, () => 'word').join(' ');
    expect(deriveBody([{ type: 'paragraph', text: words }]).readingTimeMinutes).toBe(2);
    expect(countWords('  ')).toBe(0);
  });

  it('rejects unknown block types, stray fields and empty text', () => {
    expect(() => deriveBody([{ type: 'video', url: 'https://x.example' }])).toThrow(ZodError);
    expect(() => deriveBody([{ type: 'paragraph', text: 'ok', html: '<b>' }])).toThrow(ZodError);
    expect(() => deriveBody([{ type: 'paragraph', text: '   ' }])).toThrow(ZodError);
    expect(() => deriveBody([{ type: 'image', url: 'javascript:alert(1)', alt: 'x' }])).toThrow(ZodError);
    expect(() => deriveBody('not a list')).toThrow(ZodError);
  });
});
