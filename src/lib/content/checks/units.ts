/**
 * The unit registry (content/units.yaml) in one edition's year: every name and alias of
 * that year points at exactly one unit, and no id is a report file's name.
 */
import type { ContentProblem } from '../../content-error';
import { reservedReportNames, type EditionPaths } from '../../paths';
import { normaliseUnitName, unitForms } from '../../unit-names';
import type { Entry, Unit } from '../plan';
import { inListOrder } from '../collections';

/** A registry entry's name and aliases in a given year: the latest renaming up to that year. */
export function namesInYear(data: Entry<'units'>['data'], year: string): { name: string; aliases: string[] } {
  const rename = [...(data.renamed ?? [])].filter((r) => r.from <= Number(year)).sort((a, b) => a.from - b.from).pop();
  return rename ? { name: rename.name, aliases: rename.aliases ?? [] } : { name: data.name, aliases: data.aliases ?? [] };
}

/** The registry's units with the year's names (no items yet), each name to its unit, and the problems. */
export function unitRegistry(
  entries: readonly Entry<'units'>[],
  year: string,
  paths: EditionPaths,
  unitsFile: string,
): { registry: Unit[]; unitByName: Map<string, Unit>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const unitByName = new Map<string, Unit>();
  const registry: Unit[] = inListOrder(entries).map((entry) => {
    const file = entry.filePath ?? unitsFile;
    const { name, aliases } = namesInYear(entry.data, year);
    const unit: Unit = {
      id: entry.id,
      name,
      aliases,
      names: unitForms({ name, aliases }),
      url: paths.unit(entry.id),
      items: [],
      soleItems: [],
      sharedItems: [],
    };
    if ((reservedReportNames as readonly string[]).includes(entry.id)) {
      problems.push({
        file,
        field: `${entry.id}.id`,
        value: `“${entry.id}”是报送文件的名称（如 ${entry.id}.xlsx），用作单位 id 会与它冲突`,
        allowed: `另取一个 id（不能是 ${reservedReportNames.join('、')}）`,
      });
    }
    for (const form of unit.names) {
      const taken = unitByName.get(normaliseUnitName(form));
      if (taken) {
        problems.push({
          file,
          field: `${entry.id}.name/aliases`,
          value: `名称“${form}”已属于单位 ${taken.id}（${year}年）`,
          allowed: '每个名称（含简称）只能属于一个单位',
        });
      } else {
        unitByName.set(normaliseUnitName(form), unit);
      }
    }
    return unit;
  });
  return { registry, unitByName, problems };
}
