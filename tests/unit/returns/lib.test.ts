/** The pure parts of src/lib/returns/: numbers, cell addresses, markers, one table read, the site's model. */
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/lib/returns/messages';
import { readTableMarker, tableMarker } from '../../../src/lib/returns/marker';
import { readReturn, wholeNumber, type ReturnEdition, type SheetValues } from '../../../src/lib/returns/validate';
import { photoItem } from '../../../src/lib/returns/record';
import { buildResults } from '../../../src/lib/content/returns';
import { ContentError } from '../../../src/lib/content-error';
import { thrownBy } from '../../helpers/thrown';
import { fixedColumns, type ReportColumn } from '../../../src/lib/report/table';
import type { Plan } from '../../../src/lib/content/plan';

const columns: ReportColumn[] = [
  { id: 'what', label: '情况', kind: 'text', width: 10, hint: '', status: '参考格式', required: true },
  { id: 'count', label: '场次', kind: 'number', width: 10, hint: '', status: '参考格式', required: false },
];
const a = { id: 'unit-a', name: '甲局', aliases: ['甲'], items: [] as never[] };
const b = { id: 'unit-b', name: '乙局', aliases: [], items: [] as never[] };
const category = { heading: '（一）类别', id: 'one', order: 1 };
const item1 = { number: 1, title: '第一项', category, units: [a] };
const item2 = { number: 2, title: '第二项', category, units: [a, b] };
const item3 = { number: 3, title: '第三项', category, units: [b] };
(a.items as unknown[]).push(item1, item2);
(b.items as unknown[]).push(item2, item3);
const edition: ReturnEdition = { year: '2099', tableName: '统计表', columns, units: [a, b], items: [item1, item2, item3] };
const header = [...fixedColumns.map((c) => c.label), '情况', '场次'];

describe('numbers', () => {
  it.each([
    [3, { ok: 3 }],
    ['3', { ok: 3 }],
    ['３', { ok: 3 }],
    [' 12 ', { ok: 12 }],
    ['1,200', { ok: 1200 }],
    ['三场', { problem: 'not-a-number' }],
    ['3场', { problem: 'not-a-number' }],
    ['-1', { problem: 'negative' }],
    [-2, { problem: 'negative' }],
    ['2.5', { problem: 'fraction' }],
    [2.5, { problem: 'fraction' }],
  ])('%j → %j', (value, expected) => expect(wholeNumber(value)).toEqual(expected));

  it('column letters as Excel writes them', () => {
    expect([1, 6, 26, 27, 52, 53].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AZ', 'BA']);
  });
});

describe('one table', () => {
  const sheet = (rows: SheetValues['rows'], marker?: SheetValues['marker']): SheetValues => ({
    file: 't.xlsx',
    sheet: '甲局',
    rows: [['统计表　填报单位：甲局'], header, ...rows],
    marker,
  });

  it('reads a good table into figures by column id', () => {
    const r = readReturn(
      sheet([
        ['甲局', 1, '第一项', '', '', '宣传', 3],
        ['甲', 2, '第二项', '', '', '检查', '４'],
      ]),
      edition,
      a,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { item: 1, values: { what: '宣传', count: 3 } },
      { item: 2, values: { what: '检查', count: 4 } },
    ]);
  });

  it('names the cell of every problem, by its address', () => {
    const r = readReturn(
      sheet([
        ['甲局', 1, '第一项', '', '', null, '三场'],
        ['甲局', 3, '第三项', '', '', 'x', 1],
      ]),
      edition,
      a,
    );
    expect(r.problems.map((p) => p.code)).toEqual(['required-empty', 'not-a-number', 'foreign-item', 'item-missing']);
    for (const p of r.problems.filter((p) => p.row && p.columnIndex)) {
      expect(p.message).toContain(`${columnLetter(p.columnIndex!)}${p.row}`);
      expect(p.message).toContain('甲局｜t.xlsx｜工作表“甲局”');
    }
    expect(r.problems[1].message).toContain('第3行｜“场次”列（G3）｜值“三场”');
    expect(r.problems[2].message).toContain('责任单位：乙局');
  });

  it('tells another unit’s or another year’s table by the marker, and by the title without one', () => {
    expect(readReturn(sheet([], { edition: '2099', unit: 'unit-b' }), edition, a).problems[0].message).toContain('这是乙局的表格');
    expect(readReturn(sheet([], { edition: '2098', unit: 'unit-a' }), edition, a).problems[0].message).toContain('这是2098年度的表格');
    const old: SheetValues = { file: 't.xlsx', sheet: 's', rows: [['2098年统计表'], header] };
    expect(readReturn(old, edition, a).problems.map((p) => p.code)).toEqual(['other-edition']);
  });

  it('markers round-trip and ignore other keywords', () => {
    expect(readTableMarker(tableMarker({ edition: '2099', unit: 'unit-a' }))).toEqual({ edition: '2099', unit: 'unit-a' });
    expect(readTableMarker('预算 报表')).toBeUndefined();
    expect(readTableMarker(undefined)).toBeUndefined();
  });

  it('a photo belongs to the item its name starts with, or to a unit’s only item', () => {
    expect(photoItem('第2项-检查.jpg', a)).toBe(2);
    expect(photoItem('第 1 项.jpg', a)).toBe(1);
    expect(photoItem('第3项.jpg', a)).toBeUndefined();
    expect(photoItem('现场.jpg', a)).toBeUndefined();
    expect(photoItem('现场.jpg', { ...a, items: [item1] })).toBe(1);
  });
});

describe('the site’s model of published returns', () => {
  const plan = {
    edition: { year: '2099' },
    units: [a, b],
    categories: [{ ...category, items: [item1, item2, item3] }],
  } as unknown as Plan;
  // buildResults compares categories by identity: the items must point at the plan's.
  for (const i of [item1, item2, item3]) (i as { category: unknown }).category = plan.categories[0];
  const entry = (unit: string, rows: { item: number; values: Record<string, string | number | null> }[]) => ({
    id: `2099/${unit}`,
    filePath: `content/2099/returns/${unit}.yaml`,
    data: { unit, table: 't.xlsx', rows, photos: [] },
  });

  it('is undefined without returns: nothing is shown', () => {
    expect(buildResults(plan, columns, [])).toBeUndefined();
  });

  it('adds up per category and overall, in the plan’s unit order', () => {
    const r = buildResults(plan, columns, [
      entry('unit-b', [{ item: 3, values: { what: 'x', count: 5 } }]),
      entry('unit-a', [{ item: 1, values: { what: 'y', count: 2 } }]),
    ])!;
    expect(r.units.map((u) => u.unit.id)).toEqual(['unit-a', 'unit-b']);
    expect(r.totals).toEqual({ count: 7 });
    expect(r.categories[0].totals).toEqual({ count: 7 });
    expect(r.notReported).toEqual([]);
  });

  it('names the file and field of a record that does not fit the plan', () => {
    const error = thrownBy(() =>
      buildResults(plan, columns, [entry('unit-a', [{ item: 3, values: { what: 'x', count: -1, extra: 1 } }]), entry('unit-z', [])]),
    );
    expect(error).toBeInstanceOf(ContentError);
    const text = (error as Error).message;
    expect(text).toContain('content/2099/returns/unit-a.yaml 的 rows[0].item 字段：第3项不是甲局承担的项目');
    expect(text).toContain('rows[0].values.extra 字段：没有 id 为 extra 的列');
    expect(text).toContain('rows[0].values.count 字段：“-1”不是不小于0的整数');
    expect(text).toContain('content/2099/returns/unit-z.yaml 的 unit 字段');
  });
});
