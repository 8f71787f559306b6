// @ts-check
/** Shared by the benches: the built site, a Chromium to drive, tables, results files. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from './page-types.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(root, 'dist');
export const resultsDir = path.join(root, 'bench-results');

/** Builds the site when dist/ is missing (the benches measure the built site). */
export function ensureBuilt() {
  if (existsSync(path.join(distDir, 'index.html'))) return;
  console.log('dist/ is missing: building it first (npm run build)…');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

export function assertChromium() {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Debian's Chromium with a debugging port, for Lighthouse.
 * @returns {Promise<{ port: number; kill: () => Promise<void> }>}
 */
export async function launchChromiumWithPort() {
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

/**
 * Prints rows as an aligned table.
 * @param {string} title
 * @param {Record<string, unknown>[]} rows
 * @param {string[]} [columns]
 */
export function printTable(title, rows, columns) {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (/** @type {unknown} */ v) => (v === undefined || v === null ? '' : String(v));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

/** The commit measured, so results files can be compared between commits. */
export function gitInfo() {
  const run = (/** @type {string[]} */ args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
  return { commit: run(['rev-parse', 'HEAD']), dirty: run(['status', '--porcelain']).length > 0 };
}

/**
 * Writes bench-results/<name>.json with the date, commit and machine.
 * @param {string} name
 * @param {unknown} data
 */
export async function writeResults(name, data) {
  const os = await import('node:os');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  const record = {
    date: new Date().toISOString(),
    ...gitInfo(),
    node: process.version,
    cpus: os.cpus().length,
    ...(/** @type {object} */ (data)),
  };
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(root, file)}`);
  return file;
}

/** Runs `main` when the file is executed directly (not imported by scripts/bench.mjs). */
export function isMain(/** @type {string} */ metaUrl) {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(metaUrl);
}

export const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
