import { z } from 'astro/zod';
import { positiveInteger, slug, text, textList } from './fields';

/** One action item of the plan: content/<year>/items/NN.mdx. */
export const itemSchema = z.object({
  number: positiveInteger(),
  // The name of a file in the edition's categories/ folder, without .md (checked in src/lib/content/checks/items.ts).
  category: slug(),
  // A short label for lists and links, taken word for word from the item's first sentence.
  title: text(60),
  // Unit names exactly as the item's 责任单位 line writes them, in the same order;
  // each must be a name or an alias in content/units.yaml for this edition's year.
  units: textList(1, '单位名称'),
});
