import { z } from 'astro/zod';
import { nonNegativeInteger, oneOf, slug, text } from './fields';

/** The plan's own text around the items: content/plan/NN-*.mdx, in `order`. */
export const planSectionSchema = z.object({
  order: nonNegativeInteger(),
  // preamble: the plan's title and opening paragraph; theme: 活动主题;
  // items: where the categories and their items go; text: any other section.
  kind: oneOf(['preamble', 'theme', 'items', 'text'] as const),
  heading: text(),
  anchor: slug(),
});
