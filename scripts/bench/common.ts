/**
 * What the benches share: the interface a bench implements, the built site, Debian's
 * Chromium, builds into temp folders, one table format and the results files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ParseArgsConfig } from 'node:util';
import { chromiumFlags, chromiumPath } from '../lib/page-types.mjs';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.join(root, 'dist');
export const resultsDir = path.join(root, 'bench-results');

/** A cell of a table: printed as it is. */
export type Cell = string | number | boolean | undefined | null;
export type Row = Record<string, Cell>;

/** One figure of a bench, against its goal when it has one. */
export interface Figure {
  figure: string;
  value: string | number;
  /** The goal, as a reader would write it: "≤ 3 s", "100". */
  goal?: string;
  /** Whether the value meets the goal (absent: no goal, information only). */
  ok?: boolean;
}

export interface BenchResult {
  /** The figures: printed last, and in the runner's summary. */
  rows: Figure[];
  /** What a reader should know (what was skipped, which audits failed). */
  notes: string[];
  /** Detail tables, printed before the figures in the same format. */
  tables?: { title: string; rows: Row[] }[];
  /** Everything measured, written to bench-results/<name>.json. */
  data?: unknown;
}

export interface BenchOptions {
  /** How many times to repeat what the bench repeats (--runs=N); undefined: the bench's own default. */
  runs?: number;
  /** The bench's own options (declared in its `options`), as parseArgs read them. */
  values: Record<string, string | boolean | undefined>;
}

export interface Bench {
  name: string;
  description: string;
  /** Options of this bench only (e.g. build's --only), for node:util parseArgs. */
  options?: NonNullable<ParseArgsConfig['options']>;
  run(options: BenchOptions): Promise<BenchResult>;
}

/** Builds the site when dist/ is missing (the benches measure the built site). */
export function ensureBuilt(): void {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  console.log('dist/ is missing: building it first (npm run build)…');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
}

export { chromiumFlags, chromiumPath };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Debian's Chromium with a debugging port, for Lighthouse. */
export async function launchChromiumWithPort(): Promise<{ port: number; kill: () => Promise<void> }> {
  assertChromium();
  const port = await freePort();
  const userDir = path.join(root, 'node_modules', '.cache', `bench-chromium-${process.pid}`);
  const child = spawn(
    chromiumPath,
    [...chromiumFlags, `--remote-debugging-port=${port}`, `--user-data-dir=${userDir}`, '--disable-dev-shm-usage', 'about:blank'],
    { stdio: 'ignore' },
  );
  // Wait until the debugging endpoint answers.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('Chromium did not open its debugging port');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    kill: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(userDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill();
      }),
  };
}

/** The folders of one `astro build` of its own: content, output and caches. */
export interface BuildDirs {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  posterCacheDir: string;
}

/**
 * Runs `astro build` on a content folder into an output folder, with its own caches
 * (QM_CONTENT_DIR, QM_OUT_DIR, QM_CACHE_DIR, QM_POSTER_CACHE_DIR): dist/ and the project's
 * caches are never touched.
 */
export function buildSite({ contentDir, outDir, cacheDir, posterCacheDir }: BuildDirs): Promise<{ ms: number; output: string }> {
  const start = performance.now();
  // A BASE_URL in this process's environment (vitest sets one) must not reach the build,
  // where it would override SITE_BASE.
  const { BASE_URL: _ignored, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: {
        ...env,
        QM_CONTENT_DIR: contentDir,
        QM_OUT_DIR: outDir,
        QM_CACHE_DIR: cacheDir,
        QM_POSTER_CACHE_DIR: posterCacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - start, output });
      else reject(new Error(`build of ${contentDir} failed:\n${output.slice(-3000)}`));
    });
  });
}

/** The build folders inside a work folder. */
export const buildDirsIn = (work: string, contentDir = path.join(work, 'content')): BuildDirs => ({
  contentDir,
  outDir: path.join(work, 'dist'),
  cacheDir: path.join(work, 'astro-cache'),
  posterCacheDir: path.join(work, 'poster-cache'),
});

/** Files, bytes and HTML pages in a folder. */
export function folderStats(dir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else {
        files++;
        bytes += info.size;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes, pages };
}

/** Prints rows as an aligned table: the one table format of every bench. */
export function printTable(title: string, rows: Row[], columns?: string[]): void {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Cell) => (v === undefined || v === null ? '' : String(v));
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
  const pad = (s: string, w: number, left: boolean) => (left ? s + ' '.repeat(w - width(s)) : ' '.repeat(w - width(s)) + s);
  const widths = cols.map((c) => Math.max(width(c), ...rows.map((r) => width(cell(r[c])))));
  // Numbers right-aligned, words left.
  const numeric = cols.map((c) => rows.every((r) => cell(r[c]) === '' || !Number.isNaN(Number(cell(r[c])))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], !numeric[i])).join('  ');
  console.log(`\n${title}`);
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/** A bench's figures as a table's rows. */
export const figureRows = (rows: Figure[], bench?: string): Row[] =>
  rows.map((r) => ({
    ...(bench ? { bench } : {}),
    figure: r.figure,
    value: r.value,
    goal: r.goal ?? '',
    'vs goal': r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  }));

/** The commit measured, so results files can be compared between commits. */
export function gitInfo(): { commit: string; dirty: boolean } {
  const run = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
  return { commit: run(['rev-parse', 'HEAD']), dirty: run(['status', '--porcelain']).length > 0 };
}

/** Writes bench-results/<name>.json with the date, commit and machine; returns the record. */
export function writeResults(name: string, data: object): Record<string, unknown> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  const record = {
    bench: name,
    date: new Date().toISOString(),
    ...gitInfo(),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: Number(os.loadavg()[0].toFixed(1)),
    ...data,
  };
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  console.log(`wrote ${path.relative(root, file)}`);
  return record;
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A bench option read as a list: --only=home,unit → ['home', 'unit']. */
export const listOption = (value: string | boolean | undefined): string[] | undefined =>
  typeof value === 'string' && value ? value.split(',').map((s) => s.trim()) : undefined;
