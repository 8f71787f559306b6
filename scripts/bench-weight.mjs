#!/usr/bin/env node
// @ts-check
/**
 * Page weight: bytes transferred to open one page of each type on a phone (375 px), before
 * search is used, as served with gzip: every response recorded in Chromium, body bytes as
 * they came over the wire (compressed), by kind. The budget is 20 KB for the text a page
 * needs (HTML + CSS + JS); images are counted apart. The search page is measured empty
 * (/search/) for the budget, and with a query as information (the index it then fetches).
 *
 * With --editions[=N], also a site of N editions (default 10: the real 2024 and generated
 * 2015…2023, scripts/lib/generate-content.mjs), built into a temp folder: the same page
 * types (the home and the newest edition's pages now carry the list of editions), the
 * editions page, and a past edition's pages (which carry the past-edition notice), each on
 * the same budget.
 *
 *   node scripts/bench-weight.mjs [--json] [--editions[=10]]   # --json writes bench-results/weight.json
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, editionPageTypes, editionsPageType, pageTypes } from './lib/page-types.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { assertChromium, distDir, ensureBuilt, isMain, kb, printTable, writeResults } from './lib/bench-common.mjs';
import { normaliseBase } from '../src/lib/base-path.mjs';

export const textBudgetBytes = 20 * 1024;

/** @typedef {{ name: string; path: string; budget: boolean }} Visit */

/** @param {string} type */
const kindOf = (type) =>
  type === 'document'
    ? 'html'
    : type === 'stylesheet'
      ? 'css'
      : type === 'script'
        ? 'js'
        : type === 'image'
          ? 'img'
          : type === 'font'
            ? 'font'
            : 'other';

/**
 * One page of each type on the budget (the search page empty), and the search page with a
 * query as information.
 * @returns {Visit[]}
 */
export function standardVisits() {
  return [
    ...pageTypes.map((p) => (p.name === 'search' ? { name: 'search', path: '/search/', budget: true } : { ...p, budget: true })),
    { name: 'search+query', path: pageTypes.find((p) => p.name === 'search')?.path ?? '/search/', budget: false },
  ];
}

/**
 * What a site of several editions adds: the editions page and a past edition's pages.
 * @param {string} pastYear
 * @returns {Visit[]}
 */
export function editionVisits(pastYear) {
  return [{ ...editionsPageType, budget: true }, ...editionPageTypes(pastYear).map((p) => ({ ...p, budget: true }))];
}

/**
 * @param {{ dir?: string; visits?: Visit[]; base?: string }} [options] dir: a built site
 *   (default dist/, built first when missing); base: the path it was built under (SITE_BASE)
 */
export async function benchWeight({ dir = distDir, visits = standardVisits(), base = process.env.SITE_BASE } = {}) {
  if (dir === distDir) ensureBuilt();
  assertChromium();
  const sitePath = normaliseBase(base);
  const server = await serveStatic(dir, { base: sitePath });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  /** @type {string[]} */
  const over = [];
  /** @type {Record<string, number>} text bytes (HTML + CSS + JS, gzip) by page */
  const textBytes = {};
  try {
    for (const { name, path: pagePath, budget } of visits) {
      // A fresh context each time: nothing cached from the page before.
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      /** @type {Promise<void>[]} */
      const pending = [];
      /** @type {Record<string, number>} */
      const bytes = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
      /** @type {Record<string, number>} */
      const counts = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
      /** @type {{ url: string; kind: string; body: number; transferred: number }[]} */
      const files = [];
      /** @type {number[]} */
      const statuses = [];
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            const kind = kindOf(request.resourceType());
            const transferred = sizes.responseBodySize + sizes.responseHeadersSize;
            bytes[kind] += sizes.responseBodySize;
            counts[kind] += 1;
            files.push({ url: request.url().replace(server.url, ''), kind, body: sizes.responseBodySize, transferred });
          }),
        );
      });
      const response = await page.goto(server.url + sitePath + pagePath.replace(/^\//, ''), { waitUntil: 'load' });
      statuses.push(response?.status() ?? 0);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
      const text = bytes.html + bytes.css + bytes.js;
      const headers = files.reduce((sum, f) => sum + (f.transferred - f.body), 0);
      textBytes[name] = text;
      rows.push({
        page: name,
        requests: files.length,
        'HTML KB': kb(bytes.html),
        'CSS KB': kb(bytes.css),
        'JS KB': kb(bytes.js),
        'text KB': kb(text),
        budget: budget ? (text <= textBudgetBytes ? 'ok' : 'OVER') : '(info)',
        'img KB': kb(bytes.img),
        'other KB': kb(bytes.other + bytes.font),
        'headers KB': kb(headers),
        'total KB': kb(text + bytes.img + bytes.other + bytes.font + headers),
      });
      if (budget && text > textBudgetBytes) over.push(name);
      if (counts.font > 0) over.push(`${name} (loads ${counts.font} font file(s))`);
      if (statuses[0] !== 200) over.push(`${name} (${pagePath} answered ${statuses[0]})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { budgetKB: textBudgetBytes / 1024, viewport: '375x740@2x', rows, over, textBytes };
}

/**
 * The page weight of a site of `editions` editions, generated and built in a temp folder.
 * @param {{ editions?: number }} [options]
 */
export async function benchWeightEditions({ editions = 10 } = {}) {
  assertChromium();
  // Imported here, not at the top: bench-build.mjs imports this file.
  const { buildSite } = await import('./bench-build.mjs');
  const { generateEditions } = await import('./lib/generate-content.mjs');
  const work = mkdtempSync(path.join(tmpdir(), `qm-bench-weight-editions-`));
  try {
    const contentDir = path.join(work, 'content');
    const info = generateEditions(contentDir, { editions });
    const pastYear = info.years[1] ?? info.years[0];
    const outDir = path.join(work, 'dist');
    console.log(`building ${info.editions} editions (${info.years.at(-1)}…${info.years[0]}) for the page weight…`);
    await buildSite({ contentDir, outDir, cacheDir: path.join(work, 'astro-cache'), posterCacheDir: path.join(work, 'poster-cache') });
    const result = await benchWeight({ dir: outDir, visits: [...standardVisits(), ...editionVisits(pastYear)] });
    return { editions: info.editions, years: info.years, pastEdition: pastYear, ...result };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * @param {Awaited<ReturnType<typeof benchWeight>>} result
 * @param {string} [what] which site, for the title
 */
export function printWeight(result, what = 'dist/') {
  printTable(
    `Page weight on a phone (${what}), before search is used: gzip bytes as transferred (bodies; headers apart). Budget: text (HTML+CSS+JS) ≤ ${result.budgetKB} KB`,
    result.rows,
  );
  console.log(result.over.length ? `OVER BUDGET: ${result.over.join(', ')}` : 'every page within the budget');
}

async function main() {
  const result = await benchWeight();
  printWeight(result);
  const editionsArg = process.argv.find((a) => a === '--editions' || a.startsWith('--editions='));
  const editions = editionsArg ? await benchWeightEditions({ editions: Number(editionsArg.split('=')[1] ?? 10) }) : undefined;
  if (editions) {
    printWeight(editions, `${editions.editions} editions, generated; past edition ${editions.pastEdition}`);
    // The same page in the one-edition dist/ and in the site of several editions.
    printTable(
      `What ${editions.editions} editions add to a page (text, gzip bytes)`,
      Object.keys(result.textBytes)
        .filter((name) => name in editions.textBytes)
        .map((name) => ({
          page: name,
          'dist/ B': result.textBytes[name],
          [`${editions.editions} editions B`]: editions.textBytes[name],
          'added B': editions.textBytes[name] - result.textBytes[name],
        })),
    );
  }
  if (process.argv.includes('--json')) await writeResults('weight', { ...result, ...(editions ? { editions } : {}) });
  if (result.over.length || editions?.over.length) process.exitCode = 1;
}

// Not a top-level await: benchWeightEditions imports bench-build.mjs, which imports this
// file, and a module still awaiting at top level would never finish loading for it.
if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
