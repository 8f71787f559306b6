import { z } from 'astro:content';
import { allowed } from './messages';

/** The registry of responsible units: content/units.yaml, one entry per unit. */
export const unitSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: `id ${allowed.slug}` }),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
});
