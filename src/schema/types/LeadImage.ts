import {
  DEFAULT_RENDITION_WIDTHS,
  MAX_RENDITION_WIDTH,
  MAX_RENDITIONS,
  MIN_RENDITION_WIDTH,
  type Rendition,
  renditions,
} from '../../content/images.ts';
import { badInput } from '../../errors.ts';
import { LIMITS } from '../../writes/article-input.ts';
import type { StoredLeadImage } from '../../writes/article-state.ts';
import { builder } from '../builder.ts';

const FocalPoint = builder.objectRef<{ x: number; y: number }>('FocalPoint').implement({
  description: 'The point of an image to keep in view when it is cropped, as fractions of its width and height from the top left.',
  fields: (t) => ({
    x: t.exposeFloat('x', { description: 'From the left edge: 0 to 1.' }),
    y: t.exposeFloat('y', { description: 'From the top edge: 0 to 1.' }),
  }),
});

const ImageRendition = builder.objectRef<Rendition>('ImageRendition').implement({
  description: 'The image at one width, as served by the image CDN (IMAGE_URL_TEMPLATE).',
  fields: (t) => ({
    width: t.exposeInt('width', { description: 'Width in pixels.' }),
    height: t.exposeInt('height', { description: 'Height in pixels, keeping the aspect ratio.' }),
    url: t.exposeString('url', { description: 'Where this size is served.' }),
  }),
});

export const LeadImage = builder.objectRef<StoredLeadImage>('LeadImage').implement({
  description: 'The picture that leads an article in lists, apps and at the top of its page.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The original image.' }),
    alt: t.exposeString('alt', { description: 'Text alternative for readers who cannot see it.' }),
    caption: t.exposeString('caption', { nullable: true, description: 'Caption shown under it.' }),
    credit: t.exposeString('credit', { nullable: true, description: 'Who took or owns it.' }),
    width: t.exposeInt('width', { description: 'Width of the original in pixels.' }),
    height: t.exposeInt('height', { description: 'Height of the original in pixels.' }),
    focalPoint: t.field({
      type: FocalPoint,
      nullable: true,
      description: 'Where to crop around; null means the centre.',
      resolve: (i) => (i.focalX != null && i.focalY != null ? { x: i.focalX, y: i.focalY } : null),
    }),
    renditions: t.field({
      type: [ImageRendition],
      description: `The image at the widths asked for (default ${DEFAULT_RENDITION_WIDTHS.join(', ')}), smallest first; none is wider than the original.`,
      args: {
        widths: t.arg.intList({
          description: `1-${MAX_RENDITIONS} widths in pixels, each ${MIN_RENDITION_WIDTH}-${MAX_RENDITION_WIDTH}.`,
        }),
      },
      resolve: (image, { widths }) => {
        const asked = widths ?? DEFAULT_RENDITION_WIDTHS;
        if (!asked.length || asked.length > MAX_RENDITIONS || asked.some((w) => w < MIN_RENDITION_WIDTH || w > MAX_RENDITION_WIDTH)) {
          throw badInput(`\`widths\` takes 1-${MAX_RENDITIONS} widths of ${MIN_RENDITION_WIDTH}-${MAX_RENDITION_WIDTH} pixels.`, {
            argument: 'widths',
          });
        }
        return renditions(image, asked);
      },
    }),
  }),
});

const FocalPointInput = builder.inputType('FocalPointInput', {
  description: 'Where to crop around, as fractions of the width and height from the top left.',
  fields: (t) => ({
    x: t.float({ required: true, description: 'From the left edge: 0 to 1.' }),
    y: t.float({ required: true, description: 'From the top edge: 0 to 1.' }),
  }),
});

export const LeadImageInput = builder.inputType('LeadImageInput', {
  description: 'A lead image. Its dimensions are required, so apps can reserve the space before it loads.',
  fields: (t) => ({
    url: t.string({ required: true, description: `An http or https URL, at most ${LIMITS.url} characters.` }),
    alt: t.string({ required: true, description: 'Text alternative, 1-500 characters.' }),
    caption: t.string({ description: 'Caption, 1-1000 characters.' }),
    credit: t.string({ description: 'Credit line, 1-300 characters.' }),
    width: t.int({ required: true, description: `Width in pixels, 1-${LIMITS.imageSide}.` }),
    height: t.int({ required: true, description: `Height in pixels, 1-${LIMITS.imageSide}.` }),
    focalPoint: t.field({ type: FocalPointInput, description: 'Where to crop around; the centre when left out.' }),
  }),
});
