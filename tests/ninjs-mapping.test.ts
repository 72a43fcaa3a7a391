import { describe, expect, it } from 'vitest';
import { formatCreditLine, isCreditLine, parseCreditLine } from '../src/ninjs/credits.ts';
import { blocksToHtml, htmlToBlocks } from '../src/ninjs/html.ts';
import { mapNinjs } from '../src/ninjs/map.ts';
import fixture from './fixtures/ninjs/eastmark-central-bank-ai.json' with { type: 'json' };

describe('the lead image of a wire item', () => {
  it('is taken from the widest rendition with dimensions, and left out without them', () => {
    const item = structuredClone(fixture) as Record<string, unknown>;
    expect(mapNinjs(item).leadImage).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'width' && k !== 'height')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    expect(mapNinjs({ ...item, associations: strip(item.associations) }).leadImage).toBeNull();
  });
});

describe('wire credit lines', () => {
  it.each([
    [
      'Reporting by Ilse Varga; Writing by Tomas Rydell; Editing by Maren Holt',
      [
        ['Ilse Varga', 'REPORTING'],
        ['Tomas Rydell', 'WRITING'],
        ['Maren Holt', 'EDITING'],
      ],
    ],
    [
      '(Reporting by Ilse Varga; Writing by Tomas RydellEditing by Maren Holt)',
      [
        ['Ilse Varga', 'REPORTING'],
        ['Tomas Rydell', 'WRITING'],
        ['Maren Holt', 'EDITING'],
      ],
    ],
    [
      'Reporting by Ilse Varga and Ola Brekke; Additional reporting by Pia Moen; Editing by Maren Holt.',
      [
        ['Ilse Varga', 'REPORTING'],
        ['Ola Brekke', 'REPORTING'],
        ['Pia Moen', 'REPORTING'],
        ['Maren Holt', 'EDITING'],
      ],
    ],
    [
      'By Ilse Varga, Tomas Rydell and Maren Holt',
      [
        ['Ilse Varga', 'AUTHOR'],
        ['Tomas Rydell', 'AUTHOR'],
        ['Maren Holt', 'AUTHOR'],
      ],
    ],
    [
      "Paulo Ferreira and Frances d'Amico",
      [
        ['Paulo Ferreira', 'AUTHOR'],
        ["Frances d'Amico", 'AUTHOR'],
      ],
    ],
    [
      'Writing by Tomas Rydell; Photography by Ola Brekke',
      [
        ['Tomas Rydell', 'WRITING'],
        ['Ola Brekke', 'PHOTOGRAPHY'],
      ],
    ],
  ])('reads "%s"', (line, expected) => {
    expect(parseCreditLine(line).map((c) => [c.name, c.role])).toEqual(expected);
  });

  it('writes a line that reads back the same', () => {
    const credits = parseCreditLine('Reporting by Ilse Varga and Ola Brekke; Writing by Tomas Rydell; Editing by Maren Holt');
    const line = formatCreditLine(credits);
    expect(line).toBe('Reporting by Ilse Varga and Ola Brekke; Writing by Tomas Rydell; Editing by Maren Holt');
    expect(parseCreditLine(line)).toEqual(credits);
    expect(formatCreditLine(parseCreditLine('By A One, B Two and C Three'))).toBe('By A One, B Two and C Three');
  });

  it('tells a credit line from story text', () => {
    expect(isCreditLine('(Reporting by Ilse Varga)')).toBe(true);
    expect(isCreditLine('Editing by Maren Holt')).toBe(true);
    expect(isCreditLine('Reporters said by Tuesday the bank would act.')).toBe(false);
  });
});

describe('HTML bodies', () => {
  it('reads paragraphs, headings, quotes, lists and figures into blocks, and writes them back', () => {
    const html = `<div><p>First  <b>bold</b><br>line.</p><h3>A heading</h3>
      <blockquote><p>We will act.</p><footer>— Annika Solberg</footer></blockquote>
      <ol><li>One</li><li>Two</li></ol>
      <figure><img src="https://img.example/a.jpg" alt="A bank" width="800" height="600"><figcaption>The bank.</figcaption></figure>
      <script>ignored()</script></div>`;
    const blocks = htmlToBlocks(html);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'First bold line.' },
      { type: 'heading', text: 'A heading', level: 3 },
      { type: 'quote', text: 'We will act.', attribution: 'Annika Solberg' },
      { type: 'list', ordered: true, items: ['One', 'Two'] },
      { type: 'image', url: 'https://img.example/a.jpg', alt: 'A bank', caption: 'The bank.', width: 800, height: 600 },
    ]);
    expect(htmlToBlocks(blocksToHtml(blocks))).toEqual(blocks);
    expect(blocksToHtml([{ type: 'paragraph', text: 'A < B & "C"' }])).toBe('<p>A &lt; B &amp; "C"</p>');
  });
});
