import { defineCollection } from 'astro:content';
import { contentFile, contentObject, editionDataFolder, editionFile, editionFolder } from './lib/content-loaders';
import { itemSchema } from './schemas/items';
import { categorySchema } from './schemas/categories';
import { unitSchema } from './schemas/units';
import { planSectionSchema } from './schemas/plan';
import { noticeSchema } from './schemas/notice';
import { sloganSchema } from './schemas/slogans';
import { reportSchema } from './schemas/report';
import { editionSchema, siteSchema } from './schemas/edition';
import { returnsSchema } from './schemas/returns';
import { searchTermsSchema } from './schemas/search-terms';

// Everything the office edits lives in content/; these schemas say what each file may hold.
// content/units.yaml and content/site.yaml are shared; the rest is one folder per year.
export const collections = {
  site: defineCollection({ loader: contentObject('site.yaml'), schema: siteSchema }),
  searchTerms: defineCollection({ loader: contentObject('search-terms.yaml'), schema: searchTermsSchema }),
  units: defineCollection({ loader: contentFile('units.yaml'), schema: unitSchema }),
  editions: defineCollection({ loader: editionFile('edition.yaml'), schema: editionSchema }),
  notice: defineCollection({ loader: editionFile('notice.mdx'), schema: noticeSchema }),
  plan: defineCollection({ loader: editionFolder('plan'), schema: planSectionSchema }),
  categories: defineCollection({ loader: editionFolder('categories'), schema: categorySchema }),
  items: defineCollection({ loader: editionFolder('items'), schema: itemSchema }),
  slogans: defineCollection({ loader: editionFolder('slogans'), schema: sloganSchema }),
  report: defineCollection({ loader: editionFile('report.yaml'), schema: reportSchema }),
  // What units reported, published with npm run collect-report -- --publish (none until then).
  returns: defineCollection({ loader: editionDataFolder('returns'), schema: returnsSchema }),
};
