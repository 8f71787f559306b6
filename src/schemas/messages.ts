// Older wording helpers; new schemas use the field types in ./fields.ts.
export const allowed = {
  positiveInteger: '须为正整数，例如 3',
  nonEmptyText: '须为非空文字',
  slug: '只能用小写英文字母、数字和连字符，例如 market-regulation',
  date: '须为日期，写作 2024-08-30',
} as const;
