import { z } from 'astro:content';
import { allowed } from './messages';

/** Longest slogan, in characters, that every poster size still sets at a readable size. */
export const SLOGAN_MAX_LENGTH = 40;

/**
 * One slogan (附件1 活动口号, or a theme) shown on /slogans/ and rendered as posters:
 * content/slogans/<id>.md. The file name is the id used in the poster URLs.
 */
export const sloganSchema = z.object({
  // Word for word from the source; phrases separated by one space, where posters break lines.
  text: z
    .string({ message: `text ${allowed.nonEmptyText}` })
    .trim()
    .min(1, { message: `text ${allowed.nonEmptyText}` })
    .max(SLOGAN_MAX_LENGTH, { message: `text 最多 ${SLOGAN_MAX_LENGTH} 个字（含空格），更长的口号在海报上字会太小` })
    .regex(/^\S+( \S+)*$/, { message: 'text 须为一行文字，词组之间只用一个半角空格分隔，不能换行' }),
  order: z.number({ message: `order ${allowed.positiveInteger}` }).int().positive(),
  // district: 滨海新区的主题或口号; national: 全国的.
  scope: z.enum(['district', 'national'], { message: 'scope 只能是 district（滨海新区）或 national（全国）' }),
  // Which slogan it is, as the source names it, e.g. 2024年滨海新区“质量月”活动主题.
  label: z
    .string({ message: `label ${allowed.nonEmptyText}，例如 2024年全国“质量月”活动主题` })
    .trim()
    .min(1, { message: `label ${allowed.nonEmptyText}，例如 2024年全国“质量月”活动主题` })
    .max(40, { message: 'label 最多 40 个字' }),
});

export type SloganData = z.infer<typeof sloganSchema>;
