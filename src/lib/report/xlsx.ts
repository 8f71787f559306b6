/**
 * The statistics tables as XLSX (exceljs): one sheet per table, a title in A1 (not
 * merged), the header in row 2, frozen, filterable, number columns that accept only
 * whole numbers ≥ 0, and a 填表说明 sheet. The workbook's own dates are fixed; only the
 * zip entries' timestamps change between builds (exceljs sets them), not the size.
 */
import ExcelJS from 'exceljs';
import { DRAFT_NOTE, columnNotes, unitTable, type ReportColumn, type TableUnit, type UnitTable } from './table';
import type { Unit } from '../plan';
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
  /** The edition's year, recorded in a unit's workbook (src/lib/returns/marker.ts). */
  edition?: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const NOTES_SHEET = '填表说明';
export const HEADER_ROW = 2;

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, not blank, unique (case-insensitive). */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>([NOTES_SHEET.toLowerCase()]);
  return names.map((raw) => {
    const base = raw.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || '单位';
    let name = [...base].slice(0, 31).join('');
    for (let n = 2; used.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = `(${n})`;
      name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function addTableSheet(wb: ExcelJS.Workbook, sheetName: string, table: UnitTable<TableUnit>) {
  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = table.widths.map((width) => ({ width }));
  const title = ws.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = { bold: true, size: 14 };
  title.height = 24;

  const header = ws.getRow(HEADER_ROW);
  header.values = table.headers;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2EFEA' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  table.rows.forEach((values, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = values;
    for (let c = 1; c <= table.headers.length; c++) {
      const cell = row.getCell(c);
      cell.alignment = { wrapText: true, vertical: 'top' };
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
}

function addNotesSheet(wb: ExcelJS.Workbook, kit: WorkbookKit, status: string) {
  const { columns, checklist, sourceSentence } = kit;
  const ws = wb.addWorksheet(NOTES_SHEET);
  ws.columns = [{ width: 22 }, { width: 60 }, { width: 22 }];
  ws.addRow([`${kit.tableName}：填表说明`]).getCell(1).font = { bold: true, size: 14 };
  if (status === '参考格式') {
    ws.addRow([`本表为参考格式。${DRAFT_NOTE}`]);
  }
  ws.addRow([]);
  const head = ws.addRow(['列', '填写说明', '来源']);
  head.font = { bold: true };
  for (const note of columnNotes(columns)) {
    ws.addRow([note.label, note.hint, note.source]).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow(['报送要求']).font = { bold: true };
  for (const line of checklist) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow(['方案原文']).font = { bold: true };
  ws.addRow([sourceSentence]);
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
  addTableSheet(wb, sheetNames([unit.name])[0], table);
  addNotesSheet(wb, kit, table.status);
  return toBytes(wb);
}

/** The office's workbook: one sheet per unit, in registry order, then 填表说明. */
export async function allUnitsWorkbook(units: readonly Unit[], kit: WorkbookKit): Promise<Uint8Array<ArrayBuffer>> {
  const tables = units.map((unit) => unitTable(unit, kit.columns, kit.tableName));
  const wb = newWorkbook(`${kit.tableName}（各单位汇总）`, kit);
  const names = sheetNames(units.map((u) => u.name));
  tables.forEach((table, i) => addTableSheet(wb, names[i], table));
  addNotesSheet(wb, kit, tables[0]?.status ?? '参考格式');
  return toBytes(wb);
}
