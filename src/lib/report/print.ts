/**
 * How the statistics tables print from Excel, WPS and LibreOffice: A4, fitted to the page
 * width, text never below 9 pt after the fitting. Pure arithmetic on Excel's units, so the
 * workbook writer and its checks agree: a column width w is w characters of the default
 * font (Calibri 11, 7 px each) plus 5 px of padding, at 96 px per inch.
 */
import type { ContentProblem } from '../content-error';

/** Type size of the table's cells, in points, before fitting to the page. */
export const BODY_PT = 11;
/** The smallest type a printed table may have, in points. */
export const MIN_PRINTED_PT = 9;
/** Page margins in inches (Excel's unit); the bottom one leaves room for the footer. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.7, header: 0.25, footer: 0.3 } as const;
/** A4 in inches: 210 × 297 mm. */
const A4 = { short: 210 / 25.4, long: 297 / 25.4 };
const PX_PER_INCH = 96;
const PX_PER_CHAR = 7;
const COLUMN_PADDING_PX = 5;

/** Printable width of an A4 page in pixels at 100 %. */
export function printableWidthPx(orientation: 'landscape' | 'portrait'): number {
  const width = orientation === 'landscape' ? A4.long : A4.short;
  return (width - MARGINS.left - MARGINS.right) * PX_PER_INCH;
}

/** Widest total of `columns` column widths (characters) whose text still prints at MIN_PRINTED_PT. */
export function maxTotalWidth(columns: number, orientation: 'landscape' | 'portrait' = 'landscape'): number {
  // Fitted to the page, the columns' pixels (w × 7 + 5 each) shrink by page / columns.
  const px = (printableWidthPx(orientation) * BODY_PT) / MIN_PRINTED_PT;
  return Math.floor((px - columns * COLUMN_PADDING_PX) / PX_PER_CHAR);
}

/** Wide characters (CJK, full-width punctuation) take a full em; others about 0.6 em (a safe guess for Calibri and the CJK fonts' Latin). */
const WIDE = /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6“”‘’]/u;

function textPx(text: string, pt: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return (ems * pt * 4) / 3;
}

/** Lines `text` takes in a cell `width` characters wide, wrapped, at `pt` points (with slack for line-breaking rules). */
export function wrappedLines(text: string, width: number, pt = BODY_PT): number {
  const usable = width * PX_PER_CHAR - 2;
  return text
    .split('\n')
    .reduce((lines, para) => lines + Math.max(1, Math.ceil((textPx(para, pt) * 1.06) / usable)), 0);
}

/** Line height in points: the CJK fonts' (Noto Sans CJK, 等线, 宋体) is up to 1.45 em. */
export const lineHeightPt = (pt = BODY_PT) => pt * 1.45;

/** Row height in points for cells of `texts` in columns of `widths`, at least `minLines` high. */
export function rowHeightPt(texts: readonly string[], widths: readonly number[], pt = BODY_PT, minLines = 1): number {
  const lines = Math.max(minLines, ...texts.map((t, i) => (t ? wrappedLines(t, widths[i] ?? 8, pt) : 1)));
  return Math.ceil(lines * lineHeightPt(pt) + 4);
}

/** The table's columns, fixed and from report.yaml, as wide as A4 landscape allows at MIN_PRINTED_PT? A problem if not. */
export function tableWidthProblem(file: string, fixed: readonly number[], columns: readonly number[]): ContentProblem | undefined {
  const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);
  const total = sum(fixed) + sum(columns);
  const max = maxTotalWidth(fixed.length + columns.length);
  if (total <= max) return undefined;
  return {
    file,
    field: 'columns 的 width',
    value: `统计表各列宽度合计 ${total}（其中网站自动填写的前 ${fixed.length} 列共 ${sum(fixed)}），A4 横向打印时字会小于 ${MIN_PRINTED_PT} 磅`,
    allowed: `各列合计不超过 ${max}，即 columns 各列的 width 合计不超过 ${max - sum(fixed)}`,
  };
}
