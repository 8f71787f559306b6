// The plan model on a small made-up plan: nothing in it assumes 25 items or 30 units.
import { describe, expect, it } from 'vitest';
import { buildPlan, unitsLineOf, type PlanInput } from '../../../src/lib/content/plan';
import { ContentError } from '../../../src/lib/content-error';
import { thrownBy } from '../../helpers/thrown';

/** The problems a plan input is refused with (the test fails when it is accepted). */
const problemsOf = (input: PlanInput) => {
  const error = thrownBy(() => buildPlan(input));
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
};

function plan(items: { number: number; units: string[]; category?: string; body?: string }[]): PlanInput {
  const entry = (collection: string, id: string, data: object, body = '') =>
    ({ collection, id, data, body, filePath: `content/${collection}/${id}` }) as never;
  return {
    edition: '2030',
    notice: [
      entry('notice', 'notice.mdx', { title: 'AB', titleLines: ['A', 'B'], date: new Date('2030-08-30'), dateText: '2030年8月30日' }),
    ],
    plan: [
      entry('plan', 'items.mdx', { order: 2, kind: 'items', heading: '二、活动内容', anchor: 'activities' }),
      entry('plan', 'preamble.mdx', { order: 0, kind: 'preamble', heading: '方案', anchor: 'preamble' }, '按照要求，制定方案如下。'),
    ],
    categories: [entry('categories', 'only', { order: 1, heading: '（一）唯一类别', shortTitle: '唯一' })],
    units: [
      { id: 'water', data: { id: 'water', name: '区水务局', aliases: [] } } as never,
      { id: 'tourism', data: { id: 'tourism', name: '区文化和旅游局', aliases: ['区文旅局'] } } as never,
    ],
    items: items.map((item) =>
      entry(
        'items',
        `${item.number}.mdx`,
        { number: item.number, title: '某项工作', units: item.units, category: item.category ?? 'only' },
        item.body ?? `${item.number}.某项工作。（责任单位：${item.units.join('、')}）`,
      ),
    ),
  };
}

describe('buildPlan', () => {
  it('links three items, two units and their aliases both ways', () => {
    const model = buildPlan(plan([
      { number: 2, units: ['区文旅局'] },
      { number: 1, units: ['区水务局', '区文化和旅游局'] },
      { number: 3, units: ['区水务局'] },
    ]));
    expect(model.items.map((i) => i.number)).toEqual([1, 2, 3]);
    const tourism = model.unitByName('区文旅局')!;
    expect(tourism).toBe(model.unitByName('区文化和旅游局'));
    expect(tourism.items.map((i) => i.number)).toEqual([1, 2]);
    expect(tourism.soleItems.map((i) => i.number)).toEqual([2]);
    expect(tourism.sharedItems.map((i) => i.number)).toEqual([1]);
    expect(model.itemByNumber(2)!.previous!.number).toBe(1);
    expect(model.itemByNumber(3)!.next).toBeUndefined();
    expect(model.categories[0].items).toHaveLength(3);
    expect(model.preamble.data.kind).toBe('preamble');
    expect(model.sections.map((s) => s.data.kind)).toEqual(['items']);
  });

  it('reports every problem at once, each with file and field', () => {
    const problems = problemsOf(
      plan([
        { number: 1, units: ['区水务局'] },
        { number: 1, units: ['区不存在局'] },
        { number: 4, units: ['区水务局'], category: 'nowhere' },
      ]),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['category', 'number', 'number', 'number', 'number', 'units']);
    expect(problems.every((p) => p.file && p.value && p.allowed)).toBe(true);
  });

  it('holds an edition’s dates to its year and to the words beside them', () => {
    const input = plan([{ number: 1, units: ['区水务局'] }]);
    const notice = input.notice[0] as unknown as { data: { date: Date; dateText: string } };
    notice.data.date = new Date('2029-08-30');
    notice.data.dateText = '2030年8月31日';
    const values = problemsOf(input).map((p) => `${p.field}: ${p.value}`);
    expect(values).toEqual(['date: 2029-08-30 不在 2030 年', 'date: 2029-08-30 与文字“2030年8月31日”说的不是同一天']);
  });

  it('refuses statistics-table columns too wide to print on A4 at 9 pt', () => {
    const column = (id: string, width: number) => ({ id, label: id, kind: 'text', width, hint: '', status: '参考格式' });
    const report = (widths: number[]) => ({
      sourceMarker: '按照要求',
      sourceRef: '方案',
      deadline: { text: '2030年10月9日', date: new Date('2030-10-09') },
      recipient: '办公室',
      contents: ['有关活动情况'],
      photos: { min: 1, max: 2, minLongSide: 1024, minShortSide: 768 },
      captionMaxLength: 50,
      table: { name: '统计表', date: new Date('2030-08-30') },
      columns: widths.map((w, i) => column(`c${i}`, w)),
    });
    const input = plan([{ number: 1, units: ['区水务局'] }]);
    expect(() => buildPlan({ ...input, report: report([30, 30, 30]) } as PlanInput)).not.toThrow();
    const [problem] = problemsOf({ ...input, report: report([40, 40, 30]) } as PlanInput);
    expect(problem.file).toBe('content/2030/report.yaml');
    expect(problem.field).toBe('columns 的 width');
    expect(problem.value).toMatch(/宽度合计 191（其中网站自动填写的前 5 列共 81）.*小于 9 磅/);
    expect(problem.allowed).toMatch(/width 合计不超过 \d+/);
  });

  it('reads the 责任单位 line in either bracket style', () => {
    expect(unitsLineOf('1.文字。(责任单位：区甲、区乙）')).toEqual(['区甲', '区乙']);
    expect(unitsLineOf('20.文字。(责任单位：区工信局)')).toEqual(['区工信局']);
    expect(unitsLineOf('文字，没有括注。')).toBeNull();
  });
});
