import { reference, z } from 'astro:content';
import { allowed } from './messages';

/** One action item of the plan: content/items/NN.mdx. */
export const itemSchema = z.object({
  number: z.number({ message: `number ${allowed.positiveInteger}` }).int().positive(),
  // The id of a file in content/categories/ (checked in src/lib/plan.ts: Astro 5 does not).
  category: reference('categories'),
  // A short label for lists and links, taken word for word from the item's first sentence.
  title: z.string({ message: `title ${allowed.nonEmptyText}` }).trim().min(1).max(60),
  // Unit names exactly as the item's 责任单位 line writes them, in the same order;
  // each must be a name or an alias in content/units.yaml.
  units: z
    .array(z.string().trim().min(1), { message: 'units 须为单位名称列表，每行一个“- 单位名称”' })
    .min(1, { message: 'units 至少要有一个责任单位' }),
});
