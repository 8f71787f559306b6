/**
 * What a first search costs a person on a cold cache: the bytes fetched from /pagefind/
 * (pagefind.js, its worker and WebAssembly, the index chunks, the fragments of the
 * results shown) and the time from typing to the first results, in Debian's chromium.
 *
 * Bytes are those the local static host (scripts/lib/static-server.mjs) actually sent:
 * text gzipped as nginx would; Pagefind's index files are compressed already and are
 * sent as they are.
 *
 * Prints PASS/FAIL per query against the budget (100 KB) and the search quality over the
 * realistic query set (MRR, recall@10; goal ≥ 0.95).
 *
 * Measured (gzip, cold cache, first results shown):
 *                before (2 index chunks, 10 results)   after (1 chunk, 5 results first)
 *   电动自行车    112.5 KB, 9 requests                  94.9 KB, 8 requests
 *   食品安全      111.1 KB                              93.7 KB
 *   旅行社         86.3 KB                              93.9 KB (the one chunk is larger
 *                                                       than the old chunk it needed)
 *   区水务局      118.4 KB, 14 requests                 96.5 KB, 11 requests
 *   农民丰收节    111.0 KB                              93.6 KB
 *   Typical queries after: 质量 95.9, 市场监管局 98.5 (its page and all 7 items),
 *   报送 96.2, 口号海报 95.8, 知识产权 95.3 KB.
 * Fixed cost ≈ 68 KB (wasm.unknown.pagefind 54.1, pagefind.js 13.1, pf_meta 0.6,
 * entry 0.2). Index: before 25.0 + 17.4 KB in two chunks (Pagefind cuts a chunk at
 * about 20 000 word positions; Chinese is indexed as words and character pairs, 33 000
 * positions then); after one chunk of 25.2 KB (~15 600 positions), from leaving
 * repeated and auxiliary text out of the index (src/integrations/pagefind.mjs). Pagefind
 * 1.6 has no option for the chunk size or the pairs. Fragments ~0.4–1 KB each: the
 * search page fetches those of the first 5 results (plus, for a unit's name, its page
 * and items), 10 more per “再显示”.
 *
 * With the search vocabulary (issue 11; vocabulary.json 1.9 KB gzip on every search,
 * pinyin.json 0.7 KB for Latin letters, traditional.json 1.2 KB when a query finds
 * nothing, only part, or holds a character on no page), 4 results first and a unit's items
 * fetched as they are shown: 区水务局 98.5, 市场监管局 98.7, 质量 98.3, 电动自行车 97.6 KB;
 * with the maps shichangjianguanju 99.4, 質監局 99.8, 電動自行車 98.7 KB. The index grew
 * by the report page's facts to 25.8 KB (one chunk). Realistic queries (78):
 * MRR 1.000, recall@10 1.000.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../lib/static-server.mjs';
import { RECALL_AT, rankOf, realisticQueries, scores, topResults } from '../lib/search-eval.mjs';
import { chromiumFlags, chromiumPath, distDir as dist, ensureBuilt, kb, type Bench, type Row } from './common';

/** First results within this many gzip bytes from /pagefind/, cold cache. */
const BUDGET_BYTES = 100 * 1024;
/** The budget's queries, then typical ones: a common word with many results, a unit with 7 items, overview pages. */
const QUERIES = ['电动自行车', '食品安全', '旅行社', '区水务局', '农民丰收节', '质量', '市场监管局', '报送', '口号海报', '知识产权'];
/**
 * Queries that fetch the normalisation maps too: pinyin (pinyin.json, for Latin letters)
 * and traditional characters (traditional.json, when a query finds nothing, only part, or
 * first results without a word it does not know). Every query fetches vocabulary.json.
 */
const MAP_QUERIES = ['shichangjianguanju', 'zhishichanquan', '電動自行車', '質監局', '第二十二项', '旅行社 投诉电话'];
const QUALITY_GOAL = 0.95;

/** The vocabulary's files in the bundle (src/lib/search-files.mjs). */
const isVocabulary = (p: string) => /\/(vocabulary|pinyin|traditional)\.json$/.test(p);
const byKind = (p: string) =>
  p.includes('/fragment/') ? 'fragments' : p.includes('/index/') ? 'index chunks' : p.includes('/filter/') ? 'filters' : path.basename(p);

interface QueryRow {
  query: string;
  results: number;
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  mapBytes: number;
  ms: number;
  files: { path: string; raw: number; gzip: number }[];
  withinBudget: boolean;
}

export const bench: Bench = {
  name: 'search',
  description: 'first search on a cold cache: bytes from /pagefind/ (≤ 100 KB) and time; MRR and recall@10 of the realistic queries',
  async run() {
    ensureBuilt();
    // The current edition's bundle, which a search from the search page loads first.
    const edition =
      readdirSync(path.join(dist, 'pagefind'))
        .filter((d) => /^\d{4}$/.test(d))
        .sort()
        .pop() ?? '';
    const bundle = `/pagefind/${edition}/`;
    const rawSize = (urlPath: string) => statSync(path.join(dist, urlPath)).size;
    const server = await serveStatic(dist);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    const rows: QueryRow[] = [];
    const quality: { kind: string; q: string; expect: string[]; rank: number; first: string }[] = [];
    try {
      for (const query of [...QUERIES, ...MAP_QUERIES]) {
        const context = await browser.newContext(); // cold cache: nothing from the last query
        const page = await context.newPage();
        await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
        const logStart = server.log.length;
        const started = Date.now();
        await page.locator('#search-q').fill(query);
        await page.waitForFunction(
          () => /找到 \d+ 条结果|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
          undefined,
          { timeout: 90_000 },
        );
        // Fragments of the results shown are fetched before they are shown; let the last land.
        await page.waitForLoadState('networkidle');
        const ms = Date.now() - started;
        const results = await page.locator('[data-search-results] > li').count();
        const files = server.log
          .slice(logStart)
          .filter((entry) => entry.path.startsWith(bundle) && entry.status === 200)
          .map((entry) => ({ path: entry.path, raw: rawSize(entry.path), gzip: entry.bytes }));
        const gzipBytes = files.reduce((sum, f) => sum + f.gzip, 0);
        rows.push({
          query,
          results,
          requests: files.length,
          rawBytes: files.reduce((sum, f) => sum + f.raw, 0),
          gzipBytes,
          mapBytes: files.filter((f) => isVocabulary(f.path)).reduce((sum, f) => sum + f.gzip, 0),
          ms,
          files,
          withinBudget: gzipBytes <= BUDGET_BYTES,
        });
        await context.close();
      }
      // Quality: the realistic query set (tests/fixtures/search/realistic-queries.json) on the search page.
      const page = await browser.newPage();
      for (const { kind, q, expect } of realisticQueries()) {
        const { hrefs } = await topResults(page, server.url, q, edition);
        quality.push({ kind, q, expect, rank: rankOf(hrefs, expect), first: hrefs[0] ?? '' });
      }
    } finally {
      await browser.close();
      await server.close();
    }

    const table: Row[] = rows.map((r) => ({
      query: r.query,
      shown: r.results,
      requests: r.requests,
      'raw KB': kb(r.rawBytes),
      'gzip KB': kb(r.gzipBytes),
      'vocabulary KB': kb(r.mapBytes),
      'without vocab. KB': kb(r.gzipBytes - r.mapBytes),
      ms: r.ms,
      [`≤ ${BUDGET_BYTES / 1024} KB`]: r.withinBudget ? 'PASS' : `FAIL (+${kb(r.gzipBytes - BUDGET_BYTES)})`,
    }));
    const overall = scores(quality.map((r) => r.rank));
    const kinds: Record<string, number[]> = {};
    for (const r of quality) (kinds[r.kind] ??= []).push(r.rank);
    const qualityTable: Row[] = Object.entries(kinds).map(([kind, ranks]) => {
      const s = scores(ranks);
      return { kind, queries: ranks.length, MRR: s.mrr.toFixed(3), [`recall@${RECALL_AT}`]: s.recall.toFixed(3) };
    });
    const notes: string[] = [];
    const first = rows[0];
    if (first) {
      const parts: Record<string, number> = {};
      for (const f of first.files) parts[byKind(f.path)] = (parts[byKind(f.path)] ?? 0) + f.gzip;
      notes.push(
        `“${first.query}” is made of (gzip): ${Object.entries(parts)
          .map(([k, v]) => `${k} ${kb(v)} KB`)
          .join(', ')}`,
      );
    }
    notes.push('times include the 120 ms debounce after typing; local server, no network latency');
    for (const miss of quality.filter((r) => r.rank !== 1)) {
      notes.push(
        `not first: ${miss.q} → ${miss.rank ? `rank ${miss.rank}` : `not in the first ${RECALL_AT}`} (first ${miss.first || 'none'}, expected ${miss.expect.join(' or ')})`,
      );
    }
    const worst = Math.max(...rows.map((r) => r.gzipBytes));
    const chunks = readdirSync(path.join(dist, bundle, 'index')).length;
    return {
      rows: [
        { figure: 'heaviest first search KB (gzip)', value: kb(worst), goal: `≤ ${BUDGET_BYTES / 1024}`, ok: worst <= BUDGET_BYTES },
        { figure: 'slowest first search ms', value: Math.max(...rows.map((r) => r.ms)) },
        // One chunk, or a query whose words fall into two chunks downloads both.
        { figure: 'index chunks', value: chunks, goal: '1', ok: chunks === 1 },
        {
          figure: `MRR (${quality.length} realistic queries)`,
          value: overall.mrr.toFixed(3),
          goal: `≥ ${QUALITY_GOAL}`,
          ok: overall.mrr >= QUALITY_GOAL,
        },
        { figure: `recall@${RECALL_AT}`, value: overall.recall.toFixed(3), goal: `≥ ${QUALITY_GOAL}`, ok: overall.recall >= QUALITY_GOAL },
      ],
      notes,
      tables: [
        { title: 'First search on a cold cache: bytes from /pagefind/ and time to the first results', rows: table },
        { title: `Realistic queries (tests/fixtures/search/realistic-queries.json) by kind`, rows: qualityTable },
      ],
      data: { budgetBytes: BUDGET_BYTES, rows, quality: { ...overall, queries: quality } },
    };
  },
};
