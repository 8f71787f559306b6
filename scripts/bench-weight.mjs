#!/usr/bin/env node
// @ts-check
/**
 * Page weight: bytes transferred to open one page of each type on a phone (375 px), before
 * search is used, as served with gzip: every response recorded in Chromium, body bytes as
 * they came over the wire (compressed), by kind. The budget is 20 KB for the text a page
 * needs (HTML + CSS + JS); images are counted apart. The search page is measured empty
 * (/search/) for the budget, and with a query as information (the index it then fetches).
 *
 *   node scripts/bench-weight.mjs [--json]     # --json writes bench-results/weight.json
 */
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath, pageTypes } from './lib/page-types.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { assertChromium, distDir, ensureBuilt, isMain, kb, printTable, writeResults } from './lib/bench-common.mjs';

export const textBudgetBytes = 20 * 1024;

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

export async function benchWeight() {
  ensureBuilt();
  assertChromium();
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  /** @type {string[]} */
  const over = [];
  try {
    const visits = [
      ...pageTypes.map((p) => (p.name === 'search' ? { name: 'search', path: '/search/', budget: true } : { ...p, budget: true })),
      { name: 'search+query', path: pageTypes.find((p) => p.name === 'search')?.path ?? '/search/', budget: false },
    ];
    for (const { name, path, budget } of visits) {
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
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
      const text = bytes.html + bytes.css + bytes.js;
      const headers = files.reduce((sum, f) => sum + (f.transferred - f.body), 0);
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
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { budgetKB: textBudgetBytes / 1024, viewport: '375x740@2x', rows, over };
}

/** @param {Awaited<ReturnType<typeof benchWeight>>} result */
export function printWeight(result) {
  printTable(
    `Page weight on a phone, before search is used: gzip bytes as transferred (bodies; headers apart). Budget: text (HTML+CSS+JS) ≤ ${result.budgetKB} KB`,
    result.rows,
  );
  console.log(result.over.length ? `OVER BUDGET: ${result.over.join(', ')}` : 'every page within the budget');
}

if (isMain(import.meta.url)) {
  const result = await benchWeight();
  printWeight(result);
  if (process.argv.includes('--json')) await writeResults('weight', result);
  if (result.over.length) process.exitCode = 1;
}
