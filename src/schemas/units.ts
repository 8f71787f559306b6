import { z } from 'astro:content';
import { slug, text, textList } from './fields';

/** The registry of responsible units: content/units.yaml, one entry per unit. */
export const unitSchema = z.object({
  id: slug(),
  name: text(),
  aliases: textList(0, '名称').optional().transform((list) => list ?? []),
});
