/** The 汇总表 workbook (exceljs) from src/lib/returns/summary.ts: 汇总, 各单位情况, 未收到, 问题. */
import ExcelJS from 'exceljs';
import type { Summary } from './summary';

export const SUMMARY_SHEETS = { rows: '汇总', units: '各单位情况', missing: '未收到', problems: '问题' } as const;

function addSheet(wb: ExcelJS.Workbook, name: string, title: string, headers: string[], rows: unknown[][], widths?: number[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = headers.map((_, i) => ({ width: widths?.[i] ?? 16 }));
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const head = ws.getRow(2);
  head.values = headers;
  head.font = { bold: true };
  for (const row of rows) ws.addRow(row);
  return ws;
}

export async function summaryWorkbook(
  summary: Summary,
  { creator, date }: { creator: string; date: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.title = summary.title;
  wb.created = date;
  wb.modified = date;
  const ws = addSheet(wb, SUMMARY_SHEETS.rows, summary.title, summary.headers, summary.rows);
  const total = ws.addRow(summary.totals);
  total.font = { bold: true };
  total.getCell(1).alignment = { wrapText: false };
  addSheet(wb, SUMMARY_SHEETS.units, `各单位情况${summary.incomplete ? '（不完整）' : ''}`, summary.units.headers, summary.units.rows);
  addSheet(
    wb,
    SUMMARY_SHEETS.missing,
    `未收到的单位（${summary.missing.rows.length} 个）`,
    summary.missing.headers,
    summary.missing.rows,
    [24, 12],
  );
  addSheet(
    wb,
    SUMMARY_SHEETS.problems,
    `问题（${summary.problems.rows.length} 个）`,
    summary.problems.headers,
    summary.problems.rows,
    [16, 20, 16, 6, 16, 16, 80],
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
