/**
 * Did-you-mean for content mistakes: the allowed value nearest to what was written, when
 * it is near enough to be a slip (区市场监督管理局 → 区市场监管局, 区水物局 → 区水务局,
 * nationl → national). Edit distance from `fastest-levenshtein`; pure, no Astro.
 */
import { distance } from 'fastest-levenshtein';

/** Two neighbouring characters swapped (titel → title), which edit distance counts as two slips. */
function swapped(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return false;
  const diff = x.flatMap((c, i) => (c === y[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}

/** The candidate nearest to `written`, or undefined when none is close. */
export function closest(written: string, candidates: readonly string[]): string | undefined {
  const value = written.normalize('NFC').trim();
  if (value === '') return undefined;
  // A slip changes a few characters: up to a third of the longer word, at least one.
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of new Set(candidates)) {
    if (candidate === value) return undefined;
    const d = distance(value, candidate);
    const limit = Math.max(1, Math.floor(Math.max([...value].length, [...candidate].length) / 3));
    if ((d <= limit || swapped(value, candidate)) && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}

/** The words a problem adds when there is a near miss: 是不是要写“区市场监管局”？ */
export const didYouMean = (candidate: string) => `是不是要写“${candidate}”？`;
