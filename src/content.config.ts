import { defineCollection } from 'astro:content';
import { loaderFor } from './lib/content/loaders';
import { collectionSpecs as c } from './lib/content/collections';

// Each collection's files and schema are listed once, in src/lib/content/collections.ts, which
// the content check (npm run check) reads too; here they become Astro's collections.
export const collections = {
  site: defineCollection({ loader: loaderFor(c.site.source), schema: c.site.schema }),
  searchTerms: defineCollection({ loader: loaderFor(c.searchTerms.source), schema: c.searchTerms.schema }),
  units: defineCollection({ loader: loaderFor(c.units.source), schema: c.units.schema }),
  editions: defineCollection({ loader: loaderFor(c.editions.source), schema: c.editions.schema }),
  notice: defineCollection({ loader: loaderFor(c.notice.source), schema: c.notice.schema }),
  plan: defineCollection({ loader: loaderFor(c.plan.source), schema: c.plan.schema }),
  categories: defineCollection({ loader: loaderFor(c.categories.source), schema: c.categories.schema }),
  items: defineCollection({ loader: loaderFor(c.items.source), schema: c.items.schema }),
  slogans: defineCollection({ loader: loaderFor(c.slogans.source), schema: c.slogans.schema }),
  report: defineCollection({ loader: loaderFor(c.report.source), schema: c.report.schema }),
  returns: defineCollection({ loader: loaderFor(c.returns.source), schema: c.returns.schema }),
};
