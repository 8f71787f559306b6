/**
 * The office's 汇总表 as data: every accepted unit's rows in the edition's unit order with
 * column totals, one line per unit, the units not yet received and every problem. The
 * columns are the edition's (report.yaml through src/lib/report/table.ts). Pure; the
 * workbook is written by summary-xlsx.ts.
 */
import { unitTable } from '../report/table';
import type { ReturnProblem } from './messages';
import { columnTotals } from '../content/returns';

export { columnTotals } from '../content/returns';
import type { FigureValue, ReturnEdition, ReturnRow, ReturnUnit } from './validate';

export interface UnitOutcome {
  unit: ReturnUnit;
  /** The table file read, when there was one. */
  file?: string;
  /** The table passed: its rows go into the summary. */
  accepted: boolean;
  rows: ReturnRow[];
  photos: { total: number; passed: number };
  /** The table's problems. */
  problems: ReturnProblem[];
  /** Problems of the photos and captions (check-report's), as file and message. */
  photoProblems: { file?: string; message: string }[];
}

const problemCount = (o: UnitOutcome) => o.problems.length + o.photoProblems.length;

export interface Summary {
  title: string;
  /** Some units had problems or are missing: the figures are not the whole edition's. */
  incomplete: boolean;
  headers: string[];
  rows: (string | number | null)[][];
  /** 合计: a number per number column, null elsewhere. */
  totals: (string | number | null)[];
  units: { headers: string[]; rows: (string | number)[][] };
  missing: { headers: string[]; rows: (string | number)[][] };
  problems: { headers: string[]; rows: (string | number)[][] };
}

export const STATUS = { passed: '通过', problems: '有问题', tableProblems: '统计表有问题（未汇总）', missing: '未收到' } as const;

/** `others`: problems about the folder as a whole (a folder that is no unit, two folders of one unit). */
export function summarise(edition: ReturnEdition, outcomes: readonly UnitOutcome[], others: readonly string[] = []): Summary {
  const byUnit = new Map(outcomes.map((o) => [o.unit.id, o]));
  const { columns } = edition;
  const numberColumns = columns.filter((c) => c.kind === 'number');
  const rows: (string | number | null)[][] = [];
  const accepted: ReturnRow[] = [];
  let headers: string[] = [];
  for (const unit of edition.units) {
    const table = unitTable(unit, columns, edition.tableName);
    headers = table.headers;
    const outcome = byUnit.get(unit.id);
    if (!outcome?.accepted) continue;
    for (const row of outcome.rows) {
      const fixed = table.rows[unit.items.findIndex((i) => i.number === row.item)];
      rows.push([...fixed.slice(0, table.headers.length - columns.length), ...columns.map((c): FigureValue => row.values[c.id] ?? null)]);
      accepted.push(row);
    }
  }
  const totals = columnTotals(columns, accepted);
  const fixedCount = headers.length - columns.length;
  const totalsRow: (string | number | null)[] = [
    `合计（${new Set(outcomes.filter((o) => o.accepted).map((o) => o.unit.id)).size} 个单位，${accepted.length} 行）`,
    ...Array(fixedCount - 1).fill(null),
    ...columns.map((c) => (c.kind === 'number' ? totals[c.id] : null)),
  ];

  const status = (o: UnitOutcome | undefined) =>
    !o ? STATUS.missing : !o.accepted ? STATUS.tableProblems : problemCount(o) > 0 ? STATUS.problems : STATUS.passed;
  const unitRows = edition.units.map((unit) => {
    const o = byUnit.get(unit.id);
    const sums = columnTotals(columns, o?.accepted ? o.rows : []);
    return [
      unit.name,
      status(o),
      o?.file ?? '',
      o?.accepted ? o.rows.length : 0,
      ...numberColumns.map((c) => sums[c.id]),
      o ? `${o.photos.passed}/${o.photos.total}` : '',
      o ? problemCount(o) : 0,
    ];
  });
  const missingUnits = edition.units.filter((u) => !byUnit.has(u.id));
  const problemRows = [
    ...others.map((message) => ['', '', '', '', '', '', message]),
    ...outcomes.flatMap((o) => [
      ...o.photoProblems.map((p) => [o.unit.name, p.file ?? '', '', '', '', '', p.message]),
      ...o.problems.map((p) => [
        p.unit,
        p.file ?? '',
        p.sheet ?? '',
        p.row ?? '',
        p.column ?? '',
        p.value === undefined || p.value === null ? '' : String(p.value),
        p.message,
      ]),
    ]),
  ];
  const incomplete = missingUnits.length > 0 || others.length > 0 || outcomes.some((o) => !o.accepted || problemCount(o) > 0);
  return {
    title: `${edition.tableName}（汇总）${incomplete ? '——不完整：有单位未收到或有问题，见“各单位情况”' : ''}`,
    incomplete,
    headers,
    rows,
    totals: totalsRow,
    units: {
      headers: ['单位', '情况', '统计表文件', '汇总行数', ...numberColumns.map((c) => c.label), '照片（通过/共）', '问题数'],
      rows: unitRows,
    },
    missing: { headers: ['未收到的单位', '承担项目数'], rows: missingUnits.map((u) => [u.name, u.items.length]) },
    problems: { headers: ['单位', '文件', '工作表', '行', '列', '值', '问题'], rows: problemRows },
  };
}
