/**
 * An edition's items (content/<year>/items/): each one's category and units exist, its
 * text carries its own number, title and units; the numbers run 1..N without repeats or gaps.
 */
import type { ContentProblem } from '../../content-error';
import { localId } from '../../editions';
import type { EditionPaths } from '../../paths';
import { closest } from '../../suggest';
import { normaliseUnitName } from '../../unit-names';
import type { Category, Entry, Item, Unit } from '../plan';

/** The 责任单位 note that ends an item's text: （责任单位：A、B） with either kind of bracket. */
export const UNITS_LINE = /[（(]责任单位：([^（）()]+)[）)]$/;

/** The 责任单位 list at the end of an item's text, as written; null when there is none. */
export function unitsLineOf(body: string): string[] | null {
  const match = body.trim().match(UNITS_LINE);
  return match ? match[1].split('、').map((name) => name.trim()) : null;
}

const fileOf = (entry: { filePath?: string }, fallback: string) => entry.filePath ?? fallback;
const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join('、');

export interface ItemContext {
  year: string;
  /** content/<year>, for messages. */
  dir: string;
  unitsFile: string;
  paths: EditionPaths;
  categories: readonly Category[];
  unitByName: ReadonlyMap<string, Unit>;
  allUnitNames: readonly string[];
}

/** The items tied to their category and units (those with a category), and every problem of each item. */
export function readItems(entries: readonly Entry<'items'>[], context: ItemContext): { items: Item[]; problems: ContentProblem[] } {
  const { year, dir, unitsFile, paths, categories, unitByName, allUnitNames } = context;
  const problems: ContentProblem[] = [];
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const items: Item[] = [];
  for (const entry of entries) {
    const file = fileOf(entry, `${dir}/items/${localId(entry)}`);
    const { number, title } = entry.data;
    const body = (entry.body ?? '').trim();

    const category = categoryById.get(entry.data.category);
    if (!category) {
      problems.push({
        file,
        field: 'category',
        value: `“${entry.data.category}”不是已有的类别`,
        suggestion: closest(entry.data.category, categories.map((c) => c.id)),
        allowed: `${quoted(categories.map((c) => c.id))}（${dir}/categories/ 下的文件名）`,
      });
    }

    const resolved: Unit[] = [];
    for (const name of entry.data.units) {
      const unit = unitByName.get(normaliseUnitName(name));
      if (!unit) {
        // A near miss gets its suggestion instead of the whole list of names.
        const suggestion = closest(name, allUnitNames);
        problems.push({
          file,
          field: 'units',
          value: `“${name}”不在单位名录中`,
          suggestion,
          allowed: suggestion
            ? `${unitsFile} 中登记的${year}年名称或简称（共 ${allUnitNames.length} 个）`
            : `${unitsFile} 中登记的${year}年名称或简称：${allUnitNames.join('、')}`,
        });
      } else if (resolved.includes(unit)) {
        problems.push({
          file,
          field: 'units',
          value: `单位 ${unit.name} 列了两次（“${name}”）`,
          allowed: '每个责任单位只列一次',
        });
      } else {
        resolved.push(unit);
      }
    }

    if (body === '') {
      problems.push({ file, field: '正文', value: '正文是空的', allowed: '该项的原文，以“编号.”开头，以“（责任单位：……）”结尾' });
    } else {
      if (!body.startsWith(`${number}.`)) {
        problems.push({
          file,
          field: 'number',
          value: `number 是 ${number}，正文却以“${body.slice(0, 4)}”开头`,
          allowed: `正文以“${number}.”开头，与 number 一致`,
        });
      }
      if (!body.includes(title)) {
        problems.push({
          file,
          field: 'title',
          value: `“${title}”不在该项原文中`,
          allowed: '从该项原文中逐字摘取的一段（通常是第一句），不另拟标题',
        });
      }
      const written = unitsLineOf(body);
      if (!written) {
        problems.push({
          file,
          field: '正文',
          value: '正文末尾没有“（责任单位：……）”',
          allowed: '照原文保留该项末尾的责任单位括注',
        });
      } else if (written.join('、') !== entry.data.units.join('、')) {
        problems.push({
          file,
          field: 'units',
          value: `units 是 ${quoted(entry.data.units)}，正文的责任单位是 ${quoted(written)}`,
          allowed: '两者一致（名称、顺序都相同）',
        });
      }
    }

    if (category) {
      items.push({
        number,
        id: localId(entry),
        title,
        url: paths.item(number),
        category,
        units: resolved,
        unitNamesAsWritten: entry.data.units,
        entry,
      });
    }
  }
  return { items, problems };
}

/** Numbering runs 1..N without repeats or gaps, whatever N is. */
export function numberingProblems(entries: readonly Entry<'items'>[], dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = new Map<number, Entry<'items'>[]>();
  for (const entry of entries) {
    byNumber.set(entry.data.number, [...(byNumber.get(entry.data.number) ?? []), entry]);
  }
  for (const [number, found] of byNumber) {
    if (found.length > 1) {
      problems.push({
        file: found.map((e) => fileOf(e, e.id)).join('、'),
        field: 'number',
        value: `编号 ${number} 重复出现 ${found.length} 次`,
        allowed: '每个编号只用一次',
      });
    }
  }
  const count = entries.length;
  for (let n = 1; n <= count; n++) {
    if (!byNumber.has(n)) {
      problems.push({
        file: `${dir}/items/`,
        field: 'number',
        value: `共 ${count} 项，但没有编号为 ${n} 的一项`,
        allowed: `编号从 1 到 ${count} 连续，不跳号`,
      });
    }
  }
  for (const number of byNumber.keys()) {
    if (number > count) {
      problems.push({
        file: byNumber.get(number)!.map((e) => fileOf(e, e.id)).join('、'),
        field: 'number',
        value: `编号 ${number} 超出了项目总数 ${count}`,
        allowed: `编号从 1 到 ${count} 连续，不跳号`,
      });
    }
  }
  return problems;
}
