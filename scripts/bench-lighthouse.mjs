#!/usr/bin/env node
// @ts-check
/**
 * Lighthouse 12 (mobile, its default simulated slow 4G and mid-range phone) on one page of
 * each type, against dist/ served with gzip and the site's security headers, in Debian's
 * Chromium. Prints the four category scores and LCP / TBT / CLS; the goal is 100 everywhere.
 *
 *   node scripts/bench-lighthouse.mjs [--runs=N] [--json] [--only=home,unit]
 *
 * With several runs, each figure is the median. --json writes bench-results/lighthouse.json.
 */
import lighthouse from 'lighthouse';
import { pageTypes } from './lib/page-types.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { distDir, ensureBuilt, isMain, launchChromiumWithPort, printTable, writeResults } from './lib/bench-common.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * @param {{ runs?: number; only?: string[] }} [options]
 */
export async function benchLighthouse({ runs = 1, only } = {}) {
  ensureBuilt();
  const server = await serveStatic(distDir);
  const chromium = await launchChromiumWithPort();
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  /** @type {Record<string, string[]>} */
  const failing = {};
  try {
    for (const { name, path } of pageTypes.filter((p) => !only || only.includes(p.name))) {
      /** @type {Record<string, number[]>} */
      const samples = {};
      const push = (/** @type {string} */ key, /** @type {number} */ value) => (samples[key] ??= []).push(value);
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(server.url + path, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        for (const c of categories) push(c, Math.round((lhr.categories[c]?.score ?? 0) * 100));
        push('lcp', lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
        push('fcp', lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
        push('tbt', lhr.audits['total-blocking-time']?.numericValue ?? NaN);
        push('cls', lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
        // Lighthouse's own CPU benchmark: lower means a slower (or busier) machine, and
        // higher TBT. Compare runs only at similar values.
        push('benchmarkIndex', lhr.environment?.benchmarkIndex ?? NaN);
        // What keeps a category below 100: its scored audits that did not pass.
        for (const c of categories) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              const note = `${c}: ${ref.id} (${audit.displayValue ?? audit.score})`;
              (failing[name] ??= []).includes(note) || failing[name].push(note);
            }
          }
        }
      }
      rows.push({
        page: name,
        performance: median(samples.performance),
        accessibility: median(samples.accessibility),
        'best-practices': median(samples['best-practices']),
        seo: median(samples.seo),
        'FCP ms': Math.round(median(samples.fcp)),
        'LCP ms': Math.round(median(samples.lcp)),
        'TBT ms': Math.round(median(samples.tbt)),
        CLS: Number(median(samples.cls).toFixed(3)),
        'CPU index': Math.round(median(samples.benchmarkIndex)),
      });
    }
  } finally {
    await chromium.kill();
    await server.close();
  }
  return { runs, rows, failing };
}

/** @param {Awaited<ReturnType<typeof benchLighthouse>>} result */
export function printLighthouse(result) {
  printTable(`Lighthouse 12, mobile (simulated slow 4G), median of ${result.runs} run(s)`, result.rows);
  const notes = Object.entries(result.failing);
  if (notes.length === 0) console.log('every scored audit passes');
  for (const [page, list] of notes) console.log(`  ${page}: ${list.join('; ')}`);
}

if (isMain(import.meta.url)) {
  const arg = (/** @type {string} */ name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const result = await benchLighthouse({ runs: Number(arg('runs') ?? 1), only: arg('only')?.split(',') });
  printLighthouse(result);
  if (process.argv.includes('--json')) await writeResults('lighthouse', result);
}
