import { z } from 'astro:content';
import { nonNegativeInteger, oneOf, slug, text } from './fields';

const WIDTH = 'width 须为 4 到 80 之间的整数（Excel 列宽，约等于能放下的半角字符数）';

/**
 * One column of 附件2 统计表 that units fill in: content/report/columns.yaml, in order.
 * The fixed columns (填报单位, 项目编号, 项目名称, 所属类别, 协同单位) come from the plan.
 */
export const reportColumnsSchema = z.object({
  id: slug(),
  // The header text.
  label: text(30),
  kind: oneOf(['text', 'number'] as const)
    .optional()
    .transform((v) => v ?? 'text'),
  width: nonNegativeInteger()
    .refine((v) => v >= 4 && v <= 80, { message: WIDTH })
    .optional()
    .transform((v) => v ?? 14),
  hint: text()
    .optional()
    .transform((v) => v ?? ''),
  // 参考格式 until the office publishes the official layout.
  status: oneOf(['参考格式', '正式格式'] as const)
    .optional()
    .transform((v) => v ?? '参考格式'),
});
