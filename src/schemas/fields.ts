/**
 * Field types for the content schemas whose errors tell an editor what was found and
 * what is allowed. Astro replaces zod's own type-error messages with generic English
 * ones, so each check here is a refinement: its message reaches the build output as is.
 */
import { z } from 'astro/zod';
import { closest, didYouMean } from '../lib/suggest';

const shown = (value: unknown) => (value === undefined ? '（未填写）' : JSON.stringify(value));

function checked<T>(test: (value: unknown) => boolean, allowed: string) {
  return z.unknown().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: 'custom', message: `${allowed}；现在是 ${shown(value)}`, params: { allowed, value: shown(value) } });
  }) as unknown as z.ZodType<T>;
}

/** A whole number from 1 up. */
export const positiveInteger = () =>
  checked<number>((v) => typeof v === 'number' && Number.isInteger(v) && v > 0, '须为正整数，例如 3');

/** A whole number from 0 up. */
export const nonNegativeInteger = () =>
  checked<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0, '须为 0 或正整数，例如 2');

/** Text that is not empty, at most `max` characters when given. */
export const text = (max?: number) =>
  checked<string>(
    (v) => typeof v === 'string' && v.trim() !== '' && (max === undefined || [...v.trim()].length <= max),
    max === undefined ? '须为非空文字' : `须为非空文字，不超过 ${max} 个字`,
  ).transform((v) => v.trim());

/** A list of non-empty texts, at least `min` of them. */
export const textList = (min: number, what: string) =>
  checked<string[]>(
    (v) => Array.isArray(v) && v.length >= min && v.every((s) => typeof s === 'string' && s.trim() !== ''),
    `须为${what}列表，至少 ${min} 个，每行写“- ${what}”`,
  ).transform((list) => list.map((s) => s.trim()));

/** An ASCII identifier for URLs. */
export const slug = () =>
  checked<string>(
    (v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
    '只能用小写英文字母、数字和连字符，例如 market-regulation',
  );

/** A date written year-month-day, without a time of day (YAML reads it as midnight UTC). */
export const isoDate = () =>
  checked<Date>(
    (v) => v instanceof Date && !Number.isNaN(v.getTime()) && v.getTime() % 86_400_000 === 0,
    '须为日期（不写时刻），按“年-月-日”写，月和日各写两位（如 9 月 1 日写作 年份-09-01）',
  );

/** One of a fixed set of words; a near miss is told the word it was probably meant to be. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.unknown().superRefine((v, ctx) => {
    if (typeof v === 'string' && values.includes(v)) return;
    const near = typeof v === 'string' ? closest(v, values) : undefined;
    const allowed = `只能是 ${values.join('、')} 之一`;
    ctx.addIssue({
      code: 'custom',
      message: `${allowed}；现在是 ${shown(v)}${near ? `，${didYouMean(near)}` : ''}`,
      params: { allowed, value: shown(v), suggestion: near },
    });
  }) as unknown as z.ZodType<T[number]>;
