import { z } from 'astro/zod';
import { COLUMN_DEFAULTS } from '../lib/content/report-table';
import { between, isoDate, nonNegativeInteger, oneOf, positiveInteger, slug, text, textList } from './fields';

const WIDTH = 'width 须为 4 到 80 之间的整数（Excel 列宽，约等于能放下的半角字符数）';

/**
 * One column of 附件2 统计表 that units fill in, in order. The fixed columns (填报单位,
 * 项目编号, 项目名称, 所属类别, 协同单位) come from the plan.
 */
export const reportColumnSchema = z.object({
  id: slug(),
  // The header text.
  label: text(30),
  kind: oneOf(['text', 'number'] as const)
    .optional()
    .transform((v) => v ?? COLUMN_DEFAULTS.kind),
  width: between(nonNegativeInteger(), 4, 80, WIDTH)
    .optional()
    .transform((v) => v ?? COLUMN_DEFAULTS.width),
  hint: text()
    .optional()
    .transform((v) => v ?? COLUMN_DEFAULTS.hint),
  // 参考格式 until the office publishes the official layout.
  status: oneOf(['参考格式', '正式格式'] as const)
    .optional()
    .transform((v) => v ?? COLUMN_DEFAULTS.status),
  // true: a return must not leave this column's cells empty (collect-report checks it).
  required: z
    .boolean()
    .optional()
    .transform((v) => v ?? COLUMN_DEFAULTS.required),
});

/**
 * One edition's reporting requirement (the plan's 活动要求 on reporting) and its statistics
 * table: content/<year>/report.yaml. Every figure the report page, the unit pages, the
 * tables and both photo checkers use comes from here.
 */
export const reportSchema = z.object({
  // A few words of the plan's paragraph that states the requirement; pages quote that paragraph.
  sourceMarker: text(),
  // How the quote is cited, e.g. 方案“三、活动要求”第（三）项.
  sourceRef: text(),
  deadline: z.object({
    // As the source writes it.
    text: text(),
    // The last day (Beijing time); from the next day on the kit says 已截止.
    date: isoDate(),
  }),
  recipient: text(),
  recipientLocation: text().optional(),
  contents: textList(1, '报送内容'),
  photos: z.object({
    min: nonNegativeInteger(),
    max: positiveInteger(),
    minLongSide: positiveInteger(),
    minShortSide: positiveInteger(),
  }),
  captionMaxLength: positiveInteger(),
  table: z.object({
    name: text(),
    date: isoDate(),
  }),
  columns: z.array(reportColumnSchema),
});

export type ReportColumnData = z.infer<typeof reportColumnSchema>;
export type ReportData = z.infer<typeof reportSchema>;
