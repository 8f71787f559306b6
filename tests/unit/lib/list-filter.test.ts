import { describe, expect, it } from 'vitest';
import { filterEntries } from '../../../src/lib/list-filter';

const texts = ['区水务局', '区市场监管局 区市场监督管理局', '区文化和旅游局 区文旅局'];

describe('filterEntries', () => {
  it('keeps all for an empty query', () => {
    expect(filterEntries('  ', texts)).toEqual([true, true, true]);
  });
  it('keeps entries containing the typed part of a name', () => {
    expect(filterEntries('水务', texts)).toEqual([true, false, false]);
    expect(filterEntries('文旅', texts)).toEqual([false, false, true]);
  });
  it('ignores spaces inside a name and needs every word', () => {
    expect(filterEntries('市场 监管', texts)).toEqual([false, true, false]);
    expect(filterEntries('市场 水务', texts)).toEqual([false, false, false]);
  });
});
