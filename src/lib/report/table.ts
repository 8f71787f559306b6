/**
 * 附件2 统计表 as data: for one unit, a row per assigned item with the plan's facts
 * filled in, then the empty columns from content/report/columns.yaml. XLSX and CSV are
 * both written from this, so they cannot disagree.
 */
import type { Unit } from '../content/plan';
import { ui } from '../site';
import { fixedColumns, tableStatus, type ReportColumn } from '../content/report-table';

export { COLUMN_DEFAULTS, fixedColumns, tableStatus, type FixedColumn, type ReportColumn } from '../content/report-table';

const SOLE = ui.soleUnit;

/** The line under the table that the unit fills in by hand or in the file (参考格式, like statistical returns); the table ends there. */
export const SIGN_OFF = ['填报人：', '联系电话：', '填报日期：　　年　　月　　日'] as const;

export interface TableItem {
  number: number;
  title: string;
  category: { heading: string };
  units: readonly TableUnit[];
}
export interface TableUnit {
  id: string;
  name: string;
  items: readonly TableItem[];
}

export interface UnitTable<U extends TableUnit = Unit> {
  unit: U;
  /** “参考格式” while any fillable column is not yet official. */
  status: '参考格式' | '正式格式';
  title: string;
  headers: string[];
  widths: number[];
  /** Indexes of the columns where numbers go. */
  numberColumns: number[];
  rows: (string | number | null)[][];
}

/** What a table in 参考格式 says of itself, on the report page and in the workbooks' notes. */
export const DRAFT_NOTE = '方案没有附统计表的样式：由单位填写的各列是本网站拟定的参考格式，以办公室发布的正式格式为准。';

export function coUnits(item: TableItem, unit: TableUnit): string {
  const others = item.units.filter((u) => u !== unit).map((u) => u.name);
  return others.length ? others.join('、') : SOLE;
}

/** `tableName`: the edition's name of the table (content/<year>/report.yaml). */
export function unitTable<U extends TableUnit = Unit>(unit: U, columns: readonly ReportColumn[], tableName: string): UnitTable<U> {
  const status = tableStatus(columns);
  return {
    unit,
    status,
    title: `${tableName}${status === '参考格式' ? '（参考格式）' : ''}　填报单位：${unit.name}`,
    headers: [...fixedColumns.map((c) => c.label), ...columns.map((c) => c.label)],
    widths: [...fixedColumns.map((c) => c.width), ...columns.map((c) => c.width)],
    numberColumns: columns.flatMap((c, i) => (c.kind === 'number' ? [fixedColumns.length + i] : [])),
    rows: unit.items.map((item) => [
      unit.name,
      item.number,
      item.title,
      item.category.heading,
      coUnits(item, unit),
      ...columns.map(() => null),
    ]),
  };
}

/** Every column with its hint, for the 填表说明 sheet and the page. */
export function columnNotes(columns: readonly ReportColumn[]): { label: string; hint: string; source: string }[] {
  return [
    ...fixedColumns.map((c) => ({ label: c.label, hint: c.hint, source: '按方案自动填写' })),
    ...columns.map((c) => ({
      label: c.label,
      hint: c.hint + (c.kind === 'number' ? '（填不小于0的整数）' : '') + (c.required ? '（必填）' : ''),
      source: `由单位填写（${c.status}）`,
    })),
  ];
}
