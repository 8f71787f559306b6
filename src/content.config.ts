import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { itemSchema } from './schemas/items';
import { categorySchema } from './schemas/categories';
import { unitSchema } from './schemas/units';
import { planSectionSchema } from './schemas/plan';
import { noticeSchema } from './schemas/notice';
import { reportColumnsSchema } from './schemas/report-columns';
import { contentDir } from './lib/content-dir';

const markdown = '**/[^_]*.{md,mdx}';

export const collections = {
  notice: defineCollection({ loader: glob({ pattern: markdown, base: `${contentDir}/notice` }), schema: noticeSchema }),
  plan: defineCollection({ loader: glob({ pattern: markdown, base: `${contentDir}/plan` }), schema: planSectionSchema }),
  categories: defineCollection({ loader: glob({ pattern: markdown, base: `${contentDir}/categories` }), schema: categorySchema }),
  items: defineCollection({ loader: glob({ pattern: markdown, base: `${contentDir}/items` }), schema: itemSchema }),
  units: defineCollection({ loader: file(`${contentDir}/units.yaml`), schema: unitSchema }),
  reportColumns: defineCollection({ loader: file(`${contentDir}/report/columns.yaml`), schema: reportColumnsSchema }),
};
