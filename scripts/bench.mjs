#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: every benchmark, one combined table, bench-results/bench.json.
 *   1. quality: Lighthouse, page weight, build times (scripts/bench-quality.mjs → quality.json)
 *   2. posters: npx vite-node scripts/bench-posters.ts -- --json (→ posters.json)
 *   3. search:  node scripts/bench-search.mjs --json, when that script exists
 * Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH); builds dist/ if missing.
 *
 *   node scripts/bench.mjs [--runs=N] [--skip-build-bench] [--skip-posters] [--skip-search]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchQuality, printQuality } from './bench-quality.mjs';
import { assertChromium, ensureBuilt, printTable, resultsDir, root, writeResults } from './lib/bench-common.mjs';

const flag = (/** @type {string} */ name) => process.argv.includes(`--${name}`);
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);

/**
 * Runs a command with its output shown; resolves with its exit code and duration.
 * @param {string} command @param {string[]} args
 */
function run(command, args) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => resolve({ code: code ?? 1, ms: performance.now() - start }));
  });
}

/** A results file written after `since` (ms since epoch), parsed; else undefined. */
function freshJson(/** @type {string} */ name, /** @type {number} */ since) {
  const file = path.join(resultsDir, name);
  if (!existsSync(file) || statSync(file).mtimeMs < since) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

assertChromium();
ensureBuilt();
const started = Date.now();
/** @type {{ bench: string; figure: string; value: string | number }[]} */
const summary = [];
/** @type {string[]} */
const notes = [];

// 1. Quality.
console.log('== quality: Lighthouse, page weight, build times ==');
const quality = await benchQuality({ runs, buildBench: !flag('skip-build-bench'), quiet: true });
printQuality(quality);
await writeResults('quality', {
  table: quality.table,
  build: quality.build,
  problems: quality.problems,
  lighthouseNotes: quality.lighthouse.failing,
  weight: quality.weight.rows,
});
const scores = quality.table.flatMap((r) => [r.perf, r.a11y, r['best-pr'], r.seo]).map(Number);
summary.push({ bench: 'lighthouse', figure: 'lowest score (any page, any category)', value: Math.min(...scores) });
summary.push({ bench: 'lighthouse', figure: 'highest LCP ms', value: Math.max(...quality.table.map((r) => Number(r['LCP ms']))) });
summary.push({ bench: 'lighthouse', figure: 'highest TBT ms', value: Math.max(...quality.table.map((r) => Number(r['TBT ms']))) });
summary.push({ bench: 'lighthouse', figure: 'highest CLS', value: Math.max(...quality.table.map((r) => Number(r.CLS))) });
const budgeted = quality.weight.rows.filter((r) => r.budget !== '(info)');
summary.push({ bench: 'weight', figure: 'heaviest page text KB (gzip)', value: Math.max(...budgeted.map((r) => Number(r['text KB']))) });
summary.push({ bench: 'weight', figure: 'pages over 20 KB', value: budgeted.filter((r) => r.budget !== 'ok').length });
for (const b of quality.build) {
  summary.push({ bench: 'build', figure: `${b.content}: cold s`, value: String(b['cold s']) });
  summary.push({ bench: 'build', figure: `${b.content}: rebuild s`, value: String(b['rebuild s']) });
  summary.push({ bench: 'build', figure: `${b.content}: one edit s`, value: String(b['one edit s']) });
}

// 2. Posters.
/** @type {unknown} */
let posters;
if (flag('skip-posters')) notes.push('posters: skipped (--skip-posters)');
else {
  console.log('\n== posters: npx vite-node scripts/bench-posters.ts -- --json ==');
  const since = Date.now();
  const result = /** @type {{ code: number; ms: number }} */ (
    await run('npx', ['vite-node', 'scripts/bench-posters.ts', '--', '--json'])
  );
  posters = freshJson('posters.json', since);
  if (result.code !== 0 || !posters) notes.push(`posters: bench failed (exit ${result.code})`);
  else {
    const p = /** @type {{ coldTotalMs: number; cachedRebuildMs: number; files: number }} */ (posters);
    summary.push({ bench: 'posters', figure: 'cold render, all posters + previews s', value: (p.coldTotalMs / 1000).toFixed(1) });
    summary.push({ bench: 'posters', figure: `cached rebuild (${p.files} files) ms`, value: Math.round(p.cachedRebuildMs) });
  }
}

// 3. Search (written by the search engineer; optional).
/** @type {unknown} */
let search;
const searchScript = path.join(root, 'scripts', 'bench-search.mjs');
if (flag('skip-search')) notes.push('search: skipped (--skip-search)');
else if (!existsSync(searchScript)) notes.push('search: scripts/bench-search.mjs does not exist yet, skipped');
else {
  console.log('\n== search: node scripts/bench-search.mjs --json ==');
  const since = Date.now();
  const result = /** @type {{ code: number; ms: number }} */ (await run(process.execPath, [searchScript, '--json']));
  search = freshJson('search.json', since);
  if (result.code !== 0) notes.push(`search: bench failed (exit ${result.code})`);
  else if (!search) notes.push('search: ran, but wrote no bench-results/search.json (figures only in its output above)');
  summary.push({ bench: 'search', figure: 'bench run time s', value: (result.ms / 1000).toFixed(1) });
}

console.log('\n== all benches ==');
printTable('Summary', summary);
for (const note of notes) console.log(`note: ${note}`);
if (quality.problems.length) console.log(`below target: ${quality.problems.join('; ')}`);
await writeResults('bench', {
  durationS: Math.round((Date.now() - started) / 1000),
  summary,
  notes,
  quality: { table: quality.table, build: quality.build, problems: quality.problems },
  posters,
  search,
});
