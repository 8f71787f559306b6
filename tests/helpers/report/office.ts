/**
 * A real office suite for the print tests: LibreOffice headless converts workbooks to PDF,
 * poppler's pdftotext reads back every word's box. Each run gets its own LibreOffice
 * profile (parallel runs would otherwise share ~/.config/libreoffice and fail), and a
 * fontconfig file that adds Noto Sans SC from node_modules: CJK text is then laid out with a
 * real CJK font, as on the clerks' machines (宋体, 等线), even on a machine without one.
 *
 * Column widths in a workbook are counted in digits of its default font, Calibri. Office
 * suites have it or Carlito, its metric twin (Debian: fonts-crosextra-carlito, which the
 * `libreoffice` package brings); with neither, LibreOffice measures with a wider fallback and
 * prints every workbook smaller than Excel would. So Carlito is required like soffice.
 * QM_OFFICE_FONTS may name more font folders (e.g. Carlito unpacked from its .deb).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cjkFontConfig } from '../fonts';

const hasTool = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** The font fontconfig gives for Calibri under the tests' font configuration. */
function calibriStandIn(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qm-fc-'));
  try {
    const result = spawnSync('fc-match', ['-f', '%{family}', 'Calibri'], {
      encoding: 'utf8',
      env: { ...process.env, FONTCONFIG_FILE: cjkFontConfig(dir) },
    });
    return result.status === 0 ? result.stdout : '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What is missing to run the print tests, or undefined when soffice, pdftotext and Carlito are there. */
export function missingOfficeTools(): string | undefined {
  const missing = [
    hasTool('soffice', ['--version']) ? '' : 'soffice（Debian：libreoffice-calc-nogui）',
    hasTool('pdftotext', ['-v']) ? '' : 'pdftotext（Debian：poppler-utils）',
    /carlito|calibri/i.test(calibriStandIn()) ? '' : 'Carlito 字体（Debian：fonts-crosextra-carlito）',
  ].filter(Boolean);
  return missing.length ? missing.join('、') : undefined;
}

/** Converts `files` (in `dir`) to PDF next to them, in one LibreOffice run with its own profile. */
export function convertToPdf(dir: string, files: readonly string[]): void {
  const profile = path.join(dir, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { cwd: dir, encoding: 'utf8', timeout: 240_000, env: { ...process.env, HOME: dir, FONTCONFIG_FILE: cjkFontConfig(dir) } },
  );
  if (result.status !== 0) throw new Error(`soffice failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}`);
}

export interface PdfWord {
  text: string;
  /** Height of the word's box in points (pdftotext: the font's ascent to descent at its size on the page). */
  height: number;
  xMin: number;
  yMin: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words joined without spaces, in the PDF's order. */
  text: string;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page of a PDF with its words' boxes (pdftotext -bbox). */
export function pdfPages(file: string): PdfPage[] {
  const result = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  const pages: PdfPage[] = [];
  for (const m of result.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: decodeEntities(w[4]),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      height: Number(w[3]) - Number(w[2]),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join('') });
  }
  return pages;
}
