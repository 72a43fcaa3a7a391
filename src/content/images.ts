import { env } from '../env.ts';

// Renditions of an image through an image CDN's URL template (IMAGE_URL_TEMPLATE), e.g.
// `{url}?w={width}`: the gateway never resizes images itself, it only says where each size is.

export const DEFAULT_RENDITION_WIDTHS = [320, 640, 960, 1280, 1920];
export const MAX_RENDITIONS = 10;
export const MIN_RENDITION_WIDTH = 16;
export const MAX_RENDITION_WIDTH = 4096;

export interface Rendition {
  width: number;
  height: number;
  url: string;
}

export function renditionUrl(template: string, image: { url: string }, width: number, height: number): string {
  const values: Record<string, string> = {
    url: image.url,
    encodedUrl: encodeURIComponent(image.url),
    width: String(width),
    height: String(height),
  };
  return template.replace(/\{(url|encodedUrl|width|height)\}/g, (_, key: string) => values[key]);
}

/**
 * One rendition per width asked for, in ascending order, never wider than the original (a wider
 * request gives the original width once); heights keep the original's aspect ratio.
 */
export function renditions(
  image: { url: string; width: number; height: number },
  widths: readonly number[],
  template = env().IMAGE_URL_TEMPLATE,
): Rendition[] {
  const fitted = [...new Set(widths.map((w) => Math.min(w, image.width)))].sort((a, b) => a - b);
  return fitted.map((width) => {
    const height = Math.max(1, Math.round((width * image.height) / image.width));
    return { width, height, url: renditionUrl(template, image, width, height) };
  });
}
