import { z } from 'astro:content';
import { allowed } from './messages';

/** One of the plan's categories （一）…（五）: content/categories/<slug>.md. */
export const categorySchema = z.object({
  order: z.number({ message: `order ${allowed.positiveInteger}` }).int().positive(),
  // The heading exactly as the source prints it, ordinal included: “（一）扎实推进……”.
  heading: z.string().trim().min(1),
  // A few characters for tight places (filters, breadcrumbs); not official text.
  shortTitle: z.string().trim().min(1).max(12),
});
