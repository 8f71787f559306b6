/**
 * The statistics tables as XLSX (exceljs): one sheet per table, a title in A1 (not
 * merged), the header in row 2, frozen, filterable, number columns that accept only
 * whole numbers ≥ 0, a line for 填报人、联系电话、填报日期 under the table, and a 填表说明
 * sheet. The workbook's own dates are fixed; only the zip entries' timestamps change
 * between builds (exceljs sets them), not the size.
 *
 * Printing (./print.ts): the table on A4 landscape, fitted to the page width, its title and
 * header repeated on every page, rows as tall as their wrapped text (office suites do not
 * all fit them on opening); the notes on one A4 portrait page.
 */
import ExcelJS from 'exceljs';
import {
  DRAFT_NOTE,
  SIGN_OFF,
  columnNotes,
  fixedColumns,
  unitTable,
  type ReportColumn,
  type TableItem,
  type TableUnit,
  type UnitTable,
} from './table';
import { BODY_PT, MARGINS, rowHeightPt } from './print';
import type { Unit } from '../content/plan';
import { ui } from '../site';
import { tableMarker } from '../returns/marker';

/** What an edition's workbooks say besides the rows: all from its content. */
export interface WorkbookKit {
  columns: readonly ReportColumn[];
  /** The table's name, e.g. as the notice lists 附件2. */
  tableName: string;
  /** The workbook's created/modified date: the edition's table date, not the build's. */
  tableDate: Date;
  /** The reporting rules in plain statements. */
  checklist: readonly string[];
  /** The plan's reporting sentence, quoted on the notes sheet. */
  sourceSentence: string;
  /** The workbook's author: the site's name. */
  creator: string;
  /** How many units the edition has: an item all of them share says so instead of listing them. */
  unitCount: number;
  /** The edition's year, recorded in a unit's workbook (src/lib/returns/marker.ts). */
  edition?: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NOTES_SHEET = '填表说明';
export const HEADER_ROW = 2;
/** Fill-in rows are at least this many lines high, so there is room to write by hand. */
const MIN_ROW_LINES = 3;
const CO_UNITS = fixedColumns.findIndex((c) => c.id === 'co-units');

/** The printed table's co-units: an item every unit of the edition shares reads 全部N个单位, not thirty names. */
export function printedCoUnits(item: TableItem, unitCount: number, listed: string): string {
  return unitCount > 1 && item.units.length === unitCount ? ui.allUnits(unitCount) : listed;
}

/** A4 in Excel's paper codes; margins in inches. */
function pageSetup(orientation: 'landscape' | 'portrait', fitToHeight: 0 | 1): Partial<ExcelJS.PageSetup> {
  return { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight, margins: { ...MARGINS } };
}

/** Footer text with `&` escaped (Excel's header/footer codes start with it). */
const footerText = (s: string) => s.replace(/&/g, '&&');

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, not blank, unique (case-insensitive). */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>([NOTES_SHEET.toLowerCase()]);
  return names.map((raw) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || '单位';
    let name = [...base].slice(0, 31).join('');
    for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = `(${n})`;
      name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function addTableSheet(wb: ExcelJS.Workbook, sheetName: string, table: UnitTable<TableUnit>, kit: WorkbookKit) {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: pageSetup('landscape', 0),
  });
  ws.columns = table.widths.map((width) => ({ width }));
  const title = ws.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = { bold: true, size: 14 };
  title.height = 24;

  // Ruled like a form, so it can be filled in by hand.
  const grid: Partial<ExcelJS.Borders> = Object.fromEntries(
    (['top', 'left', 'bottom', 'right'] as const).map((side) => [side, { style: 'thin' }]),
  );
  const header = ws.getRow(HEADER_ROW);
  header.values = table.headers;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2EFEA' } };
    cell.border = grid;
  });
  header.height = rowHeightPt(table.headers, table.widths);
  table.rows.forEach((rowValues, i) => {
    const values = [...rowValues];
    values[CO_UNITS] = printedCoUnits(table.unit.items[i], kit.unitCount, String(values[CO_UNITS]));
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = values;
    row.height = rowHeightPt(
      values.map((v) => (v === null ? '' : String(v))),
      table.widths,
      BODY_PT,
      MIN_ROW_LINES,
    );
    for (let c = 1; c <= table.headers.length; c++) {
      const cell = row.getCell(c);
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = grid;
      if (table.numberColumns.includes(c - 1)) {
        cell.dataValidation = {
          type: 'whole',
          operator: 'greaterThanOrEqual',
          formulae: [0],
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: '只能填整数',
          error: '此列请填写不小于0的整数。',
        };
      }
    }
  });
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + Math.max(table.rows.length, 1), column: table.headers.length },
  };
  ws.pageSetup.printTitlesRow = `1:${HEADER_ROW}`;

  // 填报人、联系电话、填报日期 under the table, spread over its width; no merged cells.
  const signOff = ws.getRow(HEADER_ROW + table.rows.length + 2);
  const third = table.widths.reduce((a, b) => a + b, 0) / SIGN_OFF.length;
  const starts: number[] = [];
  table.widths.reduce((sum, w, c) => {
    if (starts.length < SIGN_OFF.length && sum >= third * starts.length) starts.push(c);
    return sum + w;
  }, 0);
  starts.forEach((c, k) => (signOff.getCell(c + 1).value = SIGN_OFF[k]));
  signOff.height = rowHeightPt(['填报人'], [20], BODY_PT, 2);
  signOff.alignment = { vertical: 'bottom' };
  ws.headerFooter.oddFooter = `&L&${BODY_PT}${footerText(`${table.unit.name}　${kit.tableName}`)}&R&${BODY_PT}第 &P 页，共 &N 页`;
}

function addNotesSheet(wb: ExcelJS.Workbook, kit: WorkbookKit, status: string) {
  const { columns, checklist, sourceSentence } = kit;
  const widths = [14, 54, 18];
  const full = widths.reduce((a, b) => a + b, 0);
  const ws = wb.addWorksheet(NOTES_SHEET, { pageSetup: pageSetup('portrait', 1) });
  ws.columns = widths.map((width) => ({ width }));
  /** A paragraph across the sheet's width, wrapped, as tall as it needs. */
  const paragraph = (text: string, font?: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, widths.length);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (font) row.getCell(1).font = font;
    row.height = rowHeightPt([text], [full], font?.size ?? BODY_PT);
    return row;
  };
  paragraph(`${kit.tableName}：填表说明`, { bold: true, size: 14 });
  if (status === '参考格式') paragraph(`本表为参考格式。${DRAFT_NOTE}`);
  ws.addRow([]);
  const head = ws.addRow(['列', '填写说明', '来源']);
  head.font = { bold: true };
  for (const note of columnNotes(columns)) {
    const hint =
      note.label === fixedColumns[CO_UNITS].label && kit.unitCount > 1
        ? `${note.hint}各单位共同承担的项目写“${ui.allUnits(kit.unitCount)}”。`
        : note.hint;
    const row = ws.addRow([note.label, hint, note.source]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeightPt([note.label, hint, note.source], widths);
  }
  ws.addRow([]);
  paragraph('报送要求', { bold: true });
  for (const line of checklist) paragraph(line);
  ws.addRow([]);
  paragraph('方案原文', { bold: true });
  paragraph(sourceSentence);
}

function newWorkbook(title: string, kit: WorkbookKit): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = kit.creator;
  wb.lastModifiedBy = wb.creator;
  wb.title = title;
  wb.created = kit.tableDate;
  wb.modified = kit.tableDate;
  return wb;
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One unit's workbook: its table, then 填表说明 (which quotes the plan's `sourceSentence`). */
export async function unitWorkbook(unit: TableUnit, kit: WorkbookKit): Promise<Uint8Array<ArrayBuffer>> {
  const table = unitTable(unit, kit.columns, kit.tableName);
  const wb = newWorkbook(table.title, kit);
  if (kit.edition) wb.keywords = tableMarker({ edition: kit.edition, unit: unit.id });
  addTableSheet(wb, sheetNames([unit.name])[0], table, kit);
  addNotesSheet(wb, kit, table.status);
  return toBytes(wb);
}

/** The office's workbook: one sheet per unit, in registry order, then 填表说明. */
export async function allUnitsWorkbook(units: readonly Unit[], kit: WorkbookKit): Promise<Uint8Array<ArrayBuffer>> {
  const tables = units.map((unit) => unitTable(unit, kit.columns, kit.tableName));
  const wb = newWorkbook(`${kit.tableName}（各单位汇总）`, kit);
  const names = sheetNames(units.map((u) => u.name));
  tables.forEach((table, i) => addTableSheet(wb, names[i], table, kit));
  addNotesSheet(wb, kit, tables[0]?.status ?? '参考格式');
  return toBytes(wb);
}
