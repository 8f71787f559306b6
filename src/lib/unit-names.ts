/**
 * How a written name finds its unit, one rule for the site: a unit answers to its name
 * and each alias, compared without spaces (and as NFC, so a name pasted from another
 * program still matches). Used by the plan model (src/lib/content/plan.ts), the office's folder
 * check (src/lib/report/unit-match.ts) and the search page (src/components/search/model.ts).
 * Pure, and small enough for the browser.
 */
export interface NamedUnit {
  name: string;
  aliases: readonly string[];
}

/** The name first, then every other form. */
export const unitForms = (unit: NamedUnit): string[] => [unit.name, ...unit.aliases];

/** A name as it is compared: NFC, no whitespace anywhere. */
export const normaliseUnitName = (name: string): string => name.normalize('NFC').replace(/\s+/g, '');

export interface MatchOptions {
  /** A prefix a short form may leave out, e.g. 区 (文旅局 for 区文旅局). */
  optionalPrefix?: string;
}

/** The unit whose name or alias `written` is; undefined when none is. */
export function matchUnitName<U extends NamedUnit>(written: string, units: readonly U[], options: MatchOptions = {}): U | undefined {
  const q = normaliseUnitName(written);
  if (q === '') return undefined;
  const { optionalPrefix } = options;
  return units.find((unit) =>
    unitForms(unit).some((form) => {
      const f = normaliseUnitName(form);
      return f === q || (optionalPrefix !== undefined && f === optionalPrefix + q);
    }),
  );
}
