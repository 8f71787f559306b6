// Real questions from the plan's text, each with the one item that must come first: the
// specific item page above the overview pages (full plan, categories, units, home) that
// repeat its words. Run against the built site in Debian's chromium.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../../helpers/site';
import { searchByUrl } from '../../helpers/search';

const site = useServedSite();
let page: Page;

// Its requests to other hosts fail the test that made them (useServedSite).
beforeAll(async () => {
  page = await site.newPage();
});

/** Query → the item whose page must be the first result. */
const firstItem: [string, number][] = [
  ['旅行社', 13],
  ['养老', 14],
  ['噎食', 14],
  ['农民丰收节', 4],
  ['汉南路', 11],
  ['危险化学品', 23],
  ['昆仑2024', 24],
  ['百日治理', 25],
  ['师德师风', 16],
  ['科技周', 15],
  ['政策翻译官', 20],
  ['知识产权保护联络点', 21],
  ['联络点', 21],
  ['质量攻关', 10],
  ['检验检测机构开放日', 3],
  ['京津沪渝', 2],
  ['液相色谱', 6],
  ['商标侵权', 7],
  ['民营经济', 8],
  ['水利工程质量管理规定', 5],
  ['绿色优质农产品', 17],
  ['小微企业', 18],
  ['食品安全', 18],
  ['企业服务日', 19],
  ['缺陷召回', 22],
  ['燃气灶具', 9],
  ['极地海洋馆', 13],
  ['塘汉快速路', 11],
];

describe('the specific item comes first', () => {
  it.each(firstItem)('%s → item %i', async (q, number) => {
    const { status, results } = await searchByUrl(page, site.url, { q });
    expect(status).toMatch(/找到 \d+ 条结果/);
    expect(results[0]?.href, `${q}: ${results.map((r) => r.href).join(' ')}`).toBe(`/2024/items/${number}/`);
  });

  it('电动自行车 → the three items that name it, before any overview page', async () => {
    const { results } = await searchByUrl(page, site.url, { q: '电动自行车' });
    const firstThree = results.slice(0, 3).map((r) => r.href);
    expect(firstThree.sort()).toEqual(['/2024/items/22/', '/2024/items/24/', '/2024/items/9/']);
  });

  it('overview pages are still found for their own headings', async () => {
    for (const [q, url] of [
      ['推进重点领域质量提升', '/2024/categories/key-sectors/'],
      ['提升质量服务效能', '/2024/categories/services/'],
      ['强化重点领域监管', '/2024/categories/supervision/'],
      ['质量强国建设纲要', '/2024/categories/outline/'],
      ['活动报送', '/2024/report/'],
      ['口号海报', '/2024/slogans/'],
      // Overview pages for their subjects (their repeated lists are not indexed).
      ['报送', '/2024/report/'],
      ['照片', '/2024/report/'],
      ['口号', '/2024/slogans/'],
      ['海报', '/2024/slogans/'],
      ['通知', '/2024/notice/'],
      ['文号', '/2024/notice/'],
      ['责任单位', '/2024/units/'],
      ['活动类别', '/2024/categories/'],
    ]) {
      const { results } = await searchByUrl(page, site.url, { q });
      expect(results[0]?.href, q).toBe(url);
    }
  });
});
