import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/lib/suggest';

const units = ['区市场监管局', '区水务局', '区文化和旅游局', '区文旅局', '区公安局', '区总工会'];

describe('closest', () => {
  it.each([
    ['区市场监督管理局', '区市场监管局'],
    ['市场监管局', '区市场监管局'],
    ['区水物局', '区水务局'],
    ['区文旅游局', '区文旅局'],
  ])('%s → %s', (written, expected) => {
    expect(closest(written, units)).toBe(expected);
  });

  it('suggests nothing for a name that is not a slip of any', () => {
    expect(closest('区知识产权保护局', units)).toBeUndefined();
    expect(closest('教育局', units)).toBeUndefined();
    expect(closest('', units)).toBeUndefined();
  });

  it('works for words too (slogan scopes, category files)', () => {
    expect(closest('nationl', ['district', 'national'])).toBe('national');
    expect(closest('key-sector', ['outline', 'publicity', 'key-sectors'])).toBe('key-sectors');
  });

  it('takes two swapped neighbours for one slip (field names)', () => {
    expect(closest('titel', ['number', 'category', 'title', 'units'])).toBe('title');
    expect(closest('catgeory', ['number', 'category', 'title', 'units'])).toBe('category');
    expect(closest('eltit', ['number', 'category', 'title', 'units'])).toBeUndefined();
  });
});
