/**
 * What the content check says is allowed when a value breaks a schema: Zod 4's error
 * customisation (an error map handed to `safeParse`), so each issue carries its Chinese
 * text from the start. The field types of fields.ts say it themselves (their issue's
 * `params.allowed`); this covers zod's own types (true/false, lists, groups of fields).
 */
import { z } from 'astro/zod';

const GROUP = '须为一组“字段: 值”，下一级的行缩进对齐';

const typeWords: Record<string, string> = {
  date: '须为日期，按“年-月-日”写，月和日各写两位',
  null: '须留空',
  boolean: '须为 true 或 false',
  array: '须为列表，每行以“- ”开头',
  object: GROUP,
  // Zod 4 names a record (a group of fields of any name) apart from an object.
  record: GROUP,
  string: '须为文字',
  number: '须为数字',
};

/** Zod's own wording, in Chinese, for what the map has no words of its own for. */
const zodChinese = z.locales.zhCN().localeError;

/** The error map of the content check: an issue's message is what is allowed. */
export const contentErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && typeWords[issue.expected]) return typeWords[issue.expected];
  if (issue.code === 'invalid_union') return '须为数字、文字或留空';
  const own = zodChinese(issue);
  const text = typeof own === 'string' ? own : own?.message;
  return `写法不对（${text ?? issue.code}）：照同一文件中其他条目的写法改`;
};
