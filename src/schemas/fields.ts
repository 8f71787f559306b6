/**
 * Field types for the content schemas whose errors tell an editor what was found and
 * what is allowed. Astro replaces zod's own type-error messages with generic English
 * ones, so each check here is a refinement: its message reaches the build output as is.
 */
import { z } from 'astro/zod';
import { closest, didYouMean } from '../lib/suggest';

const shown = (value: unknown) => (value === undefined ? '（未填写）' : JSON.stringify(value));

/**
 * A field's rule in JSON Schema, for the editors (src/schemas/json-schema.ts writes the
 * files). Kept beside the check it describes, so the two are written once, side by side.
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of each field type made here. A custom check alone would come out of
 * Zod's JSON Schema conversion as `{}`, “anything”; json-schema.ts puts these in its place.
 * A refinement of a field (`between`, `matching`) registers its own, built on its field's.
 */
export const fieldJsonSchemas = z.registry<JsonSchema>();

/** Registers `json` (with the text of what is allowed) as the JSON Schema of `schema`. */
function described<S extends z.ZodType>(schema: S, json: JsonSchema, allowed: string): S {
  fieldJsonSchemas.add(schema, { ...json, description: allowed, markdownDescription: allowed, errorMessage: allowed });
  return schema;
}

/** The JSON Schema registered for `schema` or, through its transforms (a pipe's input), for the field it is built on. */
export function fieldJsonSchema(schema: z.ZodType): JsonSchema | undefined {
  const own = fieldJsonSchemas.get(schema);
  if (own) return own;
  return schema instanceof z.ZodPipe ? fieldJsonSchema(schema.in as z.ZodType) : undefined;
}

function checked<T>(test: (value: unknown) => boolean, allowed: string, json: JsonSchema) {
  return described(
    z.unknown().superRefine((value, ctx) => {
      if (!test(value))
        ctx.addIssue({ code: 'custom', message: `${allowed}；现在是 ${shown(value)}`, params: { allowed, value: shown(value) } });
    }),
    json,
    allowed,
  ) as unknown as z.ZodType<T>;
}

/** Text with at least one character that is not a space (what `trim() !== ''` accepts). */
const NOT_BLANK = '\\S';

/** A whole number from 1 up. */
export const positiveInteger = () =>
  checked<number>((v) => typeof v === 'number' && Number.isInteger(v) && v > 0, '须为正整数，例如 3', { type: 'integer', minimum: 1 });

/** A whole number from 0 up. */
export const nonNegativeInteger = () =>
  checked<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0, '须为 0 或正整数，例如 2', {
    type: 'integer',
    minimum: 0,
  });

/** Text that is not empty, at most `max` characters when given. */
export const text = (max?: number) =>
  checked<string>(
    (v) => typeof v === 'string' && v.trim() !== '' && (max === undefined || [...v.trim()].length <= max),
    max === undefined ? '须为非空文字' : `须为非空文字，不超过 ${max} 个字`,
    { type: 'string', pattern: NOT_BLANK, ...(max === undefined ? {} : { maxLength: max }) },
  ).transform((v) => v.trim());

/** A list of non-empty texts, at least `min` of them. */
export const textList = (min: number, what: string) =>
  checked<string[]>(
    (v) => Array.isArray(v) && v.length >= min && v.every((s) => typeof s === 'string' && s.trim() !== ''),
    `须为${what}列表，至少 ${min} 个，每行写“- ${what}”`,
    { type: 'array', minItems: min, items: { type: 'string', pattern: NOT_BLANK } },
  ).transform((list) => list.map((s) => s.trim()));

/** An ASCII identifier for URLs. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = () =>
  checked<string>((v) => typeof v === 'string' && SLUG.test(v), '只能用小写英文字母、数字和连字符，例如 market-regulation', {
    type: 'string',
    pattern: SLUG.source,
  });

/** A date written year-month-day, without a time of day (YAML reads it as midnight UTC). */
export const isoDate = () =>
  checked<Date>(
    (v) => v instanceof Date && !Number.isNaN(v.getTime()) && v.getTime() % 86_400_000 === 0,
    '须为日期（不写时刻），按“年-月-日”写，月和日各写两位（如 9 月 1 日写作 年份-09-01）',
    // As an editor reads YAML, `2024-09-01` is text; JSON Schema's date format is that text.
    { type: 'string', format: 'date' },
  );

/** One of a fixed set of words; a near miss is told the word it was probably meant to be. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => {
  const allowed = `只能是 ${values.join('、')} 之一`;
  return described(
    z.unknown().superRefine((v, ctx) => {
      if (typeof v === 'string' && values.includes(v)) return;
      const near = typeof v === 'string' ? closest(v, values) : undefined;
      ctx.addIssue({
        code: 'custom',
        message: `${allowed}；现在是 ${shown(v)}${near ? `，${didYouMean(near)}` : ''}`,
        params: { allowed, value: shown(v), suggestion: near },
      });
    }),
    { type: 'string', enum: [...values] },
    allowed,
  ) as unknown as z.ZodType<T[number]>;
};

/** A number field limited to `min`…`max`; `message` says so when a value is outside. */
export const between = (field: z.ZodType<number>, min: number, max: number, message: string) =>
  described(
    field.refine((v) => v >= min && v <= max, { message }),
    { ...fieldJsonSchema(field), minimum: min, maximum: max },
    message,
  );

/** A text field that must also match `pattern`; `message` says so when it does not. */
export const matching = (field: z.ZodType<string, unknown>, pattern: RegExp, message: string) => {
  const base = fieldJsonSchema(field);
  return described(
    field.refine((v) => pattern.test(v), { message }),
    { ...base, pattern: pattern.source },
    [base?.description, message].filter(Boolean).join('；'),
  );
};
