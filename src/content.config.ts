import { defineCollection } from 'astro:content';
import { contentFile, contentFolder } from './lib/content-loaders';
import { itemSchema } from './schemas/items';
import { categorySchema } from './schemas/categories';
import { unitSchema } from './schemas/units';
import { planSectionSchema } from './schemas/plan';
import { noticeSchema } from './schemas/notice';
import { sloganSchema } from './schemas/slogans';
import { reportColumnsSchema } from './schemas/report-columns';

// Everything the office edits lives in content/; these schemas say what each file may hold.
export const collections = {
  notice: defineCollection({ loader: contentFolder('notice'), schema: noticeSchema }),
  plan: defineCollection({ loader: contentFolder('plan'), schema: planSectionSchema }),
  categories: defineCollection({ loader: contentFolder('categories'), schema: categorySchema }),
  items: defineCollection({ loader: contentFolder('items'), schema: itemSchema }),
  units: defineCollection({ loader: contentFile('units.yaml'), schema: unitSchema }),
  slogans: defineCollection({ loader: contentFolder('slogans'), schema: sloganSchema }),
  reportColumns: defineCollection({ loader: contentFile('report/columns.yaml'), schema: reportColumnsSchema }),
};
