/**
 * The statistics tables and open data in dist/, read back with exceljs and csv-parse,
 * checked against the source text parsed on its own (tests/helpers/report/built.ts).
 */
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../helpers/csv';
import { readDist, registry, requireBuild, root, sourceItems, type RegistryUnit, type SourceItem } from '../../helpers/report/built';

const FIXED = ['填报单位', '项目编号', '项目名称', '所属类别', '协同单位'];
let items: SourceItem[];
let units: RegistryUnit[];
let columnLabels: string[];

beforeAll(async () => {
  requireBuild();
  items = await sourceItems();
  units = await registry();
  const columns = parseYaml(await readFile(path.join(root, 'content/2024/report.yaml'), 'utf8')).columns as { label: string }[];
  columnLabels = columns.map((c) => c.label);
});

/**
 * What a unit's table must say, from the source alone. `shortened`: the workbooks (made to
 * print) write 全部N个单位 for an item all the edition's units share; the CSV lists them.
 */
function expectedRows(unit: RegistryUnit, shortened = false) {
  const active = new Set(items.flatMap((item) => item.units)).size;
  return items
    .filter((item) => item.units.includes(unit.name))
    .map((item) => {
      const others = item.units.filter((n) => n !== unit.name);
      const listed = others.length ? others.join('、') : '独立承担';
      const coUnits = shortened && item.units.length === active ? `全部${active}个单位` : listed;
      return { number: item.number, category: item.category, coUnits, text: item.text };
    });
}

function checkRows(unit: RegistryUnit, headers: string[], rows: string[][], shortened = false) {
  expect(headers).toEqual([...FIXED, ...columnLabels]);
  const expected = expectedRows(unit, shortened);
  expect(expected.length).toBeGreaterThan(0);
  expect(rows.map((r) => Number(r[1]))).toEqual(expected.map((e) => e.number));
  rows.forEach((row, i) => {
    const e = expected[i];
    expect(row[0]).toBe(unit.name);
    // The title is the item's first words, as the source writes them.
    expect(row[2].length).toBeGreaterThan(3);
    expect(e.text.replace(/\\/g, '').startsWith(row[2].replace(/\\/g, ''))).toBe(true);
    expect(row[3]).toBe(e.category);
    expect(row[4]).toBe(e.coUnits);
    // The columns units fill in are empty.
    expect(row.slice(FIXED.length).every((v) => v === '')).toBe(true);
  });
}

async function loadWorkbook(rel: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await readDist(rel);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

/** A table sheet: title, header, the item rows (up to the blank row), and the line under them. */
function sheetRows(ws: ExcelJS.Worksheet): { title: string; headers: string[]; rows: string[][]; after: string[] } {
  const width = ws.getRow(2).cellCount;
  const read = (r: number) => Array.from({ length: width }, (_, c) => cellText(ws.getRow(r).getCell(c + 1).value));
  const rows: string[][] = [];
  let r = 3;
  for (; r <= ws.rowCount && read(r).some(Boolean); r++) rows.push(read(r));
  const after: string[] = [];
  for (; r <= ws.rowCount; r++) after.push(...read(r).filter(Boolean));
  return { title: cellText(ws.getRow(1).getCell(1).value), headers: read(2), rows, after };
}

/** How a table sheet prints: A4 landscape, fitted to the width only, title and header on every page. */
function checkPrint(ws: ExcelJS.Worksheet, after: string[]) {
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.pageSetup.printTitlesRow).toBe('1:2');
  expect(after).toEqual(['填报人：', '联系电话：', '填报日期：　　年　　月　　日']);
}

describe('source parsed independently', () => {
  it('has 25 items, each unit in the registry', () => {
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const names = new Set(units.map((u) => u.name));
    for (const item of items) for (const n of item.units) expect(names.has(n), n).toBe(true);
  });
});

describe('per-unit CSV', () => {
  it('is UTF-8 with BOM and CRLF, and lists exactly the unit’s items', async () => {
    for (const unit of units) {
      const bytes = await readDist(`report/${unit.id}.csv`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const [headers, ...rows] = readCsv(text);
      checkRows(unit, headers, rows);
    }
  });
});

describe('per-unit XLSX', () => {
  it('has the unit’s table with a frozen header row, widths and a notes sheet', async () => {
    for (const unit of units) {
      const wb = await loadWorkbook(`report/${unit.id}.xlsx`);
      const [sheet, notes] = wb.worksheets;
      expect(sheet.name).toBe(unit.name);
      expect(notes.name).toBe('填表说明');
      const { title, headers, rows, after } = sheetRows(sheet);
      expect(title).toContain(unit.name);
      expect(title).toContain('参考格式');
      checkRows(unit, headers, rows, true);
      checkPrint(sheet, after);
      expect(notes.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.getColumn(3).width).toBeGreaterThan(20);
    }
  });
});

describe('combined workbook', () => {
  it('has one sheet per unit with unique names of at most 31 characters', async () => {
    const wb = await loadWorkbook('report/all-units.xlsx');
    const sheets = wb.worksheets.filter((ws) => ws.name !== '填表说明');
    expect(sheets.map((s) => s.name)).toEqual(units.map((u) => u.name));
    expect(new Set(sheets.map((s) => s.name.toLowerCase())).size).toBe(sheets.length);
    for (const [i, ws] of sheets.entries()) {
      expect([...ws.name].length).toBeLessThanOrEqual(31);
      const { headers, rows, after } = sheetRows(ws);
      checkRows(units[i], headers, rows, true);
      checkPrint(ws, after);
    }
  });
});

describe('open data', () => {
  it('items.json and units.json agree with the source', async () => {
    const json = JSON.parse((await readDist('data/items.json')).toString('utf8')) as {
      number: number;
      units: { id: string; name: string }[];
    }[];
    expect(json.map((i) => i.number)).toEqual(items.map((i) => i.number));
    json.forEach((item, k) => expect(item.units.map((u) => u.name)).toEqual(items[k].units));
    const unitsJson = JSON.parse((await readDist('data/units.json')).toString('utf8')) as { id: string; items: number[] }[];
    for (const unit of units) {
      expect(unitsJson.find((u) => u.id === unit.id)?.items).toEqual(expectedRows(unit).map((r) => r.number));
    }
  });

  it('assignments.csv has a row per unit and item, sole or shared', async () => {
    const [headers, ...rows] = readCsv(await readDist('data/assignments.csv'));
    expect(headers).toEqual(['unit_id', 'unit_name', 'item_number', 'item_title', 'assignment']);
    const expected = units.flatMap((u) =>
      expectedRows(u).map((r) => [u.id, u.name, String(r.number), items[r.number - 1].units.length === 1 ? 'sole' : 'shared']),
    );
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(expected);
  });
});

// Inline scripts and handlers on every page: tests/browser/quality/csp.test.ts.
describe('report page without JavaScript', () => {
  it('quotes the source sentence and links every unit’s table', async () => {
    const html = (await readDist('report/index.html')).toString('utf8');
    expect(html).toContain(
      '请各单位、各部门做好“质量月”活动情况统计、总结和相关影像资料积累，于2024年10月9日（周三）下班前将有关活动情况、典型案例、图片及视频等电子版（精选1至2张JPG格式，像素1024×768以上照片，每张照片配50字说明），报送至区质量强区建设协调推进领导小组办公室（设在区市场监管局）。',
    );
    expect(html).toContain('参考格式');
    expect(html).toContain('/2024/report/all-units.xlsx');
    for (const unit of units) expect(html).toContain(`/2024/report/${unit.id}.xlsx`);
  });
});
