/**
 * An edition's published returns as the site shows them: each unit's rows and photos
 * tied to the plan's units and items, totals overall and per category. Every record is
 * checked against the plan and report.yaml (unit, items, columns); a mistake is a
 * ContentProblem naming the file. Pure: takes the plan and plain entries. Part of the
 * content layer: the results page and the collect-report script read it, never the reverse.
 */
import type { ImageMetadata } from 'astro';
import { ContentError, type ContentProblem } from '../content-error';
import { contentDir as defaultContentDir } from '../content-dir';
import { localId } from '../editions';
import type { Category, Item, Plan, Unit } from './plan';
import type { ReportColumn } from './report-table';
import { collectionPath } from './collections';

/** A figure in a return's cell: a number, text, or empty. */
export type FigureValue = string | number | null;

/** Column totals of number columns over rows. */
export function columnTotals(columns: readonly ReportColumn[], rows: readonly { values: Record<string, FigureValue> }[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const c of columns) if (c.kind === 'number') totals[c.id] = rows.reduce((n, r) => n + (typeof r.values[c.id] === 'number' ? (r.values[c.id] as number) : 0), 0);
  return totals;
}

export interface ReturnsEntry {
  id: string;
  filePath?: string;
  data: {
    unit: string;
    table: string;
    rows: { item: number; values: Record<string, FigureValue> }[];
    photos: { file: ImageMetadata; caption: string; alt?: string; item?: number }[];
  };
}

export interface ResultRow {
  unit: Unit;
  item: Item;
  values: Record<string, FigureValue>;
}

export interface ResultPhoto {
  unit: Unit;
  item?: Item;
  image: ImageMetadata;
  caption: string;
  /** The alt text: the unit's description, else its caption. */
  alt: string;
}

export interface UnitResult {
  unit: Unit;
  rows: ResultRow[];
  photos: ResultPhoto[];
}

export interface EditionResults {
  columns: readonly ReportColumn[];
  numberColumns: readonly ReportColumn[];
  /** In the edition's unit order (plan.units). */
  units: UnitResult[];
  totals: Record<string, number>;
  categories: { category: Category; rows: ResultRow[]; totals: Record<string, number> }[];
  reported: Unit[];
  notReported: Unit[];
  byUnit(unit: Unit): UnitResult | undefined;
  forItem(item: Item): { rows: ResultRow[]; photos: ResultPhoto[] };
}

const sum = columnTotals;

/** undefined when the edition has no returns: the site then shows nothing of them. */
export function buildResults(
  plan: Plan,
  columns: readonly ReportColumn[],
  entries: readonly ReturnsEntry[],
  dir: string = defaultContentDir,
): EditionResults | undefined {
  if (entries.length === 0) return undefined;
  const problems: ContentProblem[] = [];
  const year = plan.edition.year;
  const columnIds = new Set(columns.map((c) => c.id));
  const results = new Map<Unit, UnitResult>();
  for (const entry of entries) {
    const file = entry.filePath ?? `${dir}/${collectionPath('returns', year)}${localId(entry)}.yaml`;
    const unit = plan.units.find((u) => u.id === entry.data.unit);
    if (!unit) {
      problems.push({ file, field: 'unit', value: `“${entry.data.unit}”不是${year}年度承担项目的单位`, allowed: `${plan.units.map((u) => u.id).join('、')} 之一` });
      continue;
    }
    if (localId(entry) !== unit.id) {
      problems.push({ file, field: 'unit', value: `文件名是 ${localId(entry)}，unit 却是 ${unit.id}`, allowed: '文件以单位 id 命名（npm run collect-report -- --publish 写出的就是）' });
    }
    const own = (n: number, field: string) => {
      const item = unit.items.find((i) => i.number === n);
      if (!item) problems.push({ file, field, value: `第${n}项不是${unit.name}承担的项目`, allowed: unit.items.map((i) => i.number).join('、') });
      return item;
    };
    const rows: ResultRow[] = [];
    entry.data.rows.forEach((row, i) => {
      const item = own(row.item, `rows[${i}].item`);
      for (const key of Object.keys(row.values)) {
        if (!columnIds.has(key)) problems.push({ file, field: `rows[${i}].values.${key}`, value: `没有 id 为 ${key} 的列`, allowed: `report.yaml 中的列：${[...columnIds].join('、')}` });
      }
      for (const c of columns) {
        const v = row.values[c.id];
        if (c.kind === 'number' && v !== null && v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
          problems.push({ file, field: `rows[${i}].values.${c.id}`, value: `“${v}”不是不小于0的整数`, allowed: '不小于0的整数，或留空（null）' });
        }
      }
      if (item) rows.push({ unit, item, values: row.values });
    });
    const photos = entry.data.photos.map((p, i) => ({
      unit,
      item: p.item === undefined ? undefined : own(p.item, `photos[${i}].item`),
      image: p.file,
      caption: p.caption,
      alt: p.alt ?? p.caption,
    }));
    rows.sort((a, b) => a.item.number - b.item.number);
    results.set(unit, { unit, rows, photos });
  }
  if (problems.length > 0) throw new ContentError(problems);

  const units = plan.units.flatMap((u) => (results.has(u) ? [results.get(u)!] : []));
  const numberColumns = columns.filter((c) => c.kind === 'number');
  const all = units.flatMap((u) => u.rows);
  return {
    columns,
    numberColumns,
    units,
    totals: sum(numberColumns, all),
    categories: plan.categories
      .map((category) => {
        const rows = all.filter((r) => r.item.category === category).sort((a, b) => a.item.number - b.item.number);
        return { category, rows, totals: sum(numberColumns, rows) };
      })
      .filter((c) => c.rows.length > 0),
    reported: units.map((u) => u.unit),
    notReported: plan.units.filter((u) => !results.has(u)),
    byUnit: (unit) => results.get(unit),
    forItem: (item) => ({
      rows: all.filter((r) => r.item === item),
      photos: units.flatMap((u) => u.photos.filter((p) => p.item === item)),
    }),
  };
}
