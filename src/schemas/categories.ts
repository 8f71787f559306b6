import { z } from 'astro/zod';
import { positiveInteger, text } from './fields';

/** One of the plan's categories （一）…（五）: content/categories/<slug>.md. */
export const categorySchema = z.object({
  order: positiveInteger(),
  // The heading exactly as the source prints it, ordinal included: “（一）扎实推进……”.
  heading: text(),
  // A few characters for tight places (filters, breadcrumbs); not official text.
  shortTitle: text(12),
});
