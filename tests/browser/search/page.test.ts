// The search page as people use it: filters alone and with words, a unit under either of
// its names, nothing found, the keyboard, shared URLs, no search code before searching,
// and the page without JavaScript.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../../helpers/site';
import { EDITION, currentEdition, searchByUrl, searchPage, settled, shownResults } from '../../helpers/search';
import { topResults } from '../../../scripts/lib/search-eval.mjs';

const site = useServedSite();
let page: Page;

// Its requests to other hosts fail the test that made them (useServedSite).
beforeAll(async () => {
  page = await site.newPage();
});

const hrefs = (results: { href: string }[]) => results.map((r) => r.href);

describe('filters', () => {
  it('a unit alone: 区水务局 → items 1, 5, 12 in plan order', async () => {
    const { status, results } = await searchByUrl(page, site.url, { unit: '区水务局' });
    expect(status).toContain('找到 3 条结果');
    expect(hrefs(results)).toEqual(['/2024/items/1/', '/2024/items/5/', '/2024/items/12/']);
    expect(await page.locator('#search-unit').inputValue()).toBe('区水务局');
  });

  it('a category alone: 重点监管 → items 22 to 25', async () => {
    const { results } = await searchByUrl(page, site.url, { category: '重点监管' });
    expect(hrefs(results)).toEqual(['/2024/items/22/', '/2024/items/23/', '/2024/items/24/', '/2024/items/25/']);
    expect(results.every((r) => r.category === '（五）强化重点领域监管')).toBe(true);
  });

  it('both filters together: 区市场监管局 in 宣传活动 → items 2, 3', async () => {
    const { results } = await searchByUrl(page, site.url, { unit: '区市场监管局', category: '宣传活动' });
    expect(hrefs(results)).toEqual(['/2024/items/2/', '/2024/items/3/']);
  });

  it('words and a filter: 电动自行车 with 区公安局 → item 24 only', async () => {
    const { results } = await searchByUrl(page, site.url, { q: '电动自行车', unit: '区公安局' });
    expect(hrefs(results)).toEqual(['/2024/items/24/']);
  });

  it('choosing a filter searches at once and goes into the URL', async () => {
    await page.goto(searchPage(site.url));
    await page.locator('#search-category').selectOption('服务效能');
    await settled(page);
    expect(hrefs(await shownResults(page))).toEqual([
      '/2024/items/15/',
      '/2024/items/16/',
      '/2024/items/17/',
      '/2024/items/18/',
      '/2024/items/19/',
      '/2024/items/20/',
      '/2024/items/21/',
    ]);
    expect(new URL(page.url()).searchParams.get('category')).toBe('服务效能');
  });
});

describe('a result shows what it is', () => {
  it('number, title, category, units and the match highlighted', async () => {
    const { results } = await searchByUrl(page, site.url, { q: '旅行社' });
    const [first] = results;
    expect(first.title).toBe('开展文旅领域专项检查');
    expect(first.kind).toBe('活动项目');
    expect(await page.locator('[data-result-number]').first().textContent()).toBe('第13项');
    expect(first.category).toBe('（三）推进重点领域质量提升');
    expect(first.units).toBe('责任单位：区文化和旅游局');
    expect(first.marks).toContain('旅行社');
    expect(first.excerpt).toContain('旅行社');
  });
});

describe('a unit under either of its names', () => {
  it.each([
    ['区文旅局', '/2024/units/culture-tourism/', '/2024/items/13/'],
    ['区文化和旅游局', '/2024/units/culture-tourism/', '/2024/items/13/'],
    ['区工信局', '/2024/units/industry-it/', '/2024/items/20/'],
    ['区工业和信息化局', '/2024/units/industry-it/', '/2024/items/20/'],
    ['区水务局', '/2024/units/water/', '/2024/items/5/'],
    ['市场监管局', '/2024/units/market-regulation/', '/2024/items/22/'],
  ])('%s → its page first, then its items', async (q, unitUrl, itemUrl) => {
    const { results } = await searchByUrl(page, site.url, { q });
    expect(results[0].href).toBe(unitUrl);
    expect(results[0].kind).toBe('责任单位');
    // Its items next, in plan order: item 1 (every unit's) first; the rest come as they
    // are shown (再显示).
    expect(results[1].href).toBe('/2024/items/1/');
    expect((await topResults(page, site.url, q, EDITION, 8)).hrefs).toContain(itemUrl);
  });
});

describe('results come a few at a time', () => {
  it('four first, fetching only their fragments; more on request', async () => {
    const fragments: string[] = [];
    const listen = (r: { url(): string }) => {
      if (r.url().includes(`/pagefind/${EDITION}/fragment/`)) fragments.push(r.url());
    };
    const fresh = await site.newPage();
    fresh.on('request', listen);
    await searchByUrl(fresh, site.url, { q: '质量' });
    const status = (await fresh.locator('[data-search-status]').textContent()) ?? '';
    const total = Number(status.match(/找到 (\d+) 条结果/)?.[1]);
    expect(total).toBeGreaterThan(15);
    expect(await shownResults(fresh)).toHaveLength(4);
    expect(fragments).toHaveLength(4);
    await fresh.locator('[data-search-more]').click();
    await fresh.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 14);
    expect(fragments).toHaveLength(14);
    await fresh.close();
  });
});

describe('nothing found', () => {
  it('says so and offers the way on', async () => {
    const { status, results } = await searchByUrl(page, site.url, { q: '量子计算机' });
    expect(results).toEqual([]);
    expect(status).toContain('没有找到与“量子计算机”相关的内容');
    const none = page.locator('[data-search-none]');
    expect(await none.isVisible()).toBe(true);
    for (const href of ['/2024/categories/', '/2024/units/', '/2024/items/', '/2024/plan/']) {
      expect(await none.locator(`a[href="${href}"]`).count()).toBe(1);
    }
  });
});

describe('typing and the keyboard', () => {
  it('searches as you type, announces the count, and keeps the search in the URL', async () => {
    await page.goto(searchPage(site.url));
    const box = page.getByLabel('搜索活动方案', { exact: true }).and(page.locator('#search-q'));
    await box.pressSequentially('养老');
    const status = await settled(page);
    expect(status).toMatch(/找到 \d+ 条结果/);
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    expect((await shownResults(page))[0].href).toBe('/2024/items/14/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('养老');
  });

  it('↓ into the results, ↓/↑ between them, ↑ back to the box, Enter opens, Esc clears', async () => {
    // A query with several results (each item's title is indexed only on its own page,
    // so a title such as 质量攻关 now finds one page).
    const { results } = await searchByUrl(page, site.url, { q: '电动自行车' });
    expect(results.length).toBeGreaterThanOrEqual(3);
    const box = page.locator('#search-q');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    const links = page.locator('[data-result-link]');
    const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(await focusedHref()).toBe(results[0].href);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await links.nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe(results[0].href);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');

    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 0);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();

    await box.pressSequentially('昆仑2024');
    await settled(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/items/24/');
  });

  it('the header box leads to the search page with the words', async () => {
    // From a page of the edition: its header box searches that edition, current or past.
    await page.goto(`${site.url}/${EDITION}/items/9/`);
    await page.locator('#site-search').fill('噎食');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL('**/search/?q=*');
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('噎食');
    expect((await shownResults(page))[0].href).toBe('/2024/items/14/');
  });
});

describe('weight before use', () => {
  it('no search code on a page until a person starts to search', async () => {
    const fresh = await site.newPage();
    const requested: string[] = [];
    fresh.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await fresh.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    await fresh.goto(`${site.url}/2024/items/9/`, { waitUntil: 'networkidle' });
    await fresh.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    // Without a year, a search is in the current edition's index, and only there.
    const current = await currentEdition();

    await fresh.locator('#search-q').pressSequentially('质量');
    await settled(fresh);
    const pagefind = requested.filter((p) => p.startsWith('/pagefind/'));
    expect(pagefind).toContain(`/pagefind/${current}/pagefind.js`);
    expect(pagefind.some((p) => p.startsWith(`/pagefind/${current}/fragment/`))).toBe(true);
    expect(pagefind.filter((p) => !p.startsWith(`/pagefind/${current}/`))).toEqual([]);
    await fresh.close();
  });
});

describe('without JavaScript', () => {
  it('the search page leads to the indexes and the plan', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/search/?q=养老`);
    const fallback = noJs.locator('[data-search-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    const current = await currentEdition();
    for (const href of ['categories/', 'units/', 'items/', 'plan/'].map((p) => `/${current}/${p}`)) {
      expect(await fallback.locator(`a[href="${href}"]`).isVisible()).toBe(true);
    }
    expect(await noJs.locator('[data-search]').isVisible()).toBe(false);
    // Shared result URLs (?q=…) all name /search/ as their canonical page.
    expect(await noJs.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/search\/$/);
    await context.close();
  });
});
