import { z } from 'astro:content';

/** The plan's own text around the items: content/plan/NN-*.mdx, in `order`. */
export const planSectionSchema = z.object({
  order: z.number().int().nonnegative(),
  // preamble: the plan's title and opening paragraph; theme: 活动主题;
  // items: where the categories and their items go; text: any other section.
  kind: z.enum(['preamble', 'theme', 'items', 'text'], {
    message: 'kind 只能是 preamble、theme、items 或 text',
  }),
  heading: z.string().trim().min(1),
  anchor: z.string().regex(/^[a-z][a-z0-9-]*$/),
});
