import { z } from 'astro/zod';
import { text } from './fields';

/** One year's settings: content/<year>/edition.yaml. The year is the folder's name. */
export const editionSchema = z.object({
  // Short name for the header, the posters and page titles.
  name: text(40),
  // The plan's full title.
  fullName: text(),
  // The edition home's description for search engines and sharing.
  description: text(),
  // The line at the foot of every page of this edition.
  footer: text(),
  // true once the month is over and the office marks the edition as past; any edition
  // older than the newest is past anyway.
  past: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
  // A few words of the plan's paragraph on slogans and posters, which the slogans page
  // quotes word for word; leave out when the plan has none.
  slogansMarker: text().optional(),
  // What the slogans page says about where the full list of slogans is, when this site
  // does not have it (the office's words, shown as written).
  slogansNote: text().optional(),
  // true: the results page lists which units have reported and which not (报送情况).
  // Off unless the office turns it on.
  showReportStatus: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});

const YEAR = '须为四位数字的年份，加英文引号';

/** The site as a whole, across editions: content/site.yaml. */
export const siteSchema = z.object({
  name: text(40),
  // The district's name, for labels such as the scope of a slogan.
  district: text(20),
  // The edition published at the site's root before editions existed: its old page
  // addresses (/items/9/) lead to their place under the year (/2024/items/9/).
  rootEdition: z
    .string({ error: YEAR })
    .regex(/^\d{4}$/, { error: YEAR })
    .meta({ description: YEAR, markdownDescription: YEAR, errorMessage: YEAR })
    .optional(),
  // The example in the search boxes.
  searchExample: text(30),
  description: text(),
});

export type EditionData = z.infer<typeof editionSchema>;
export type SiteData = z.infer<typeof siteSchema>;
