/**
 * One unit's filled statistics table checked against its edition: the header against the
 * edition's columns (content/<year>/report.yaml, through src/lib/report/table.ts), each
 * row against the unit's items, each cell against its column's kind. Pure: the sheet comes
 * in as plain values (src/lib/returns/read-table.ts reads XLSX and CSV into it).
 */
import { SIGN_OFF, fixedColumns, unitTable, type ReportColumn, type TableItem, type TableUnit } from '../report/table';
import { matchUnitName, normaliseUnitName } from '../unit-names';
import type { TableMarker } from './marker';
import { returnMessages as say, type CellPlace, type ReturnProblem } from './messages';

export type CellValue = string | number | boolean | Date | null;

/** A table as read from a file: rows[0] is the sheet's row 1. */
export interface SheetValues {
  file: string;
  /** The sheet's name (XLSX); a CSV has none. */
  sheet?: string;
  rows: CellValue[][];
  /** The workbook's own record of edition and unit (src/lib/returns/marker.ts), when it has one. */
  marker?: TableMarker;
}

export interface ReturnUnit extends TableUnit {
  aliases: readonly string[];
}

export interface ReturnEdition {
  year: string;
  tableName: string;
  columns: readonly ReportColumn[];
  units: readonly ReturnUnit[];
  items: readonly TableItem[];
}

export type { FigureValue } from '../content/returns';
import type { FigureValue } from '../content/returns';

export interface ReturnRow {
  item: number;
  /** By column id (report.yaml); numbers for number columns, text otherwise, null when empty. */
  values: Record<string, FigureValue>;
}

export interface ReadReturn {
  rows: ReturnRow[];
  problems: ReturnProblem[];
}

const isEmpty = (v: CellValue) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
const sameLabel = (a: CellValue, b: string) => normaliseUnitName(textOf(a)) === normaliseUnitName(b);

/** A number cell's value: a whole number ≥ 0, or the kind of problem it has. Full-width digits count. */
export function wholeNumber(v: CellValue): { ok: number } | { problem: 'not-a-number' | 'negative' | 'fraction' } {
  let n: number;
  if (typeof v === 'number') n = v;
  else {
    const s = textOf(v).normalize('NFKC').replace(/[,\s]/g, '');
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return { problem: 'not-a-number' };
    n = Number(s);
  }
  if (!Number.isFinite(n)) return { problem: 'not-a-number' };
  if (n < 0) return { problem: 'negative' };
  if (!Number.isInteger(n)) return { problem: 'fraction' };
  return { ok: n };
}

/** The row holding the header: the first of the first five whose first cell is 填报单位. */
function headerRowIndex(rows: CellValue[][]): number {
  const i = rows.slice(0, 5).findIndex((r) => sameLabel(r?.[0] ?? null, fixedColumns[0].label));
  return i;
}

export function readReturn(sheet: SheetValues, edition: ReturnEdition, unit: ReturnUnit): ReadReturn {
  const problems: ReturnProblem[] = [];
  const at = (p: Omit<CellPlace, 'unit' | 'file' | 'sheet'>): CellPlace => ({
    unit: unit.name,
    file: sheet.file,
    sheet: sheet.sheet,
    ...p,
  });
  const expected = unitTable(unit, edition.columns, edition.tableName);

  // Whose table, of which year: the workbook's marker first, else its title and rows.
  const marker = sheet.marker;
  if (marker && marker.edition !== edition.year) {
    problems.push(say.otherEdition(at({}), `${marker.edition}年度`, edition.year));
    return { rows: [], problems };
  }
  if (marker && marker.unit !== unit.id) {
    const other = edition.units.find((u) => u.id === marker.unit);
    problems.push(say.otherUnit(at({}), other?.name ?? `单位“${marker.unit}”`));
    return { rows: [], problems };
  }

  const h = headerRowIndex(sheet.rows);
  const headerRow = h + 1;
  if (h < 0) {
    problems.push(
      say.columnMissing(
        at({ row: 1, column: fixedColumns[0].label, columnIndex: 1, value: sheet.rows[0]?.[0] ?? null }),
        fixedColumns[0].label,
      ),
    );
    return { rows: [], problems };
  }
  // A title above the header (the site's XLSX has one) names the table and its year.
  const title = h > 0 ? textOf(sheet.rows[0]?.[0] ?? null) : '';
  if (!marker && title && !title.startsWith(edition.tableName)) {
    const year = /(\d{4})年/.exec(title)?.[1];
    problems.push(
      say.otherEdition(
        at({ row: 1, column: '标题', columnIndex: 1, value: title }),
        year ? `${year}年度` : '别的年度或别的表',
        edition.year,
      ),
    );
    return { rows: [], problems };
  }

  // Columns by their header text; a changed header where an expected one should be.
  const header = sheet.rows[h] ?? [];
  const index = new Map<string, number>();
  expected.headers.forEach((label) => {
    const found = header.findIndex((cell) => sameLabel(cell, label));
    if (found >= 0) index.set(label, found);
  });
  expected.headers.forEach((label, i) => {
    if (index.has(label)) return;
    const there = header[i];
    const taken = [...index.values()].includes(i);
    if (!taken && !isEmpty(there ?? null))
      problems.push(say.columnChanged(at({ row: headerRow, column: textOf(there), columnIndex: i + 1, value: there }), label));
    else problems.push(say.columnMissing(at({ row: headerRow, column: label }), label));
  });
  header.forEach((cell, i) => {
    if (isEmpty(cell) || [...index.values()].includes(i)) return;
    if (i < expected.headers.length && !index.has(expected.headers[i])) return; // said above as changed
    problems.push(say.columnExtra(at({ row: headerRow, column: textOf(cell), columnIndex: i + 1, value: cell })));
  });
  const unitCol = index.get(fixedColumns[0].label);
  const itemCol = index.get(fixedColumns[1].label);
  if (unitCol === undefined || itemCol === undefined) return { rows: [], problems };

  const own = new Map(unit.items.map((item) => [item.number, item]));
  const allItems = new Map(edition.items.map((item) => [item.number, item]));
  const seen = new Map<number, number>();
  const rows: ReturnRow[] = [];
  const otherUnits = new Map<string, number>();
  for (let r = h + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    // The sign-off line (填报人 …) under the table ends it.
    if (sameLabel(cells[0] ?? null, SIGN_OFF[0])) break;
    if (cells.every((c) => isEmpty(c ?? null))) continue;
    const rowNo = r + 1;
    const cell = (label: string) => {
      const i = index.get(label);
      return i === undefined ? undefined : (cells[i] ?? null);
    };
    const place = (label: string, value: CellValue) => at({ row: rowNo, column: label, columnIndex: index.get(label)! + 1, value });

    // 填报单位: another unit's name means another unit's table (said once, with its first row).
    const writtenUnit = cell(fixedColumns[0].label) ?? null;
    if (!isEmpty(writtenUnit) && !matchUnitName(textOf(writtenUnit), [unit])) {
      const other = matchUnitName(textOf(writtenUnit), edition.units);
      const name = other?.name ?? `“${textOf(writtenUnit)}”`;
      if (!otherUnits.has(name)) {
        otherUnits.set(name, rowNo);
        problems.push(say.otherUnit(place(fixedColumns[0].label, writtenUnit), name));
      }
      continue;
    }

    const itemCell = cell(fixedColumns[1].label) ?? null;
    const number = wholeNumber(itemCell);
    if (!('ok' in number) || !allItems.has(number.ok)) {
      problems.push(say.unknownItem(place(fixedColumns[1].label, itemCell)));
      continue;
    }
    const item = number.ok;
    if (!own.has(item)) {
      problems.push(
        say.foreignItem(
          place(fixedColumns[1].label, itemCell),
          item,
          allItems.get(item)!.units.map((u) => u.name),
        ),
      );
      continue;
    }
    if (seen.has(item)) {
      problems.push(say.duplicateItem(place(fixedColumns[1].label, itemCell), item, seen.get(item)!));
      continue;
    }
    seen.set(item, rowNo);

    const values: Record<string, FigureValue> = {};
    for (const column of edition.columns) {
      const raw = cell(column.label);
      if (raw === undefined) continue; // the column is missing: said once above
      if (isEmpty(raw)) {
        values[column.id] = null;
        if (column.required) problems.push(say.requiredEmpty(place(column.label, raw)));
        continue;
      }
      if (column.kind === 'number') {
        const n = wholeNumber(raw);
        if ('ok' in n) values[column.id] = n.ok;
        else {
          values[column.id] = null;
          const p = place(column.label, raw);
          problems.push(n.problem === 'negative' ? say.negative(p) : n.problem === 'fraction' ? say.fraction(p) : say.notANumber(p));
        }
      } else values[column.id] = textOf(raw);
    }
    rows.push({ item, values });
  }
  if (otherUnits.size === 0) {
    for (const item of unit.items) {
      if (!seen.has(item.number)) problems.push(say.itemMissing(at({ column: fixedColumns[1].label }), item.number, item.title));
    }
  }
  rows.sort((a, b) => a.item - b.item);
  return { rows, problems };
}
