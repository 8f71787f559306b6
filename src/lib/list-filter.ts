/**
 * The rule behind type-to-filter (src/components/ListFilter.astro): an entry stays when
 * every word typed appears in its text, compared as unit names are (NFC, no spaces).
 * Pure and tiny, for the browser.
 */
import { normaliseUnitName, unitForms, type NamedUnit } from './unit-names';

/** For each entry text, whether it matches `query`; an empty query keeps all. */
export function filterEntries(query: string, texts: readonly string[]): boolean[] {
  const words = query
    .normalize('NFC')
    .split(/[\s,，、]+/)
    .map(normaliseUnitName)
    .filter(Boolean);
  return texts.map((text) => {
    const t = normaliseUnitName(text);
    return words.every((w) => t.includes(w));
  });
}

/** The attributes that make a row of a unit list filterable by every name the unit answers to. */
export const unitFilterAttributes = (unit: NamedUnit) => ({
  'data-filter-item': '',
  'data-filter-text': unitForms(unit).join(' '),
});
