// Queries as people type them (tests/fixtures/search/realistic-queries.json: formal, former and
// colloquial unit names, questions, everyday words, numbers and dates, traditional
// characters, pinyin, a word that matches nothing), each through the real search page in
// Chromium. The set as a whole must reach MRR and recall@10 of 0.9 (the goal is 0.95;
// npm run bench search prints the figures by kind).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../../helpers/site';
import { EDITION } from '../../helpers/search';
import { RECALL_AT, rankOf, realisticQueries, scores, topResults } from '../../../scripts/lib/search-eval.mjs';

const site = useServedSite();
let page: Page;

// Its requests to other hosts fail the test that made them (useServedSite).
beforeAll(async () => {
  page = await site.newPage();
});

const queries = realisticQueries();

describe('realistic queries', () => {
  it('the set covers every kind of query, 60 or more', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['正式全称', '旧称', '简称', '提问', '近义词', '数字日期', '繁体', '拼音', '一词不中']),
    );
  });

  it(`MRR and recall@${RECALL_AT} of at least 0.9`, { timeout: 600_000 }, async () => {
    const ranks: number[] = [];
    const misses: string[] = [];
    for (const { q, expect: answers } of queries) {
      const { hrefs } = await topResults(page, site.url, q, EDITION);
      const rank = rankOf(hrefs, answers);
      ranks.push(rank);
      if (rank !== 1) misses.push(`${q} → ${rank || '—'} (${hrefs.slice(0, 3).join(' ')})`);
    }
    const { mrr, recall } = scores(ranks);
    console.log(
      `realistic queries: MRR ${mrr.toFixed(3)}, recall@${RECALL_AT} ${recall.toFixed(3)}${misses.length ? `; not first: ${misses.join('; ')}` : ''}`,
    );
    expect(mrr, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('a query with a word found nowhere shows the pages for the other words, and says so', async () => {
    const { status, hrefs } = await topResults(page, site.url, '旅行社 投诉电话', EDITION);
    expect(status).toContain('没有同时包含全部词语的结果，以下为部分匹配');
    expect(hrefs[0]).toBe('/2024/items/13/');
  });

  it('第二十二项 goes straight to item 22', async () => {
    const { hrefs } = await topResults(page, site.url, '第二十二项', EDITION);
    expect(hrefs).toEqual(['/2024/items/22/']);
  });

  it('marks whole words, not their pieces', async () => {
    await topResults(page, site.url, '电动自行车', EDITION);
    const marks = await page.locator('[data-search-results] > li:first-child [data-result-excerpt] mark').allTextContents();
    expect(marks).toContain('电动自行车');
    expect(marks.every((m) => m.length > 1)).toBe(true);
  });
});
