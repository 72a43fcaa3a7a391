import { escapeAttribute, escapeText } from 'entities';
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { BodyBlockInput } from '../content/body.ts';

// Wire bodies arrive as HTML (ninjs body_html, or bodies with contenttype text/html); articles
// keep typed blocks. htmlparser2 is forgiving of the fragments wire systems send; this walks its
// tree into blocks and writes blocks back as plain, escaped HTML.

const WRAPPERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'header', 'span']);

/** The text of a node with runs of whitespace (and <br>) as single spaces. */
export function textOf(nodes: ChildNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (isText(n)) out += n.data;
    else if (isTag(n)) out += n.name === 'br' ? ' ' : textOf(n.children);
  }
  return out.replace(/\s+/gu, ' ').trim();
}

const children = (el: Element, name: string) => el.children.filter((c): c is Element => isTag(c) && c.name === name);

function image(el: Element, caption?: string): BodyBlockInput | null {
  const src = el.attribs.src;
  const alt = el.attribs.alt?.trim() || caption;
  if (!src || !alt) return null;
  const size = (v?: string) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return { type: 'image', url: src, alt, caption, width: size(el.attribs.width), height: size(el.attribs.height) };
}

function walk(nodes: ChildNode[], out: BodyBlockInput[]): void {
  for (const n of nodes) {
    if (isText(n)) {
      const text = n.data.replace(/\s+/gu, ' ').trim();
      if (text) out.push({ type: 'paragraph', text });
      continue;
    }
    if (!isTag(n)) continue;
    const name = n.name.toLowerCase();
    if (WRAPPERS.has(name)) walk(n.children, out);
    else if (name === 'p') {
      const text = textOf(n.children);
      if (text) out.push({ type: 'paragraph', text });
    } else if (/^h[1-6]$/.test(name)) {
      out.push({ type: 'heading', text: textOf(n.children), level: Math.min(4, Math.max(2, Number(name[1]))) });
    } else if (name === 'blockquote') {
      const cite = [...children(n, 'footer'), ...children(n, 'cite')];
      const attribution = cite.length ? textOf(cite).replace(/^[—–-]\s*/u, '') : undefined;
      out.push({ type: 'quote', text: textOf(n.children.filter((c) => !cite.includes(c as Element))), attribution });
    } else if (name === 'ul' || name === 'ol') {
      out.push({
        type: 'list',
        ordered: name === 'ol',
        items: children(n, 'li')
          .map((li) => textOf(li.children))
          .filter(Boolean),
      });
    } else if (name === 'figure') {
      const img = children(n, 'img')[0];
      const caption = textOf(children(n, 'figcaption').flatMap((f) => f.children)) || undefined;
      const block = img && image(img, caption);
      if (block) out.push(block);
    } else if (name === 'img') {
      const block = image(n);
      if (block) out.push(block);
    }
  }
}

export function htmlToBlocks(html: string): BodyBlockInput[] {
  const out: BodyBlockInput[] = [];
  walk(parseDocument(html).children, out);
  return out;
}

/** Plain text: a paragraph per blank-line-separated chunk (per line when there are none). */
export function textToBlocks(text: string): { type: 'paragraph'; text: string }[] {
  const chunks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return chunks
    .map((c) => c.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .map((t) => ({ type: 'paragraph' as const, text: t }));
}

/** Items of the first list in an HTML fragment (key takeaways). */
export function htmlListItems(html: string): string[] {
  const blocks = htmlToBlocks(html);
  const list = blocks.find((b) => b.type === 'list');
  return list && list.type === 'list' ? list.items : blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);
}

/** Question/answer pairs of a <dl> (dt, then dd). */
export function htmlDefinitions(html: string): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      if (n.name !== 'dl') visit(n.children);
      else {
        let q: string | undefined;
        for (const c of n.children) {
          if (!isTag(c)) continue;
          if (c.name === 'dt') q = textOf(c.children);
          else if (c.name === 'dd' && q) {
            out.push({ question: q, answer: textOf(c.children) });
            q = undefined;
          }
        }
      }
    }
  };
  visit(parseDocument(html).children);
  return out;
}

const t = (s: string) => escapeText(s);
const a = (s: string) => escapeAttribute(s);

export function blocksToHtml(blocks: readonly BodyBlockInput[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${t(b.text)}</p>`;
        case 'heading':
          return `<h${b.level ?? 2}>${t(b.text)}</h${b.level ?? 2}>`;
        case 'quote':
          return `<blockquote><p>${t(b.text)}</p>${b.attribution ? `<footer>${t(b.attribution)}</footer>` : ''}</blockquote>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          return `<${tag}>${b.items.map((i) => `<li>${t(i)}</li>`).join('')}</${tag}>`;
        }
        case 'image': {
          const size = `${b.width ? ` width="${b.width}"` : ''}${b.height ? ` height="${b.height}"` : ''}`;
          return `<figure><img src="${a(b.url)}" alt="${a(b.alt)}"${size}>${b.caption ? `<figcaption>${t(b.caption)}</figcaption>` : ''}</figure>`;
        }
        default:
          return '';
      }
    })
    .join('\n');
}

export const listHtml = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${t(i)}</li>`).join('')}</ul>`;
export const definitionsHtml = (pairs: readonly { question: string; answer: string }[]) =>
  `<dl>${pairs.map((p) => `<dt>${t(p.question)}</dt><dd>${t(p.answer)}</dd>`).join('')}</dl>`;
