/**
 * Editions: one a year, each in content/<year>/. Pure helpers shared by the loaders, the
 * model and the scripts.
 */

/** The glob of an edition's folder name: a four-digit year. */
export const EDITION_FOLDER = '[0-9][0-9][0-9][0-9]';

/** The edition an entry id belongs to: `2024/01` → `2024`. */
export const editionOf = (entry: { id: string }): string => entry.id.split('/')[0];

/** An entry's own name within its edition: `2024/01` → `01`. */
export const localId = (entry: { id: string }): string => entry.id.split('/').slice(1).join('/') || entry.id;

/** Editions newest first. */
export const newestFirst = (years: Iterable<string>): string[] => [...new Set(years)].sort((a, b) => b.localeCompare(a));

/**
 * The moment a deadline has passed: the end of its day in Beijing time (UTC+8), since the
 * plans give a day (“下班前”), not a clock time. Returned as epoch milliseconds.
 */
export function deadlineEnd(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day + 24 * 3600_000 - 8 * 3600_000;
}

export const isPastDeadline = (date: Date, now: number = Date.now()): boolean => now >= deadlineEnd(date);

/**
 * The moment the site is built, which decides what a built page says about deadlines.
 * QM_BUILD_TIME (an ISO date) sets it, so a test can build the site as of an earlier day.
 */
export function buildTime(): number {
  const set = typeof process !== 'undefined' ? process.env?.QM_BUILD_TIME : undefined;
  const at = set ? Date.parse(set) : Number.NaN;
  return Number.isNaN(at) ? Date.now() : at;
}
