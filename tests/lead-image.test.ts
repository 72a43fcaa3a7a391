import { describe, expect, it, vi } from 'vitest';
import { leadImage } from '../src/writes/article-input.ts';
import { prisma, truncateAll, useCleanDb } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { createDraft, keyHeaders, newsroom } from './helpers/articles.ts';
import { seedDemo } from '../src/seed/demo.ts';

// Lead images: stored with their dimensions and focal point, public to read, with renditions at
// the widths a client asks for, addressed through IMAGE_URL_TEMPLATE.

vi.hoisted(() => {
  process.env.IMAGE_URL_TEMPLATE = 'https://cdn.example/fit?src={encodedUrl}&w={width}&h={height}';
});

useCleanDb();

const IMAGE = `query ($slug: String!, $widths: [Int!]) { article(slug: $slug) { leadImage { url alt caption credit width height focalPoint { x y } renditions(widths: $widths) { width height url } } } }`;

describe('lead images', () => {
  it('are public, with renditions through IMAGE_URL_TEMPLATE', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const url = 'https://img.example/photos/quay 1.jpg?v=2';
    const a = await createDraft(desk, n, {
      leadImage: { url, alt: 'The quay at dusk', credit: 'Staff', width: 3000, height: 2000, focalPoint: { x: 0.25, y: 0.75 } },
    });
    await graphql(`mutation ($id: ID!) { publishArticle(input: { id: $id }) { article { id } } }`, { id: a.id }, desk);
    const res = await graphql(IMAGE, { slug: a.slug, widths: [640, 320, 5000 - 1000, 640] });
    expect(res.errors).toBeUndefined();
    const enc = encodeURIComponent(new URL(url).href);
    expect(res.data.article.leadImage).toEqual({
      url: new URL(url).href,
      alt: 'The quay at dusk',
      caption: null,
      credit: 'Staff',
      width: 3000,
      height: 2000,
      focalPoint: { x: 0.25, y: 0.75 },
      renditions: [
        { width: 320, height: 213, url: `https://cdn.example/fit?src=${enc}&w=320&h=213` },
        { width: 640, height: 427, url: `https://cdn.example/fit?src=${enc}&w=640&h=427` },
        { width: 3000, height: 2000, url: `https://cdn.example/fit?src=${enc}&w=3000&h=2000` },
      ],
    });
    const defaults = await graphql(IMAGE, { slug: a.slug });
    expect(defaults.data.article.leadImage.renditions.map((r: { width: number }) => r.width)).toEqual([320, 640, 960, 1280, 1920]);
    for (const widths of [[], [8], [5000], Array(11).fill(100)]) {
      const bad = await graphql(IMAGE, { slug: a.slug, widths });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'widths' });
    }
  });

  it('lead every demo article, with dimensions', async () => {
    await truncateAll();
    await seedDemo(prisma);
    const rows = await prisma.article.findMany({ select: { slug: true, leadImage: true } });
    expect(rows.length).toBeGreaterThan(30);
    for (const { slug, leadImage: image } of rows) {
      const stored = image as { focalX: number; focalY: number } & Record<string, unknown>;
      expect(stored, slug).toMatchObject({
        width: expect.any(Number),
        height: expect.any(Number),
        url: expect.stringMatching(/^https:\/\//),
      });
      // What the seed stored passes the API's own validation.
      const { focalX, focalY, ...rest } = stored;
      expect(leadImage.safeParse({ ...rest, focalPoint: { x: focalX, y: focalY } }).success, slug).toBe(true);
    }
    const res = await graphql(`{ articles(first: 3) { edges { node { leadImage { width height renditions(widths: [400]) { url } } } } } }`);
    expect(res.errors).toBeUndefined();
    for (const { node } of res.data.articles.edges)
      expect(node.leadImage.renditions[0].url).toMatch(/^https:\/\/cdn\.example\/fit\?src=.*&w=400&h=\d+$/);
  });
});
