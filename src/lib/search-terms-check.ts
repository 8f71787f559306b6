/**
 * What content/search-terms.yaml may say about units, checked against one edition: every
 * id is a unit of content/units.yaml, and no name is given to two units. Kept apart from
 * the vocabulary's compiler (src/lib/search-vocabulary.ts, with its large libraries) so
 * the content check can run it in no time.
 */
import type { ContentProblem } from './content-error';
import { contentDir } from './content-dir';
import type { Plan } from './plan';
import { normaliseUnitName } from './unit-names';
import type { SearchTermsData } from '../schemas/search-terms';

export const searchTermsFile = `${contentDir}/search-terms.yaml`;

/** Each unit of the edition with every form people write its name in, and the problems. */
export function unitForms(
  plan: Plan,
  terms: SearchTermsData,
  registryIds: readonly string[],
  file: string = searchTermsFile,
): { forms: Map<string, Set<string>>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  /** Each unit of the edition: its name, then every other form people write. */
  const forms = new Map(plan.units.map((unit) => [unit.id, new Set(unit.names)]));
  const owner = new Map<string, string>();
  for (const unit of plan.units) for (const form of unit.names) owner.set(normaliseUnitName(form), unit.id);

  terms.units.forEach((entry, i) => {
    if (!registryIds.includes(entry.id)) {
      problems.push({
        file,
        field: `units[${i}].id`,
        value: `“${entry.id}”不是 content/units.yaml 中的单位`,
        allowed: `content/units.yaml 中某个单位的 id，如 ${registryIds.slice(0, 3).join('、')}`,
      });
      return;
    }
    const unitForms = forms.get(entry.id);
    if (!unitForms) return; // not a unit of this edition
    for (const kind of ['formal', 'former', 'colloquial'] as const) {
      for (const form of entry[kind]) {
        const taken = owner.get(normaliseUnitName(form));
        if (taken && taken !== entry.id) {
          problems.push({
            file,
            field: `units[${i}].${kind}`,
            value: `名称“${form}”已属于单位 ${taken}`,
            allowed: '每个名称只能属于一个单位：删去这个名称，或写在它所属单位的条目下',
          });
          continue;
        }
        owner.set(normaliseUnitName(form), entry.id);
        unitForms.add(normaliseUnitName(form));
      }
    }
  });
  return { forms, problems };
}
