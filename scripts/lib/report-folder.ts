/**
 * One unit folder of returns checked: its photos against the edition's rules (the same
 * as the report page's checker) and 说明.txt, with its other files listed. Shared by
 * scripts/check-report.ts and scripts/collect-report.ts, which print it the same way.
 */
import { open, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { checkPhoto, type PhotoResult } from '../../src/lib/report/check';
import { captionKeyFor, parseCaptions } from '../../src/lib/report/captions';
import { sniffFormat } from '../../src/lib/report/jpeg';
import {
  CAPTIONS_FILE,
  LIMITS,
  extensionOf,
  fileMessages as messages,
  folderMessages,
  type Problem,
  type ReportRules,
} from '../../src/lib/report/rules';
import { matchUnit, suggestUnits, type RegisteredUnit } from '../../src/lib/report/unit-match';

export const IMAGE_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.jpe',
  '.jfif',
  '.png',
  '.gif',
  '.bmp',
  '.webp',
  '.tif',
  '.tiff',
  '.heic',
  '.heif',
  '.avif',
];
export const IGNORED = /^(\.|~\$|thumbs\.db$|desktop\.ini$)/i;

sharp.cache(false);
sharp.concurrency(1);

/** sharp decodes every pixel; limitInputPixels stops decompression bombs before they decode. */
async function decodeWithSharp(bytes: Uint8Array): Promise<boolean> {
  await sharp(bytes, { limitInputPixels: LIMITS.maxPixels, failOn: 'warning', sequentialRead: true }).stats();
  return true;
}

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
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

export function decodeText(bytes: Uint8Array): { text: string; gbk: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), gbk: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), gbk: true };
  }
}

export interface UnitReport {
  folder: string;
  unit?: RegisteredUnit;
  photos: PhotoResult[];
  others: string[];
  problems: Problem[];
  notes: string[];
  /** Each photo's caption (from 说明.txt), by the photo's path in the folder. */
  captionOf: Map<string, string>;
}

export async function checkUnitFolder(checker: ReportRules, root: string, folder: string, units: RegisteredUnit[]): Promise<UnitReport> {
  const dir = path.join(root, folder);
  const unit = matchUnit(folder, units);
  const report: UnitReport = { folder, unit, photos: [], others: [], problems: [], notes: [], captionOf: new Map() };
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
      if (key !== undefined) {
        used.add(key);
        report.captionOf.set(rel, captions.get(key)!);
      }
      const bytes = size > LIMITS.maxFileBytes ? new Uint8Array(0) : new Uint8Array(await readFile(full));
      report.photos.push(
        await checkPhoto(checker, { name: rel, bytes, size, caption: key === undefined ? undefined : captions.get(key) }, decodeWithSharp),
      );
    } catch (error) {
      // One unreadable file never stops the others.
      report.problems.push({ code: 'corrupt', file: rel, message: `${messages.corrupt(rel)}（${(error as Error).message}）` });
    }
  }
  for (const key of captions.keys()) {
    if (!used.has(key))
      report.problems.push({ code: 'caption-without-photo', file: key, message: messages.captionWithoutPhoto(key, captionsName!) });
  }
  report.problems.unshift(...checker.checkPhotoCount(report.photos.length));
  return report;
}

// ---------------------------------------------------------------------------------------
// Output

/** Terminal columns of a string: CJK and full-width characters take two. */
export function widthOf(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1;
  return w;
}
export const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => widthOf(r[c]))));
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, c) => pad(cell, widths[c]))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

export const failed = (r: UnitReport) => r.problems.length > 0 || r.photos.some((p) => !p.ok);

/** `more`: further lines about the unit (collect-report's table), marked as problems or not. */
export function printUnit(r: UnitReport, more: { line: string; problem: boolean }[] = []) {
  const title = r.unit
    ? r.unit.name === r.folder
      ? r.unit.name
      : `${r.unit.name}（文件夹“${r.folder}”）`
    : `文件夹“${r.folder}”（未识别的单位）`;
  console.log(`\n■ ${title}：${failed(r) || more.some((m) => m.problem) ? '未通过' : '通过'}`);
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
  for (const m of more) console.log(m.problem ? `  ✗ ${m.line}` : `  ${m.line}`);
  if (r.others.length > 0) console.log(`  其他材料（未检查）：${r.others.join('、')}`);
}
