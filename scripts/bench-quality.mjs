#!/usr/bin/env node
// @ts-check
/**
 * The quality bench: Lighthouse scores, page weight and build times in one table per page
 * type (build times below it), written to bench-results/quality.json for comparing commits.
 *
 *   node scripts/bench-quality.mjs [--runs=N] [--skip-build-bench]
 */
import { benchBuild, printBuild } from './bench-build.mjs';
import { benchLighthouse, printLighthouse } from './bench-lighthouse.mjs';
import { benchWeight, printWeight } from './bench-weight.mjs';
import { ensureBuilt, isMain, printTable, writeResults } from './lib/bench-common.mjs';

/**
 * @param {{ runs?: number; buildBench?: boolean; quiet?: boolean }} [options]
 */
export async function benchQuality({ runs = 1, buildBench = true, quiet = false } = {}) {
  ensureBuilt();
  const lighthouse = await benchLighthouse({ runs });
  if (!quiet) printLighthouse(lighthouse);
  const weight = await benchWeight();
  if (!quiet) printWeight(weight);
  const build = buildBench ? await benchBuild() : { rows: [] };
  if (!quiet && buildBench) printBuild(build);

  const byPage = new Map(weight.rows.map((r) => [r.page, r]));
  const table = lighthouse.rows.map((l) => {
    const w = byPage.get(l.page === 'search' ? 'search' : l.page) ?? {};
    return {
      page: l.page,
      perf: l.performance,
      a11y: l.accessibility,
      'best-pr': l['best-practices'],
      seo: l.seo,
      'LCP ms': l['LCP ms'],
      'TBT ms': l['TBT ms'],
      CLS: l.CLS,
      'CPU index': l['CPU index'],
      'text KB': w['text KB'],
      budget: w.budget,
      'img KB': w['img KB'],
      requests: w.requests,
    };
  });
  const problems = [
    ...lighthouse.rows.flatMap((r) =>
      ['performance', 'accessibility', 'best-practices', 'seo']
        .filter((c) => r[c] !== 100)
        .map((c) => `${r.page}: Lighthouse ${c} ${r[c]}`),
    ),
    ...weight.over.map((p) => `${p}: over the ${weight.budgetKB} KB text budget`),
  ];
  return { table, build: build.rows, problems, lighthouse, weight };
}

/** @param {Awaited<ReturnType<typeof benchQuality>>} result */
export function printQuality(result) {
  printTable(
    'Quality per page type (Lighthouse 12 mobile; weight: gzip bytes on a phone before search is used, text budget 20 KB)',
    result.table,
  );
  if (result.build.length) printTable('Build times', result.build);
  console.log(result.problems.length ? `\nBELOW TARGET:\n  ${result.problems.join('\n  ')}` : '\nevery page type: 100 ×4 and within the weight budget');
}

if (isMain(import.meta.url)) {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
  const result = await benchQuality({ runs, buildBench: !process.argv.includes('--skip-build-bench'), quiet: true });
  printQuality(result);
  await writeResults('quality', { table: result.table, build: result.build, problems: result.problems, lighthouseNotes: result.lighthouse.failing, weight: result.weight.rows });
}
