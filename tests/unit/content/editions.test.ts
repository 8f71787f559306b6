// The pure rules of editions: their order, and when a deadline has passed (Beijing time).
import { describe, expect, it } from 'vitest';
import { deadlineEnd, isPastDeadline, newestFirst } from '../../../src/lib/editions';

describe('deadlines', () => {
  // YAML reads `date: 2024-10-09` as midnight UTC.
  const day = new Date('2024-10-09');

  it('end with their day in Beijing time', () => {
    expect(deadlineEnd(day)).toBe(Date.parse('2024-10-10T00:00:00+08:00'));
  });

  it('have not passed in the last second of the day in Beijing, have in the first of the next', () => {
    expect(isPastDeadline(day, Date.parse('2024-10-09T23:59:59+08:00'))).toBe(false);
    expect(isPastDeadline(day, Date.parse('2024-10-10T00:00:00+08:00'))).toBe(true);
    // Whatever the reader's own time zone: the moment is the same.
    expect(isPastDeadline(day, Date.parse('2024-10-09T11:59:59-04:00'))).toBe(false);
    expect(isPastDeadline(day, Date.parse('2024-10-09T12:00:00-04:00'))).toBe(true);
  });
});

describe('editions', () => {
  it('come newest first, each once', () => {
    expect(newestFirst(['2024', '2026', '2025', '2024'])).toEqual(['2026', '2025', '2024']);
  });
});
