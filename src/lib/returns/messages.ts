/**
 * Every message collect-report says about a unit's statistics table, one per kind of
 * problem, each naming the unit, the file, the sheet, the row, the column and the value
 * (as far as the problem has them). Pure.
 */

export type ReturnProblemCode =
  | 'not-a-number'
  | 'negative'
  | 'fraction'
  | 'required-empty'
  | 'foreign-item'
  | 'unknown-item'
  | 'duplicate-item'
  | 'item-missing'
  | 'other-unit'
  | 'other-edition'
  | 'column-changed'
  | 'column-missing'
  | 'old-format'
  | 'not-a-table'
  | 'no-table'
  | 'several-tables';

/** Where in a table: every field a message can name. */
export interface CellPlace {
  unit: string;
  file?: string;
  sheet?: string;
  /** The row as the spreadsheet numbers it (1 = first). */
  row?: number;
  /** The column's header text. */
  column?: string;
  /** 1-based column index, for the cell's address (F5). */
  columnIndex?: number;
  value?: unknown;
}

export interface ReturnProblem extends CellPlace {
  code: ReturnProblemCode;
  message: string;
}

/** Column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const shown = (value: unknown) => {
  const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
};

/** 区市场监管局｜统计表.xlsx｜工作表“区市场监管局”｜第5行｜“活动场次”列（F5）｜值“三场”. */
export function placeOf(p: CellPlace): string {
  const parts = [p.unit];
  if (p.file) parts.push(p.file);
  if (p.sheet) parts.push(`工作表“${p.sheet}”`);
  if (p.row !== undefined) parts.push(`第${p.row}行`);
  if (p.column !== undefined) {
    const cell = p.columnIndex ? `（${columnLetter(p.columnIndex)}${p.row ?? ''}）` : '';
    parts.push(`“${p.column}”列${cell}`);
  }
  if (p.value !== undefined) parts.push(p.value === null || p.value === '' ? '值为空' : `值“${shown(p.value)}”`);
  return parts.join('｜');
}

const say = (code: ReturnProblemCode, place: CellPlace, what: string): ReturnProblem => ({
  code,
  ...place,
  message: `${placeOf(place)}：${what}`,
});

export const returnMessages = {
  notANumber: (p: CellPlace) => say('not-a-number', p, '这一列只能填数字（不小于0的整数，如 3），不能写文字或单位；请改为数字。'),
  negative: (p: CellPlace) => say('negative', p, '填了负数；这一列须为不小于0的整数，没有就填 0。'),
  fraction: (p: CellPlace) => say('fraction', p, '填了小数；这一列须为整数（场次、人次、份数、篇数不能有小数）。'),
  requiredEmpty: (p: CellPlace) => say('required-empty', p, '这一格必填，却空着；请填写（数字列没有就填 0）。'),
  foreignItem: (p: CellPlace, item: number, units: string[]) =>
    say(
      'foreign-item',
      p,
      `这一行是第${item}项，但第${item}项不是本单位承担的项目（责任单位：${units.join('、')}）；请删去这一行，或交由承担单位报送。`,
    ),
  unknownItem: (p: CellPlace) => say('unknown-item', p, '项目编号不是本年度方案中的项目；请照网站下载的表格填写项目编号。'),
  duplicateItem: (p: CellPlace, item: number, first: number) =>
    say('duplicate-item', p, `第${item}项在第${first}行已经有一行；每个项目只填一行，请合并。`),
  itemMissing: (p: CellPlace, item: number, title: string) =>
    say('item-missing', p, `表中没有第${item}项（${title}）的一行；请用网站下载的本单位表格，不要删行。`),
  otherUnit: (p: CellPlace, other: string) =>
    say('other-unit', p, `这是${other}的表格，不是本单位的；请换用本单位的表格（网站“活动报送”页按单位下载）。`),
  otherEdition: (p: CellPlace, other: string, year: string) =>
    say('other-edition', p, `这是${other}的表格，不是${year}年度的；请下载${year}年度的表格重新填写。`),
  columnChanged: (p: CellPlace, expected: string) =>
    say('column-changed', p, `表头应为“${expected}”，却被改成了别的；请不要改动表头（可从网站重新下载表格）。`),
  columnExtra: (p: CellPlace) => say('column-changed', p, '多出了这一列，本年度的表格没有这一列；请删去，或把内容写进“备注”。'),
  columnMissing: (p: CellPlace, expected: string) =>
    say('column-missing', p, `缺少“${expected}”这一列；请不要删列（可从网站重新下载表格）。`),
  oldFormat: (p: CellPlace, ext: string) =>
    say('old-format', p, `是旧的 ${ext} 格式，无法可靠读取；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后重新报送。`),
  notATable: (p: CellPlace, why: string) =>
    say('not-a-table', p, `不是可以读取的表格（${why}）；请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）。`),
  noTable: (p: CellPlace) => say('no-table', p, '文件夹里没有统计表；请放入填好的本单位统计表（.xlsx，或网站提供的 .csv）。'),
  severalTables: (p: CellPlace, files: string[]) =>
    say('several-tables', p, `有 ${files.length} 个表格文件（${files.join('、')}），只读了第一个；请只保留一个统计表。`),
} as const;
