import type { Unit } from './plan';

// Chinese readers expect names in pinyin order; ICU's zh-CN collation gives it.
const collator = new Intl.Collator('zh-CN');

/** Units sorted by name in pinyin order. */
export function unitsInPinyinOrder(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => collator.compare(a.name, b.name));
}

/** Units with the most items first; ties in pinyin order. */
export function unitsByWorkload(units: readonly Unit[]): Unit[] {
  return unitsInPinyinOrder(units).sort((a, b) => b.items.length - a.items.length);
}
