/** Which registered unit a folder name means: its name, an alias (src/lib/unit-names.ts) or its id. Pure. */
import { matchUnitName, normaliseUnitName as norm, unitForms } from '../unit-names';

export interface RegisteredUnit {
  id: string;
  name: string;
  aliases: string[];
}

export function matchUnit<U extends RegisteredUnit>(folder: string, units: readonly U[]): U | undefined {
  const id = norm(folder).toLowerCase();
  return matchUnitName(folder, units) ?? units.find((u) => u.id === id);
}

/** Units whose names contain the folder name or are contained in it, or share most characters. */
export function suggestUnits(folder: string, units: readonly RegisteredUnit[]): string[] {
  const f = norm(folder);
  if (!f) return [];
  const scored = units
    .map((u) => {
      const names = unitForms(u).map(norm);
      if (names.some((n) => n.includes(f) || f.includes(n))) return { u, score: 1 };
      const best = Math.max(
        ...names.map((n) => {
          const chars = new Set(n.replace(/^区/, ''));
          const shared = [...new Set(f.replace(/^区/, ''))].filter((c) => chars.has(c)).length;
          return shared / Math.max(chars.size, 1);
        }),
      );
      return { u, score: best };
    })
    .filter((s) => s.score >= 0.6)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, 3).map((s) => s.u.name);
}
