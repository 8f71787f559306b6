/**
 * Page weight: bytes transferred to open one page of each type on a phone (375 px), before
 * search is used, as served with gzip: every response recorded in Chromium, body bytes as
 * they came over the wire (compressed), by kind. The budget is 20 KB for the text a page
 * needs (HTML + CSS + JS); images are counted apart. The search page is measured empty
 * (/search/) for the budget, and with a query as information (the index it then fetches).
 *
 * With --editions=N, also a site of N editions (the real 2024 and generated 2015…2023,
 * scripts/lib/generate-content.ts), built into a temp folder: the same page types, the
 * editions page and a past edition's pages, each on the same budget.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { normaliseBase } from '../../src/lib/base-path.mjs';
import { generateEditions } from '../lib/generate-content';
import { editionPageTypes, editionsPageType, pageTypes } from '../lib/page-types.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import {
  assertChromium,
  buildDirsIn,
  buildSite,
  chromiumFlags,
  chromiumPath,
  distDir,
  ensureBuilt,
  kb,
  type Bench,
  type Figure,
  type Row,
} from './common';

export const textBudgetBytes = 20 * 1024;

export interface Visit {
  name: string;
  path: string;
  budget: boolean;
}

export interface WeightResult {
  budgetKB: number;
  viewport: string;
  rows: Row[];
  over: string[];
  /** Text bytes (HTML + CSS + JS, gzip) by page. */
  textBytes: Record<string, number>;
}

const kindOf = (type: string) => ({ document: 'html', stylesheet: 'css', script: 'js', image: 'img', font: 'font' })[type] ?? 'other';

/** One page of each type on the budget (the search page empty), and the search page with a query as information. */
export function standardVisits(): Visit[] {
  return [
    ...pageTypes.map((p) => (p.name === 'search' ? { name: 'search', path: '/search/', budget: true } : { ...p, budget: true })),
    { name: 'search+query', path: pageTypes.find((p) => p.name === 'search')?.path ?? '/search/', budget: false },
  ];
}

/** What a site of several editions adds: the editions page and a past edition's pages. */
export function editionVisits(pastYear: string): Visit[] {
  return [{ ...editionsPageType, budget: true }, ...editionPageTypes(pastYear).map((p) => ({ ...p, budget: true }))];
}

/**
 * The weight of each visit in a built site.
 * @param dir a built site (default dist/, built first when missing)
 * @param base the path it was built under (SITE_BASE)
 */
export async function measureWeight({
  dir = distDir,
  visits = standardVisits(),
  base = process.env.SITE_BASE,
}: { dir?: string; visits?: Visit[]; base?: string } = {}): Promise<WeightResult> {
  if (dir === distDir) ensureBuilt();
  assertChromium();
  const sitePath = normaliseBase(base);
  const server = await serveStatic(dir, { base: sitePath });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const rows: Row[] = [];
  const over: string[] = [];
  const textBytes: Record<string, number> = {};
  try {
    for (const { name, path: pagePath, budget } of visits) {
      // A fresh context each time: nothing cached from the page before.
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const pending: Promise<void>[] = [];
      const bytes: Record<string, number> = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
      const counts: Record<string, number> = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
      const files: { body: number; transferred: number }[] = [];
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((sizes) => {
            const kind = kindOf(request.resourceType());
            bytes[kind] += sizes.responseBodySize;
            counts[kind] += 1;
            files.push({ body: sizes.responseBodySize, transferred: sizes.responseBodySize + sizes.responseHeadersSize });
          }),
        );
      });
      const response = await page.goto(server.url + sitePath + pagePath.replace(/^\//, ''), { waitUntil: 'load' });
      const status = response?.status() ?? 0;
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
      if (status !== 200) over.push(`${name} (${pagePath} answered ${status})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { budgetKB: textBudgetBytes / 1024, viewport: '375x740@2x', rows, over, textBytes };
}

/** The figures of a weight measurement: the heaviest page on the budget, and what went wrong. */
export function weightFigures(result: WeightResult, what = ''): Figure[] {
  const budgeted = result.rows.filter((r) => r.budget !== '(info)');
  const heaviest = budgeted.reduce((a, b) => (Number(b['text KB']) > Number(a['text KB']) ? b : a), budgeted[0]);
  return [
    {
      figure: `heaviest page text KB (gzip)${what}: ${heaviest?.page}`,
      value: String(heaviest?.['text KB']),
      goal: `≤ ${result.budgetKB}`,
      ok: Number(heaviest?.['text KB']) * 1024 <= textBudgetBytes,
    },
    {
      figure: `pages over the budget, loading fonts or not 200${what}`,
      value: result.over.length,
      goal: '0',
      ok: result.over.length === 0,
    },
  ];
}

/** The page weight of a site of `editions` editions, generated and built in a temp folder. */
async function weightOfEditions(editions: number) {
  const work = mkdtempSync(path.join(tmpdir(), 'qm-bench-weight-editions-'));
  try {
    const dirs = buildDirsIn(work);
    const info = generateEditions(dirs.contentDir, { editions });
    const pastYear = info.years[1] ?? info.years[0];
    console.log(`building ${info.editions} editions (${info.years.at(-1)}…${info.years[0]}) for the page weight…`);
    await buildSite(dirs);
    const result = await measureWeight({ dir: dirs.outDir, visits: [...standardVisits(), ...editionVisits(pastYear)] });
    return { editions: info.editions, pastEdition: pastYear, ...result };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const title = (budgetKB: number, what: string) =>
  `Page weight on a phone (${what}), before search is used: gzip bytes as transferred (bodies; headers apart). Budget: text (HTML+CSS+JS) ≤ ${budgetKB} KB`;

export const bench: Bench = {
  name: 'weight',
  description: 'page weight on a phone, one page of each type (gzip text ≤ 20 KB; images apart)',
  options: { editions: { type: 'string' } },
  async run({ values }) {
    const result = await measureWeight();
    const tables = [{ title: title(result.budgetKB, 'dist/'), rows: result.rows }];
    const rows = weightFigures(result);
    const notes = result.over.length ? [`over budget: ${result.over.join(', ')}`] : [];
    const editions = values.editions ? await weightOfEditions(Number(values.editions)) : undefined;
    if (editions) {
      tables.push({
        title: title(editions.budgetKB, `${editions.editions} editions, generated; past edition ${editions.pastEdition}`),
        rows: editions.rows,
      });
      tables.push({
        title: `What ${editions.editions} editions add to a page (text, gzip bytes)`,
        rows: Object.keys(result.textBytes)
          .filter((name) => name in editions.textBytes)
          .map((name) => ({
            page: name,
            'dist/ B': result.textBytes[name],
            [`${editions.editions} editions B`]: editions.textBytes[name],
            'added B': editions.textBytes[name] - result.textBytes[name],
          })),
      });
      rows.push(...weightFigures(editions, `, ${editions.editions} editions`));
      if (editions.over.length) notes.push(`${editions.editions} editions, over budget: ${editions.over.join(', ')}`);
    }
    return { rows, notes, tables, data: { ...result, ...(editions ? { editions } : {}) } };
  },
};
