// The check's words for a value of the wrong kind (src/schemas/errors.ts), on Zod 4's own
// types as the schemas use them: what an editor is told is allowed, never zod's English.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { contentErrors } from '../../../src/schemas/errors';

const told = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: contentErrors });
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.message);
};

describe('a value of the wrong kind', () => {
  it.each([
    ['true or false', z.boolean(), '是'],
    ['a list', z.array(z.string()), 'a'],
    ['a group of fields', z.object({ a: z.string() }), 'abc'],
    // Zod 4 calls this a record, not an object (published returns' `values`).
    ['a group of fields of any name', z.record(z.string(), z.number()), 'abc'],
    ['text', z.string(), 3],
    ['a number', z.number(), 'x'],
  ])('%s', (_, schema, value) => {
    const [message] = told(schema, value);
    expect(message).toMatch(/^须为/);
  });

  it('a group of fields of any name is told as a group of fields', () => {
    expect(told(z.record(z.string(), z.number()), 'abc')).toEqual(told(z.object({ a: z.string() }), 'abc'));
  });

  it('one of several kinds', () => {
    expect(told(z.union([z.string(), z.number(), z.null()]), true)).toEqual(['须为数字、文字或留空']);
  });

  it('anything else in zod’s Chinese, with what to do', () => {
    const [message] = told(z.string().min(3), 'ab');
    expect(message).toMatch(/^写法不对（.*[\u4e00-\u9fff].*）：照同一文件中其他条目的写法改$/);
  });
});
