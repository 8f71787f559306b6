/**
 * The statistics tables printed by a real office suite: LibreOffice converts the built
 * workbooks to PDF (A4), and pdftotext's word boxes say how many pages each sheet takes and
 * how big the type came out. "At least 9 pt" is measured, not assumed: a workbook with 9 pt
 * text printed at 100 % gives the word height that 9 pt text has in this suite and font.
 *
 * Needs soffice, pdftotext and Carlito (Debian: libreoffice-calc-nogui, poppler-utils,
 * fonts-crosextra-carlito; .ci/run installs them; see ./office.ts). Without them the tests are
 * skipped with a message, except under CI (CI set), where they fail.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import { unitWorkbook } from '../../../src/lib/report/xlsx';
import type { Unit } from '../../../src/lib/content/plan';
import { dist, registry, requireBuild, root, sourceItems, type RegistryUnit, type SourceItem } from '../../helpers/report/built';
import { convertToPdf, missingOfficeTools, pdfPages, type PdfPage, type PdfWord } from '../../helpers/report/office';

const missing = missingOfficeTools();
if (missing) {
  const message = `没有 ${missing}：统计表的打印测试需要它们（apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito）。`;
  if (process.env.CI) throw new Error(`${message} CI 中必须安装。`);
  console.warn(`跳过统计表的打印测试：${message}`);
}

const LONG_UNIT = '承担全部项目的测试单位';
const HEADERS = ['填报单位', '项目名称', '所属类别', '协同单位'];
const SIGN_OFF = ['填报人：', '联系电话：', '填报日期：'];
/** LibreOffice rounds the fitted scale to whole per cent: allow that much. */
const ROUNDING = 0.99;

let work: string;
let units: RegistryUnit[];
let busiest: RegistryUnit;
let water: RegistryUnit;
let sharedByAll: string;
/** The word height of 9 pt text printed at 100 %. */
let ninePt: number;
const pdf = new Map<string, PdfPage[]>();
const coUnitsOf = new Map<string, Set<string>>();
const categoriesOf = new Map<string, string[]>();

/** A workbook whose text is 9 pt, printed at 100 %: CJK, digits and Latin, in cells and in the footer. */
async function calibration(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('九磅', { pageSetup: { paperSize: 9, orientation: 'landscape', scale: 100 } });
  for (const text of ['九磅字的高度', '0123456789', 'Nine points（九磅）']) ws.addRow([text]).font = { size: 9 };
  ws.headerFooter.oddFooter = '&L&9页脚九磅字 0123';
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A unit carrying every item of the plan, made with the site's own workbook writer: a table that needs several pages. */
async function longTable(file: string, items: SourceItem[], unitCount: number) {
  const report = parseYaml(await readFile(path.join(root, 'content/2024/report.yaml'), 'utf8'));
  const unit = { id: 'every-item', name: LONG_UNIT, items: [] as unknown[] } as unknown as Unit;
  unit.items = items.map((item) => ({
    number: item.number,
    title: item.text.split(/[，。；]/)[0],
    category: { heading: item.category },
    units: [unit, ...item.units.map((name) => ({ name }))],
  })) as unknown as Unit['items'];
  const columns = report.columns.map((c: Record<string, unknown>) => ({ kind: 'text', width: 14, hint: '', status: '参考格式', ...c }));
  const kit = {
    columns,
    tableName: report.table.name,
    tableDate: new Date(0),
    checklist: ['说明'],
    sourceSentence: '原文',
    creator: '测试',
    unitCount,
  };
  await writeFile(file, await unitWorkbook(unit, kit));
}

/** Which sheet a printed page belongs to: a unit's table (its repeated title names the unit) or the notes. */
function sheetOf(page: PdfPage): string {
  if (page.text.includes('：填表说明')) return '填表说明';
  const title = page.words.find((w) => w.text.startsWith('填报单位：'));
  return title ? title.text.slice('填报单位：'.length) : '?';
}

/** The words that print `text` in a cell: one starting it, then those below it in its column, top to bottom. */
function printedLines(page: PdfPage, text: string): PdfWord[] | undefined {
  for (const first of page.words.filter((w) => w.text && text.startsWith(w.text))) {
    const column = page.words.filter((w) => Math.abs(w.xMin - first.xMin) < 1 && w.yMin >= first.yMin).sort((a, b) => a.yMin - b.yMin);
    let joined = '';
    for (const [k, w] of column.entries()) {
      if (!text.startsWith(joined + w.text)) break;
      joined += w.text;
      if (joined === text) return column.slice(0, k + 1);
    }
  }
  return undefined;
}

function pagesBySheet(pages: PdfPage[]): Map<string, PdfPage[]> {
  const by = new Map<string, PdfPage[]>();
  for (const page of pages) by.set(sheetOf(page), [...(by.get(sheetOf(page)) ?? []), page]);
  return by;
}

describe.skipIf(missing)('statistics tables printed by LibreOffice (A4)', () => {
  beforeAll(async () => {
    requireBuild();
    units = await registry();
    const items = await sourceItems();
    const count = (u: RegistryUnit) => items.filter((i) => i.units.includes(u.name)).length;
    busiest = units.reduce((a, b) => (count(b) > count(a) ? b : a));
    water = units.find((u) => u.id === 'water')!;
    const active = new Set(items.flatMap((i) => i.units));
    sharedByAll = `全部${active.size}个单位`;
    // Each unit's co-units, except on items all units share; and its items' categories.
    for (const unit of units) {
      categoriesOf.set(
        unit.id,
        items.filter((i) => i.units.includes(unit.name)).map((i) => i.category),
      );
      const shared = items.filter((i) => i.units.includes(unit.name) && i.units.length < active.size);
      coUnitsOf.set(unit.id, new Set(shared.flatMap((i) => i.units).filter((n) => n !== unit.name)));
    }

    work = mkdtempSync(path.join(tmpdir(), 'qm-print-'));
    const files = [...new Set([water.id, busiest.id, 'all-units'])].map((id) => `${id}.xlsx`);
    for (const f of files) copyFileSync(path.join(dist, 'report', f), path.join(work, f));
    files.push('long.xlsx');
    await longTable(path.join(work, 'long.xlsx'), items, active.size);
    await calibration(path.join(work, 'nine-pt.xlsx'));
    convertToPdf(work, [...files, 'nine-pt.xlsx']);
    for (const f of [...files, 'nine-pt.xlsx']) pdf.set(f.replace(/\.xlsx$/, ''), pdfPages(path.join(work, f.replace(/\.xlsx$/, '.pdf'))));

    const nine = pdf.get('nine-pt')!.flatMap((p) => p.words.map((w) => w.height));
    ninePt = Math.min(...nine);
    // One height for 9 pt whatever the script: else a single threshold would not do.
    expect(Math.max(...nine) / ninePt).toBeLessThan(1.05);
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('prints on A4 landscape (tables) and portrait (notes)', () => {
    for (const pages of pdf.values()) {
      for (const page of pages) {
        const [long, short] = [Math.max(page.width, page.height), Math.min(page.width, page.height)];
        expect([Math.round(long), Math.round(short)]).toEqual([842, 595]);
        if (sheetOf(page) === '填表说明') expect(page.height).toBeGreaterThan(page.width);
        else if (sheetOf(page) !== '?') expect(page.width).toBeGreaterThan(page.height);
      }
    }
  });

  for (const which of ['water', 'busiest'] as const) {
    it(`${which === 'water' ? '区水务局: the table on one page' : 'the unit with the most items: the table on at most two pages'}, the notes on one`, () => {
      const unit = which === 'water' ? water : busiest;
      const sheets = pagesBySheet(pdf.get(unit.id)!);
      expect([...sheets.keys()]).toEqual([unit.name, '填表说明']);
      expect(sheets.get(unit.name)!.length, `${unit.name}'s table`).toBeLessThanOrEqual(which === 'water' ? 1 : 2);
      expect(sheets.get('填表说明')).toHaveLength(1);
    });
  }

  it('the combined workbook: each unit’s table on at most two pages, in order, then the notes on one', () => {
    const sheets = pagesBySheet(pdf.get('all-units')!);
    expect([...sheets.keys()]).toEqual([...units.filter((u) => sheets.has(u.name)).map((u) => u.name), '填表说明']);
    expect(sheets.size).toBeGreaterThan(units.length / 2);
    for (const [name, pages] of sheets) expect(pages.length, name).toBeLessThanOrEqual(name === '填表说明' ? 1 : 2);
  });

  it('a table of every item runs over several pages (the header and 9 pt checks below include it)', () => {
    const sheets = pagesBySheet(pdf.get('long')!);
    expect(sheets.get(LONG_UNIT)!.length).toBeGreaterThan(1);
    expect(sheets.get('填表说明')).toHaveLength(1);
  });

  it('no text under 9 pt on any page', () => {
    for (const [file, pages] of pdf) {
      if (file === 'nine-pt') continue;
      pages.forEach((page, i) => {
        const smallest = page.words.reduce((a, b) => (b.height < a.height ? b : a));
        expect(
          smallest.height,
          `${file}.pdf page ${i + 1}: “${smallest.text}” is ${((9 * smallest.height) / ninePt).toFixed(1)} pt`,
        ).toBeGreaterThanOrEqual(ninePt * ROUNDING);
      });
    }
  });

  it('repeats the header on every page of a table, and ends it with the sign-off line', () => {
    for (const [file, pages] of pdf) {
      if (file === 'nine-pt') continue;
      for (const [sheet, sheetPages] of pagesBySheet(pages)) {
        // A page without the repeated title names no sheet: the print titles are missing.
        expect(sheet, `${file}.pdf: a page without the table's title`).not.toBe('?');
        if (sheet === '填表说明') continue;
        for (const page of sheetPages) {
          for (const header of HEADERS)
            expect(
              page.words.map((w) => w.text),
              `${file}.pdf, ${sheet}`,
            ).toContain(header);
        }
        const last = sheetPages[sheetPages.length - 1];
        for (const label of SIGN_OFF) expect(last.text, `${file}.pdf, ${sheet}`).toContain(label);
        expect(last.text).toMatch(/第\d+页，共\d+页/);
      }
    }
  });

  it('shortens the co-units of an item all units share, and wraps long cells onto lines of their own', () => {
    const sheet = pagesBySheet(pdf.get(water.id)!).get(water.name)!;
    const text = sheet.map((p) => p.text).join('');
    expect(text).toContain(sharedByAll);
    // …instead of naming the others of that item.
    for (const other of units.filter((u) => u !== water && !coUnitsOf.get(water.id)!.has(u.name))) {
      expect(text).not.toContain(other.name);
    }
    // The longest category heading of the unit's items is printed whole, over several lines.
    const heading = categoriesOf.get(water.id)!.reduce((a, b) => (b.length > a.length ? b : a));
    const lines = sheet.map((p) => printedLines(p, heading)).find(Boolean);
    expect(lines, heading).toBeDefined();
    expect(new Set(lines!.map((w) => Math.round(w.yMin))).size).toBeGreaterThan(1);
  });
});
