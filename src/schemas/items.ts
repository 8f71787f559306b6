import { reference, z } from 'astro:content';
import { positiveInteger, text, textList } from './fields';

/** One action item of the plan: content/items/NN.mdx. */
export const itemSchema = z.object({
  number: positiveInteger(),
  // The id of a file in content/categories/ (checked in src/lib/plan.ts: Astro 5 does not).
  category: reference('categories'),
  // A short label for lists and links, taken word for word from the item's first sentence.
  title: text(60),
  // Unit names exactly as the item's 责任单位 line writes them, in the same order;
  // each must be a name or an alias in content/units.yaml.
  units: textList(1, '单位名称'),
});
