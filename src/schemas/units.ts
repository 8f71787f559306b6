import { z } from 'astro/zod';
import { positiveInteger, slug, text, textList } from './fields';

/**
 * The registry of responsible units, shared by every edition: content/units.yaml. A unit
 * keeps its id across years; `name` and `aliases` are what the first editions write, and
 * `renamed` gives the names from a given year on (units are renamed in reforms).
 */
export const unitSchema = z.object({
  id: slug(),
  name: text(),
  aliases: textList(0, '名称')
    .optional()
    .transform((list) => list ?? []),
  renamed: z
    .array(
      z.object({
        // The first edition (year) that uses the new name.
        from: positiveInteger(),
        name: text(),
        aliases: textList(0, '名称')
          .optional()
          .transform((list) => list ?? []),
      }),
    )
    .optional()
    .transform((list) => list ?? []),
});
