// @ts-check
/**
 * Search quality on the real search page: a query typed as people type it, the pages
 * that answer it, and the figures over a set of them (MRR, recall@10). Shared by
 * tests/browser/search/realistic.test.ts and scripts/bench/search.ts; the set is
 * tests/fixtures/search/realistic-queries.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** @typedef {{ kind: string, q: string, expect: string[] }} RealisticQuery */

/** @returns {RealisticQuery[]} */
export const realisticQueries = () =>
  JSON.parse(readFileSync(path.join(here, '../../tests/fixtures/search/realistic-queries.json'), 'utf8')).queries;

/** How many results recall is counted over. */
export const RECALL_AT = 10;

/**
 * The first `n` results' links for `q` in `year`, opened from the URL (pressing 再显示
 * when fewer are shown), with the status line.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 * @param {string} q
 * @param {string} year
 * @param {number} [n]
 */
export async function topResults(page, origin, q, year, n = RECALL_AT) {
  await page.goto(`${origin}/search/?${new URLSearchParams({ q, year })}`);
  const done = () => /找到 \d+ 条结果|没有找到|无法使用/.test(document.querySelector('[data-search-status]')?.textContent ?? '');
  await page.waitForFunction(done);
  const links = () =>
    page.locator('[data-search-results] > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
  let hrefs = await links();
  const more = page.locator('[data-search-more]');
  while (hrefs.length < n && (await more.isVisible())) {
    const before = hrefs.length;
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, before);
    hrefs = await links();
  }
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { status, hrefs: hrefs.slice(0, n) };
}

/**
 * The rank (1-based) of the first answering page among `hrefs`, or 0 when none is.
 * @param {string[]} hrefs
 * @param {string[]} expect
 */
export const rankOf = (hrefs, expect) => hrefs.findIndex((href) => expect.includes(href)) + 1;

/**
 * Mean reciprocal rank and recall@10 over the ranks (0 for not found).
 * @param {number[]} ranks
 */
export function scores(ranks) {
  const mrr = ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / ranks.length;
  const recall = ranks.filter((r) => r > 0 && r <= RECALL_AT).length / ranks.length;
  return { mrr, recall };
}
