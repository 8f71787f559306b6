import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { positiveInteger, slug, text } from './fields';

/**
 * A unit's published return: content/<year>/returns/<unit-id>.yaml, written by
 * `npm run collect-report -- --publish` (src/lib/returns/record.ts), with its photos
 * beside it. The figures and captions are the unit's, as it wrote them.
 */
export const returnsSchema = ({ image }: SchemaContext) =>
  z.object({
    // The unit's id in content/units.yaml; the file is named after it.
    unit: slug(),
    // The table file the figures were read from.
    table: text(),
    rows: z.array(
      z.object({
        // The item's number in this edition's plan.
        item: positiveInteger(),
        // By column id (report.yaml): numbers, text, or null when left empty.
        values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
      }),
    ),
    photos: z
      .array(
        z.object({
          file: image(),
          // As the unit wrote it in 说明.txt.
          caption: text(),
          // What the photo shows (照片描述.txt); without it the caption stands in.
          alt: text().optional(),
          // The item it shows, when known.
          item: positiveInteger().optional(),
        }),
      )
      .optional()
      .transform((v) => v ?? []),
  });

export type ReturnsData = z.infer<ReturnType<typeof returnsSchema>>;
