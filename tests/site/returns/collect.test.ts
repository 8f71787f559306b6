/**
 * scripts/collect-report.ts on folders of returns made at test time (tests/helpers/returns/fixtures.ts):
 * each kind of problem named by its cell, the 汇总表's totals against the inputs (both read
 * back with tests/helpers/returns/xlsx-reader.ts, not exceljs), inputs untouched, exit codes, and
 * --publish into a copy of content/ with photos that carry no metadata at all.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../../helpers/report/photos';
import {
  edition,
  figuresFor,
  filledCsv,
  filledXlsx,
  gpsPhoto,
  siteWorkbook,
  unitById,
  type EditionTables,
} from '../../helpers/returns/fixtures';
import { keywordsOf, readXlsx, type Value } from '../../helpers/returns/xlsx-reader';
import { readCsv } from '../../helpers/csv';
import { runScript } from '../../helpers/cli';
import { projectRoot as root } from '../../helpers/build-fixture';
import { fixedColumns } from '../../../src/lib/report/table';

const collect = (args: string[], env: Record<string, string> = {}) => runScript('scripts/collect-report.ts', args, env);

/** Every file under dir with its hash. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** The markers of a JPEG's segments up to the image data. */
function jpegMarkers(b: Buffer): number[] {
  const markers: number[] = [];
  for (let i = 2; i + 4 <= b.length && b[i] === 0xff;) {
    const m = b[i + 1];
    markers.push(m);
    if (m === 0xda) break;
    i += 2 + b.readUInt16BE(i + 2);
  }
  return markers;
}

/** Whether an EXIF block (TIFF) has the GPS IFD pointer, tag 0x8825, in either byte order. */
const hasGpsIfd = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

let dir: string;
let good: string;
let bad: string;
let e: EditionTables;
const caption = '质量月活动现场';
const photoFiles = async (extra = {}) => ({
  'a.jpg': await gpsPhoto(1600, 1200, 1, '#2f855a'),
  '说明.txt': `a.jpg：${caption}\n`,
  ...extra,
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'collect-report-'));
  e = await edition();
  const market = unitById(e, 'market-regulation');
  const water = unitById(e, 'water');
  const police = unitById(e, 'public-security');
  const emergency = unitById(e, 'emergency');
  const foreign = e.items.find((i) => !emergency.items.includes(i))!;
  const inFolder = (folder: string, files: Record<string, Buffer | string>) =>
    Object.fromEntries(Object.entries(files).map(([k, v]) => [`${folder}/${k}`, v]));

  good = path.join(dir, 'good');
  await writeTree(good, {
    ...inFolder('区市场监管局', {
      // Stored 1600×1200 with orientation 6: shown upright as 1200×1600.
      '第1项-现场.jpg': await gpsPhoto(1600, 1200, 6),
      'b.jpg': await gpsPhoto(3000, 2400, 1, '#9c4221'),
      '说明.txt': `第1项-现场.jpg：${caption}\nb.jpg：宣传咨询台前的市民\n`,
      '照片描述.txt': '第1项-现场.jpg：工作人员在商场检查电动自行车充电器的合格证\n',
      '统计表.xlsx': await filledXlsx(e, market),
    }),
    ...inFolder('water', { ...(await photoFiles()), '统计表.csv': filledCsv(e, water) }),
  });

  bad = path.join(dir, 'bad');
  const marketTable = await filledXlsx(e, market);
  await writeTree(bad, {
    ...inFolder('区市场监管局', { ...(await photoFiles()), '统计表.xlsx': marketTable }),
    ...inFolder('区水务局', { ...(await photoFiles()), '统计表.csv': filledCsv(e, water) }),
    // Text, a negative, a fraction, an empty required cell.
    ...inFolder('区公安局', {
      ...(await photoFiles()),
      '统计表.xlsx': await filledXlsx(e, police, (ws) => {
        ws.getCell('G3').value = '三场';
        ws.getCell('H3').value = -5;
        ws.getCell('I3').value = 2.5;
        ws.getCell('F3').value = null;
      }),
    }),
    // A row for an item that is not the unit's.
    ...inFolder('区应急局', {
      ...(await photoFiles()),
      '统计表.xlsx': await filledXlsx(e, emergency, (ws) => {
        ws.getRow(3 + emergency.items.length).values = ['区应急局', foreign.number, foreign.title, '', '', '活动', 1, 1, 1, 1];
      }),
    }),
    // Another unit's table; another edition's.
    ...inFolder('区税务局', { ...(await photoFiles()), '统计表.xlsx': marketTable }),
    // (A CSV has no marker: its 填报单位 column says whose it is.)
    ...inFolder('区农业农村委', { ...(await photoFiles()), '统计表.csv': filledCsv(e, water) }),
    ...inFolder('区统计局', {
      ...(await photoFiles()),
      '统计表.xlsx': await filledXlsx(e, unitById(e, 'statistics'), () => {}, await siteWorkbook(e, unitById(e, 'statistics'), '2023')),
    }),
    // A changed header and a deleted column.
    ...inFolder('区民政局', {
      ...(await photoFiles()),
      '统计表.xlsx': await filledXlsx(e, unitById(e, 'civil-affairs'), (ws) => {
        ws.getCell('G2').value = '场次';
        ws.spliceColumns(12, 1);
      }),
    }),
    // An old .xls (an OLE file), a file that is not a table, no table at all.
    ...inFolder('区司法局', {
      ...(await photoFiles()),
      '统计表.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    }),
    ...inFolder('区财政局', { ...(await photoFiles()), '统计表.xlsx': '这不是表格' }),
    ...inFolder('区人社局', await photoFiles()),
    // A folder that is no unit: said, and the summary is incomplete.
    ...inFolder('区市场局', { ...(await photoFiles()), '统计表.xlsx': marketTable }),
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The number columns' totals of rows (by header), as read back. */
function totalsOf(headers: Value[], rows: Value[][]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const c of e.columns.filter((c) => c.kind === 'number')) {
    const i = headers.indexOf(c.label);
    totals[c.label] = rows.reduce((n, r) => n + Number(r[i] ?? 0), 0);
  }
  return totals;
}

describe('collect-report', () => {
  it('names every problem by unit, file, sheet, row, column and value, one message per kind', async () => {
    const before = hashes(bad);
    const { code, out } = await collect([bad, '--edition', '2024']);
    expect(code, out).toBe(1);
    const emergency = unitById(e, 'emergency');
    const foreign = e.items.find((i) => !emergency.items.includes(i))!;
    const expected = [
      '区公安局｜统计表.xlsx｜工作表“区公安局”｜第3行｜“活动场次”列（G3）｜值“三场”：这一列只能填数字',
      '区公安局｜统计表.xlsx｜工作表“区公安局”｜第3行｜“参与人数（人次）”列（H3）｜值“-5”：填了负数',
      '区公安局｜统计表.xlsx｜工作表“区公安局”｜第3行｜“发放宣传资料（份）”列（I3）｜值“2.5”：填了小数',
      '区公安局｜统计表.xlsx｜工作表“区公安局”｜第3行｜“开展活动情况”列（F3）｜值为空：这一格必填',
      `区应急局｜统计表.xlsx｜工作表“区应急局”｜第${3 + emergency.items.length}行｜“项目编号”列（B${3 + emergency.items.length}）｜值“${foreign.number}”：这一行是第${foreign.number}项，但第${foreign.number}项不是本单位承担的项目`,
      '区税务局｜统计表.xlsx｜工作表“区市场监管局”：这是区市场监管局的表格，不是本单位的',
      '区农业农村委｜统计表.csv｜第2行｜“填报单位”列（A2）｜值“区水务局”：这是区水务局的表格，不是本单位的',
      '区统计局｜统计表.xlsx｜工作表“区统计局”：这是2023年度的表格，不是2024年度的',
      '区民政局｜统计表.xlsx｜工作表“区民政局”｜第2行｜“场次”列（G2）｜值“场次”：表头应为“活动场次”',
      '区民政局｜统计表.xlsx｜工作表“区民政局”｜第2行｜“备注”列：缺少“备注”这一列',
      '区司法局｜统计表.xls：是旧的 .xls 格式，无法可靠读取；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）',
      '区财政局｜统计表.xlsx：不是可以读取的表格（文件内容不是 Excel 工作簿',
      '区人社局｜文件夹“区人社局”：文件夹里没有统计表',
    ];
    for (const message of expected) expect(out).toContain(message);
    // Every table problem names where it is: unit and file always, the cell when it has one.
    for (const line of out.split('\n').filter((l) => l.includes('✗') && l.includes('｜'))) {
      expect(line).toMatch(/✗ 区\S+｜(统计表\.\S+|文件夹“\S+”)/);
      if (line.includes('行｜')) expect(line).toMatch(/(\.xlsx｜工作表“[^”]+”|\.csv)｜第\d+行｜“[^”]+”列/);
    }
    expect(out).toContain('■ 区市场监管局：通过');
    expect(out).toContain('■ 区公安局：未通过');
    expect(out).toMatch(/汇总了 2 个单位的统计表/);
    expect(out).not.toContain('汇总中断');
    // Input files are never changed; only the summary is new.
    const after = hashes(bad);
    delete after['汇总表.xlsx'];
    expect(after).toEqual(before);
  });

  it('writes a 汇总表 whose totals are the inputs’ sums, marked incomplete, with the units not received', async () => {
    const out = path.join(dir, 'out', '汇总.xlsx');
    const { code } = await collect([bad, '--out', out]);
    expect(code).toBe(1);
    const sheets = readXlsx(readFileSync(out));
    expect([...sheets.keys()]).toEqual(['汇总', '各单位情况', '未收到', '问题']);
    const rows = sheets.get('汇总')!;
    expect(String(rows[0][0])).toContain('不完整');
    const headers = rows[1];
    expect(headers).toEqual([...fixedColumns.map((c) => c.label), ...e.columns.map((c) => c.label)]);
    const body = rows.slice(2, -1);
    const totalRow = rows[rows.length - 1];
    expect(String(totalRow[0])).toContain('合计');

    // The inputs, read back with the same independent readers (XLSX, and csv-parse for the CSV).
    const market = readXlsx(readFileSync(path.join(bad, '区市场监管局/统计表.xlsx'))).get('区市场监管局')!;
    const csv = readCsv(readFileSync(path.join(bad, '区水务局/统计表.csv')));
    // The XLSX table ends at its sign-off line (填报人 …).
    const marketRows = market.slice(2);
    const signOff = marketRows.findIndex((r) => String(r[0] ?? '').startsWith('填报人'));
    expect(signOff).toBeGreaterThan(0);
    const inputs = [
      ...marketRows.slice(0, signOff),
      ...csv.slice(1).map((r) => r.map((v) => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : v))),
    ];
    const expectedTotals = totalsOf(market[1], inputs);
    expect(totalsOf(headers, body)).toEqual(expectedTotals);
    for (const [label, total] of Object.entries(expectedTotals)) expect(totalRow[headers.indexOf(label)]).toBe(total);
    expect(Object.values(expectedTotals).every((n) => n > 0)).toBe(true);

    // Rows in the edition's unit order (registry order): 区水务局 before 区市场监管局.
    const unitsInOrder = [...new Set(body.map((r) => r[0]))];
    expect(unitsInOrder).toEqual(e.units.filter((u) => ['water', 'market-regulation'].includes(u.id)).map((u) => u.name));
    const perUnit = sheets.get('各单位情况')!;
    expect(perUnit.slice(2).map((r) => r[0])).toEqual(e.units.map((u) => u.name));
    const status = Object.fromEntries(perUnit.slice(2).map((r) => [r[0], r[1]]));
    expect(status['区市场监管局']).toBe('通过');
    expect(status['区公安局']).toBe('统计表有问题（未汇总）');
    expect(status['区政府办公室']).toBe('未收到');
    const missing = sheets
      .get('未收到')!
      .slice(2)
      .map((r) => r[0]);
    expect(missing).toContain('区政府办公室');
    expect(missing).not.toContain('区市场监管局');
    const problems = sheets.get('问题')!.slice(2);
    expect(problems.some((r) => r[4] === '活动场次' && r[5] === '三场' && r[3] === 3)).toBe(true);
    expect(problems.some((r) => String(r[6]).includes('文件夹“区市场局”不是单位名录中的单位'))).toBe(true);
  });

  it('exits 0 when everything passes, 2 when the folder cannot be read', async () => {
    const ok = await collect([good]);
    expect(ok.out).toContain('全部通过');
    expect(ok.code).toBe(0);
    const summary = readXlsx(readFileSync(path.join(good, '汇总表.xlsx'))).get('汇总')!;
    // Still incomplete: most units have not sent anything yet.
    expect(String(summary[0][0])).toContain('不完整');
    const missing = await collect([path.join(dir, 'no-such-folder')]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('读不到文件夹');
    const usage = await collect([]);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('用法：npm run collect-report');
  });

  it('the site’s workbook carries its edition and unit where the sheets do not show it', async () => {
    const market = unitById(e, 'market-regulation');
    expect(keywordsOf(await siteWorkbook(e, market))).toBe('qm-return-table edition=2024 unit=market-regulation');
  });

  it('--publish writes the record into content with photos upright, ≤ 2000 px and without any metadata; a rerun replaces it', async () => {
    const content = path.join(dir, 'content');
    cpSync(path.join(root, 'content'), content, { recursive: true });
    const env = { QM_CONTENT_DIR: content };
    const { code, out } = await collect([good, '--publish'], env);
    expect(code, out).toBe(0);
    const returns = path.join(content, '2024', 'returns');
    const record = parseYaml(readFileSync(path.join(returns, 'market-regulation.yaml'), 'utf8'));
    const market = unitById(e, 'market-regulation');
    expect(record.unit).toBe('market-regulation');
    expect(record.rows.map((r: { item: number }) => r.item)).toEqual(market.items.map((i) => i.number));
    expect(record.rows[0].values).toEqual(figuresFor(e, market, market.items[0].number));
    expect(record.photos).toEqual([
      { file: './market-regulation/1.jpg', caption, alt: '工作人员在商场检查电动自行车充电器的合格证', item: 1 },
      { file: './market-regulation/2.jpg', caption: '宣传咨询台前的市民' },
    ]);
    const sizes = [];
    for (const p of record.photos) {
      const bytes = readFileSync(path.join(returns, p.file));
      const meta = await sharp(bytes).metadata();
      sizes.push([meta.width, meta.height]);
      expect(meta.exif, 'no EXIF').toBeUndefined();
      expect(meta.xmp, 'no XMP').toBeUndefined();
      expect(meta.iptc, 'no IPTC').toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      for (const marker of ['Exif', 'GPS', 'SERIAL-123456', 'TestPhone']) expect(bytes.includes(marker), marker).toBe(false);
      // No APP1 (EXIF/XMP), APP2 (ICC) … APP15 segment at all: only JFIF's APP0 may be there.
      expect(jpegMarkers(bytes).filter((m) => m >= 0xe1 && m <= 0xef)).toEqual([]);
    }
    // 1600×1200 with orientation 6 is shown 1200×1600; 3000×2400 is made 2000×1600.
    expect(sizes).toEqual([
      [1200, 1600],
      [2000, 1600],
    ]);
    // The inputs still carry their EXIF (GPS IFD, serial): only the published copies were cleaned.
    const input = await sharp(readFileSync(path.join(good, '区市场监管局/b.jpg'))).metadata();
    expect(input.exif?.includes('SERIAL-123456')).toBe(true);
    expect(hasGpsIfd(input.exif!)).toBe(true);
    expect(existsSync(path.join(returns, 'water.yaml'))).toBe(true);

    // A corrected return (one photo fewer) replaces the unit's record and photos.
    await rm(path.join(good, '区市场监管局/b.jpg'));
    await writeTree(good, { '区市场监管局/说明.txt': `第1项-现场.jpg：${caption}\n` });
    expect((await collect([good, '--publish'], env)).code).toBe(0);
    const again = parseYaml(readFileSync(path.join(returns, 'market-regulation.yaml'), 'utf8'));
    expect(again.photos).toHaveLength(1);
    expect(readdirSync(path.join(returns, 'market-regulation'))).toEqual(['1.jpg']);
  });
});
