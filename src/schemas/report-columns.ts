import { z } from 'astro:content';
import { allowed } from './messages';

/**
 * One column of 附件2 统计表 that units fill in: content/report/columns.yaml, in order.
 * The fixed columns (项目编号, 项目名称, 所属类别, 协同单位) come from the plan, not from here.
 */
export const reportColumnsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: `id ${allowed.slug}` }),
  label: z
    .string({ message: `label ${allowed.nonEmptyText}（表头文字）` })
    .trim()
    .min(1, { message: `label ${allowed.nonEmptyText}（表头文字）` })
    .max(30, { message: 'label 最多 30 个字' }),
  kind: z.enum(['text', 'number'], { message: 'kind 只能是 text（文字）或 number（数字）' }).default('text'),
  width: z
    .number({ message: 'width 须为 4 到 80 之间的整数（Excel 列宽）' })
    .int({ message: 'width 须为 4 到 80 之间的整数（Excel 列宽）' })
    .min(4, { message: 'width 须为 4 到 80 之间的整数（Excel 列宽）' })
    .max(80, { message: 'width 须为 4 到 80 之间的整数（Excel 列宽）' })
    .default(14),
  hint: z.string().trim().default(''),
  status: z
    .enum(['参考格式', '正式格式'], { message: 'status 只能是“参考格式”或“正式格式”' })
    .default('参考格式'),
});
