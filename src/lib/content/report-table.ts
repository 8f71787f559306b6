/**
 * The statistics table (附件2 统计表) as the content defines it: the columns report.yaml
 * may add (with their defaults), the columns the site fills in from the plan, and how wide
 * they may be in all to print on A4 landscape. The content model checks report.yaml's
 * widths against this; the table writers (src/lib/report/) lay out their files from it.
 */
import type { ContentProblem } from '../content-error';
import { ui } from '../site';

export interface ReportColumn {
  id: string;
  label: string;
  kind: 'text' | 'number';
  width: number;
  hint: string;
  status: '参考格式' | '正式格式';
  /** A cell of this column must not be left empty in a return. */
  required: boolean;
}

/** What a column in report.yaml is when a field is left out (the schema and the scripts share it). */
export const COLUMN_DEFAULTS = { kind: 'text', width: 14, hint: '', status: '参考格式', required: false } as const;

export interface FixedColumn {
  id: string;
  label: string;
  width: number;
  hint: string;
}

/**
 * Filled in from the plan. 填报单位 first, so a row still says whose it is once tables are merged.
 * Widths are Excel's (characters); with report.yaml's columns they must fit A4 landscape (tableWidthProblem below).
 */
export const fixedColumns: readonly FixedColumn[] = [
  { id: 'unit', label: '填报单位', width: 9, hint: '本单位名称，已按方案填好。' },
  { id: 'item', label: '项目编号', width: 5, hint: '该项目在方案中的编号，已按方案填好。' },
  { id: 'title', label: '项目名称', width: 28, hint: '该项目的首句，已按方案填好。' },
  { id: 'category', label: '所属类别', width: 15, hint: '该项目所在的类别标题，已按方案填好。' },
  { id: 'co-units', label: '协同单位', width: 24, hint: `同一项目的其他责任单位；只有本单位的写“${ui.soleUnit}”。` },
];

export function tableStatus(columns: readonly ReportColumn[]): '参考格式' | '正式格式' {
  return columns.some((c) => c.status !== '正式格式') ? '参考格式' : '正式格式';
}

/** Type size of the table's cells, in points, before fitting to the page. */
export const BODY_PT = 11;
/** The smallest type a printed table may have, in points. */
export const MIN_PRINTED_PT = 9;
/** Page margins in inches (Excel's unit); the bottom one leaves room for the footer. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.7, header: 0.25, footer: 0.3 } as const;
/** A4 in inches: 210 × 297 mm. */
const A4 = { short: 210 / 25.4, long: 297 / 25.4 };
const PX_PER_INCH = 96;
export const PX_PER_CHAR = 7;
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
