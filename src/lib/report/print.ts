/**
 * How the statistics tables print from Excel, WPS and LibreOffice: A4, fitted to the page
 * width, text never below 9 pt after the fitting. Pure arithmetic on Excel's units, so the
 * workbook writer and its checks agree: a column width w is w characters of the default
 * font (Calibri 11, 7 px each) plus 5 px of padding, at 96 px per inch. The page geometry
 * and the widest table the content may ask for are the content layer's
 * (src/lib/content/report-table.ts), which checks report.yaml's widths.
 */

export { BODY_PT, MIN_PRINTED_PT, MARGINS, PX_PER_CHAR, printableWidthPx, maxTotalWidth, tableWidthProblem } from '../content/report-table';
import { BODY_PT, PX_PER_CHAR } from '../content/report-table';

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
  return text.split('\n').reduce((lines, para) => lines + Math.max(1, Math.ceil((textPx(para, pt) * 1.06) / usable)), 0);
}

/** Line height in points: the CJK fonts' (Noto Sans CJK, 等线, 宋体) is up to 1.45 em. */
export const lineHeightPt = (pt = BODY_PT) => pt * 1.45;

/** Row height in points for cells of `texts` in columns of `widths`, at least `minLines` high. */
export function rowHeightPt(texts: readonly string[], widths: readonly number[], pt = BODY_PT, minLines = 1): number {
  const lines = Math.max(minLines, ...texts.map((t, i) => (t ? wrappedLines(t, widths[i] ?? 8, pt) : 1)));
  return Math.ceil(lines * lineHeightPt(pt) + 4);
}
