/**
 * A unit's statistics table file read into plain values (src/lib/returns/validate.ts
 * checks them): the XLSX the site gave it (exceljs), or the CSV. A file that cannot be a
 * table (an old .xls, a renamed file) is said as such, with advice to save it as .xlsx.
 */
import ExcelJS from 'exceljs';
import { parseCsv } from '../report/csv';
import { NOTES_SHEET } from '../report/xlsx';
import { extensionOf } from '../report/rules';
import { readTableMarker } from './marker';
import { returnMessages as say, type ReturnProblem } from './messages';
import type { CellValue, SheetValues } from './validate';

export const TABLE_EXTENSIONS = {
  xlsx: ['.xlsx', '.xlsm'],
  csv: ['.csv'],
  /** Formats to save again as .xlsx. */
  old: ['.xls', '.et', '.ods', '.wps', '.numbers'],
} as const;

const all: readonly string[] = [...TABLE_EXTENSIONS.xlsx, ...TABLE_EXTENSIONS.csv, ...TABLE_EXTENSIONS.old];
/** Whether a file in a unit folder is meant as its statistics table (by its name). */
export const isTableFile = (name: string) => all.includes(extensionOf(name));

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** exceljs' cell value as a plain one: rich text joined, a formula's result, a link's text. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plainValue((v.result ?? null) as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if ('text' in v) return plainValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return String(v);
}

export type ReadTable = { sheet: SheetValues; problem?: undefined } | { sheet?: undefined; problem: ReturnProblem };

export async function readTableFile(file: string, bytes: Uint8Array, unitName: string): Promise<ReadTable> {
  const ext = extensionOf(file);
  const place = { unit: unitName, file };
  if ((TABLE_EXTENSIONS.old as readonly string[]).includes(ext) || startsWith(bytes, OLE)) {
    return { problem: say.oldFormat(place, startsWith(bytes, OLE) && ext !== '.xls' ? `.xls（名为 ${ext || '无扩展名'}）` : ext) };
  }
  if (bytes.length === 0) return { problem: say.notATable(place, '空文件，0 字节') };
  if ((TABLE_EXTENSIONS.csv as readonly string[]).includes(ext)) {
    if (startsWith(bytes, ZIP) || bytes.subarray(0, 4096).includes(0)) return { problem: say.notATable(place, '内容不是文字，不是 CSV') };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    return { sheet: { file, rows: parseCsv(text).map((row) => row.map((c) => (c.trim() === '' ? null : c))) } };
  }
  if (!startsWith(bytes, ZIP)) return { problem: say.notATable(place, '文件内容不是 Excel 工作簿，可能只改了扩展名') };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { problem: say.notATable(place, `Excel 工作簿已损坏：${(error as Error).message.split('\n')[0]}`) };
  }
  const ws = wb.worksheets.find((w) => w.name !== NOTES_SHEET && w.state !== 'hidden' && w.state !== 'veryHidden');
  if (!ws) return { problem: say.notATable(place, '工作簿里没有统计表工作表') };
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = plainValue(cell.value);
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? null);
  });
  return {
    sheet: { file, sheet: ws.name, rows: Array.from(rows, (r) => r ?? []), marker: readTableMarker(wb.keywords) },
  };
}
