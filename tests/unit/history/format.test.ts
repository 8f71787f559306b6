import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/format';

describe('formatDate', () => {
  it('writes a moment as its day in China time', () => {
    expect(formatDate(new Date('2030-09-03T23:30:00Z'))).toBe('2030年9月4日');
    expect(formatDate(new Date('2030-09-03T15:59:59Z'))).toBe('2030年9月3日');
  });
  it('keeps a date-only field (UTC midnight) on its own day', () => {
    expect(formatDate(new Date('2030-08-30'))).toBe('2030年8月30日');
  });
});
