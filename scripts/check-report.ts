/**
 * Checks the material units sent in, before the office files it:
 *
 *   npm run check-report -- <材料文件夹>
 *
 * <材料文件夹> holds one subfolder per unit, named by the unit's name, alias or id as in
 * content/units.yaml (区市场监管局, 区文旅局, market-regulation …). In each: the photos and
 * 说明.txt, one line per photo, “文件名：说明”. Other files (统计表, 典型案例, videos) may be
 * there too and are listed, not checked. The rules and messages are src/lib/report/rules.ts,
 * the same as the report page's checker; sharp decodes every photo fully to find broken ones.
 *
 * Exit code: 0 everything passes; 1 something fails; 2 the folder cannot be read.
 */
import { open, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { parseArgs } from 'node:util';
import { checkPhoto, type PhotoResult } from '../src/lib/report/check';
import { captionKeyFor, parseCaptions } from '../src/lib/report/captions';
import { sniffFormat } from '../src/lib/report/jpeg';
import {
  CAPTIONS_FILE,
  LIMITS,
  extensionOf,
  fileMessages as messages,
  folderMessages,
  reportRules,
  type Problem,
  type ReportRules,
} from '../src/lib/report/rules';
import { listEditions, readEdition } from './lib/edition-files';
import { matchUnit, suggestUnits, type RegisteredUnit } from '../src/lib/report/unit-match';

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.jpe', '.jfif', '.png', '.gif', '.bmp', '.webp', '.tif', '.tiff', '.heic', '.heif', '.avif'];
const IGNORED = /^(\.|~\$|thumbs\.db$|desktop\.ini$)/i;

sharp.cache(false);
sharp.concurrency(1);

/** sharp decodes every pixel; limitInputPixels stops decompression bombs before they decode. */
async function decodeWithSharp(bytes: Uint8Array): Promise<boolean> {
  await sharp(bytes, { limitInputPixels: LIMITS.maxPixels, failOn: 'warning', sequentialRead: true }).stats();
  return true;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const e of entries) {
    if (IGNORED.test(e.name)) continue;
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), `${rel}/`)));
    else if (e.isFile()) out.push(rel);
  }
  return out;
}

async function head(file: string, n = 32): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = new Uint8Array(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function decodeText(bytes: Uint8Array): { text: string; gbk: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), gbk: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), gbk: true };
  }
}

interface UnitReport {
  folder: string;
  unit?: RegisteredUnit;
  photos: PhotoResult[];
  others: string[];
  problems: Problem[];
  notes: string[];
}

async function checkUnitFolder(checker: ReportRules, root: string, folder: string, units: RegisteredUnit[]): Promise<UnitReport> {
  const dir = path.join(root, folder);
  const unit = matchUnit(folder, units);
  const report: UnitReport = { folder, unit, photos: [], others: [], problems: [], notes: [] };
  if (!unit) report.problems.push({ code: 'unknown-unit', message: messages.unknownUnit(folder, suggestUnits(folder, units)) });

  const files = await listFiles(dir);
  const captionsName = files.find((f) => f.toLowerCase() === CAPTIONS_FILE.toLowerCase());
  let captions = new Map<string, string>();
  if (captionsName) {
    const { text, gbk } = decodeText(await readFile(path.join(dir, captionsName)));
    if (gbk) report.notes.push(folderMessages.captionsGbk(captionsName));
    const parsed = parseCaptions(text, captionsName);
    captions = parsed.captions;
    report.problems.push(...parsed.problems);
  } else {
    report.problems.push({ code: 'caption-missing', message: folderMessages.captionsFileMissing(folder) });
  }

  const used = new Set<string>();
  for (const rel of files) {
    if (rel === captionsName) continue;
    const full = path.join(dir, rel);
    try {
      const { size } = await stat(full);
      // A photo by its name or by its content; a PDF (典型案例 and the like) is other material.
      const sniffed = size > 0 ? sniffFormat(await head(full)) : undefined;
      const isImage = IMAGE_EXTENSIONS.includes(extensionOf(rel)) || (sniffed !== undefined && sniffed !== 'PDF');
      if (!isImage) {
        report.others.push(rel);
        if (size === 0) report.problems.push({ code: 'empty-file', file: rel, message: folderMessages.emptyOther(rel) });
        continue;
      }
      const key = captionKeyFor(rel, captions.keys());
      if (key !== undefined) used.add(key);
      const bytes = size > LIMITS.maxFileBytes ? new Uint8Array(0) : new Uint8Array(await readFile(full));
      report.photos.push(await checkPhoto(checker, { name: rel, bytes, size, caption: key === undefined ? undefined : captions.get(key) }, decodeWithSharp));
    } catch (error) {
      // One unreadable file never stops the others.
      report.problems.push({ code: 'corrupt', file: rel, message: `${messages.corrupt(rel)}（${(error as Error).message}）` });
    }
  }
  for (const key of captions.keys()) {
    if (!used.has(key)) report.problems.push({ code: 'caption-without-photo', file: key, message: messages.captionWithoutPhoto(key, captionsName!) });
  }
  report.problems.unshift(...checker.checkPhotoCount(report.photos.length));
  return report;
}

// ---------------------------------------------------------------------------------------
// Output

/** Terminal columns of a string: CJK and full-width characters take two. */
function widthOf(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => widthOf(r[c]))));
  return rows.map((r) => '  ' + r.map((cell, c) => pad(cell, widths[c])).join('  ').trimEnd()).join('\n');
}

const failed = (r: UnitReport) => r.problems.length > 0 || r.photos.some((p) => !p.ok);

function printUnit(r: UnitReport) {
  const title = r.unit ? (r.unit.name === r.folder ? r.unit.name : `${r.unit.name}（文件夹“${r.folder}”）`) : `文件夹“${r.folder}”（未识别的单位）`;
  console.log(`\n■ ${title}：${failed(r) ? '未通过' : '通过'}`);
  if (r.photos.length > 0) {
    const rows = [['照片', '格式', '尺寸（显示方向）', '说明字数', '结果']];
    for (const p of r.photos) {
      rows.push([
        p.name,
        p.format === 'JPEG' ? 'JPG' : (p.format ?? (p.bytes === 0 ? '空文件' : '未知')),
        p.jpeg ? `${p.jpeg.width}×${p.jpeg.height}` : '—',
        p.problems.some((x) => x.code === 'caption-missing') ? '无说明' : String(p.captionLength),
        p.ok ? '通过' : `未通过（${p.problems.length}）`,
      ]);
    }
    console.log(table(rows));
  }
  const problems = [...r.problems, ...r.photos.flatMap((p) => p.problems)];
  for (const p of problems) console.log(`  ✗ ${p.message}`);
  for (const n of r.notes) console.log(`  提示：${n}`);
  if (r.others.length > 0) console.log(`  其他材料（未检查）：${r.others.join('、')}`);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { edition: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n用法：npm run check-report -- <材料文件夹> [--edition 年份]`);
    return 2;
  }
  const { values, positionals } = parsed;
  const editions = await listEditions();
  const year = values.edition ?? editions[0];
  if (!year || !editions.includes(year)) {
    console.error(`没有 ${year ?? '任何'} 年度：可用 ${editions.join('、') || '（content/ 下没有年度文件夹）'}。`);
    return 2;
  }
  const edition = await readEdition(year);
  const checker = reportRules(edition.settings);
  if (positionals.length !== 1 || values.help) {
    console.log(
      `用法：npm run check-report -- <材料文件夹> [--edition 年份]\n\n按 ${year} 年度的要求检查（可用年度：${editions.join('、')}）。` +
        `材料文件夹内每个单位一个子文件夹（以单位名称命名），放照片和 ${CAPTIONS_FILE}（每行“文件名：说明”）。\n\n检查规则：`,
    );
    for (const line of checker.checklist) console.log(`  - ${line}`);
    return positionals.length === 1 ? 0 : 2;
  }
  const root = path.resolve(positionals[0]);
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    console.error(`读不到文件夹 ${root}：请确认路径正确。`);
    return 2;
  }
  const units = edition.units;
  const folders = entries.filter((e) => e.isDirectory() && !IGNORED.test(e.name)).map((e) => e.name).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const loose = entries.filter((e) => e.isFile() && !IGNORED.test(e.name)).map((e) => e.name);

  console.log(`检查 ${root}（${year} 年度）：${folders.length} 个单位文件夹。`);
  const reports: UnitReport[] = [];
  for (const folder of folders) {
    const report = await checkUnitFolder(checker, root, folder, units);
    reports.push(report);
    printUnit(report);
  }

  // Two folders for one unit (区文旅局 and 区文化和旅游局).
  const rootProblems: string[] = [];
  const byUnit = new Map<string, string[]>();
  for (const r of reports) if (r.unit) byUnit.set(r.unit.id, [...(byUnit.get(r.unit.id) ?? []), r.folder]);
  for (const [id, list] of byUnit) {
    if (list.length > 1) rootProblems.push(messages.duplicateUnit(list, units.find((u) => u.id === id)!.name));
  }

  const failedReports = reports.filter(failed);
  const missing = units.filter((u) => !byUnit.has(u.id)).map((u) => u.name);
  console.log('\n━━ 汇总');
  console.log(`  单位文件夹 ${reports.length} 个：通过 ${reports.length - failedReports.length} 个，未通过 ${failedReports.length} 个。`);
  if (failedReports.length > 0) {
    console.log(`  未通过：${failedReports.map((r) => `${r.unit?.name ?? `“${r.folder}”`}（${r.problems.length + r.photos.reduce((n, p) => n + p.problems.length, 0)} 个问题）`).join('、')}`);
  }
  for (const p of rootProblems) console.log(`  ✗ ${p}`);
  for (const f of loose) console.log(`  提示：${folderMessages.looseFile(f)}`);
  if (missing.length > 0) console.log(`  提示：${folderMessages.noFolder(missing)}`);
  const ok = failedReports.length === 0 && rootProblems.length === 0 && reports.length > 0;
  console.log(ok ? '  结果：全部通过。' : reports.length === 0 ? '  结果：没有单位文件夹。' : '  结果：有未通过的项目，详见上文。');
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`检查中断：${(error as Error).message}`);
    process.exit(2);
  },
);
