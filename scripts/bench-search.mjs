#!/usr/bin/env node
// @ts-check
/**
 * What a first search costs a person on a cold cache: the bytes fetched from /pagefind/
 * (pagefind.js, its worker and WebAssembly, the index chunks, the fragments of the
 * results shown) and the time from typing to the first results, in Debian's chromium.
 *
 * Bytes are those the local static host (scripts/lib/static-server.mjs) actually sent:
 * text gzipped as nginx would; Pagefind's index files are compressed already and are
 * sent as they are.
 *
 *   node scripts/bench-search.mjs          # against the existing dist/ (npm run build first)
 *   node scripts/bench-search.mjs --strict # exit 1 when a query is over the 100 KB budget
 * Prints PASS/FAIL per query against the budget; always writes bench-results/search.json.
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
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { distDir as dist, root } from './lib/bench-common.mjs';
import { chromiumFlags, chromiumPath } from './lib/page-types.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { RECALL_AT, rankOf, realisticQueries, scores, topResults } from './lib/search-eval.mjs';

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

// The current edition's bundle, which a search from the search page loads first.
const edition = readdirSync(path.join(dist, 'pagefind')).filter((d) => /^\d{4}$/.test(d)).sort().pop() ?? '';
const bundle = `/pagefind/${edition}/`;
if (!existsSync(path.join(dist, bundle, 'pagefind.js'))) {
  console.error(`${path.relative(root, dist)}${bundle} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await serveStatic(dist);
const origin = server.url;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
/** @param {string} urlPath */
const rawSize = (urlPath) => statSync(path.join(dist, urlPath)).size;

/** @typedef {{ query: string, results: number, requests: number, rawBytes: number, gzipBytes: number, mapBytes: number, ms: number, files: { path: string, raw: number, gzip: number }[], withinBudget: boolean }} Row */
/** The vocabulary's files in the bundle (src/lib/search-files.mjs). */
const isVocabulary = (/** @type {string} */ p) => /\/(vocabulary|pinyin|traditional)\.json$/.test(p);
/** @type {Row[]} */
const rows = [];
/** @type {{ kind: string, q: string, expect: string[], rank: number, first: string }[]} */
const quality = [];
try {
  for (const query of [...QUERIES, ...MAP_QUERIES]) {
    const context = await browser.newContext(); // cold cache: nothing from the last query
    const page = await context.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const logStart = server.log.length;
    const started = Date.now();
    await page.locator('#search-q').fill(query);
    await page.waitForFunction(() => /找到 \d+ 条结果|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
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
  // Quality: the realistic query set (tests/search/realistic-queries.json) on the search page.
  const page = await browser.newPage();
  for (const { kind, q, expect } of realisticQueries()) {
    const { hrefs } = await topResults(page, origin, q, edition);
    quality.push({ kind, q, expect, rank: rankOf(hrefs, expect), first: hrefs[0] ?? '' });
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n首次搜索（冷缓存）：/pagefind/ 下载量与出结果时间\n');
console.log(['查询'.padEnd(8), '显示'.padStart(4), '请求'.padStart(4), '原始'.padStart(10), 'gzip'.padStart(10), '词表'.padStart(8), '不含词表'.padStart(9), '时间'.padStart(8), `预算 ${kb(BUDGET_BYTES)}`].join('  '));
for (const r of rows) {
  console.log(
    [
      r.query + '　'.repeat(Math.max(0, 5 - r.query.length)),
      String(r.results).padStart(4),
      String(r.requests).padStart(4),
      kb(r.rawBytes).padStart(10),
      kb(r.gzipBytes).padStart(10),
      kb(r.mapBytes).padStart(8),
      kb(r.gzipBytes - r.mapBytes).padStart(9),
      `${r.ms} ms`.padStart(8),
      r.withinBudget ? 'PASS' : `FAIL（超出 ${kb(r.gzipBytes - BUDGET_BYTES)}）`,
    ].join('  '),
  );
}
const byKind = (/** @type {string} */ p) =>
  p.includes('/fragment/') ? 'fragments' : p.includes('/index/') ? 'index chunks' : p.includes('/filter/') ? 'filters' : path.basename(p);
const first = rows[0];
if (first) {
  /** @type {Record<string, number>} */
  const parts = {};
  for (const f of first.files) parts[byKind(f.path)] = (parts[byKind(f.path)] ?? 0) + f.gzip;
  console.log(`\n“${first.query}”的组成（gzip）：${Object.entries(parts).map(([k, v]) => `${k} ${kb(v)}`).join('，')}`);
}
const worst = Math.max(...rows.map((r) => r.gzipBytes));
const allWithin = rows.every((r) => r.withinBudget);
const failed = rows.filter((r) => !r.withinBudget).map((r) => r.query);
console.log(
  `\n预算 ${kb(BUDGET_BYTES)}（gzip，冷缓存，首批结果）：最多 ${kb(worst)}，` +
    (allWithin ? '全部 PASS。' : `FAIL：${failed.join('、')}。`),
);
const chunks = readdirSync(path.join(dist, bundle, 'index')).map((f) => rawSize(`${bundle}index/${f}`));
console.log(`索引块：${chunks.length} 个（${chunks.map(kb).join(' + ')}）；应为 1 个，否则词落在两块的查询要下载两块。`);
console.log('时间含输入后的 120 ms 防抖等待；本机本地服务器，无网络延迟。');

const overall = scores(quality.map((r) => r.rank));
console.log(`\n真实查询 ${quality.length} 条（tests/search/realistic-queries.json）：MRR ${overall.mrr.toFixed(3)}，recall@${RECALL_AT} ${overall.recall.toFixed(3)}（目标 ≥ 0.95，测试下限 0.9）`);
/** @type {Record<string, number[]>} */
const byKindRanks = {};
for (const r of quality) (byKindRanks[r.kind] ??= []).push(r.rank);
for (const [kind, ranks] of Object.entries(byKindRanks)) {
  const s = scores(ranks);
  console.log(`  ${kind}（${ranks.length} 条）：MRR ${s.mrr.toFixed(3)}，recall@${RECALL_AT} ${s.recall.toFixed(3)}`);
}
for (const miss of quality.filter((r) => r.rank !== 1)) {
  console.log(`  未排第一：${miss.q} → ${miss.rank ? `第 ${miss.rank} 位` : '前 10 条中没有'}（首条 ${miss.first || '无'}，应为 ${miss.expect.join(' 或 ')}）`);
}

mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench-results', 'search.json'),
  `${JSON.stringify({ date: new Date().toISOString(), budgetBytes: BUDGET_BYTES, withinBudget: allWithin, rows, quality: { ...overall, queries: quality } }, null, 2)}\n`,
);
console.log('已写入 bench-results/search.json');
// --strict: fail (exit 1) when a query is over budget; by default only report it.
if (process.argv.includes('--strict') && !allWithin) process.exitCode = 1;
