// A person on a phone and on a desktop: home → unit index → a unit → an item → back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../../helpers/site';

const site = useServedSite();

/** True when nothing on the page is wider than the viewport. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.each([
  ['phone', 375, 740],
  ['desktop', 1440, 900],
])('on a %s (%i px)', (_name, width, height) => {
  it('finds a unit’s work and an item, and comes back', async () => {
    const page = await site.newPage({ viewport: { width, height } });
    await page.goto(`${site.url}/2024/`);

    // Home: the theme as the hero, the five categories, a way to the units.
    await expect(page.locator('h1').textContent()).resolves.toContain('2024年天津市滨海新区“质量月”活动方案');
    expect(await page.locator('.theme-text').isVisible()).toBe(true);
    expect(await page.locator('.theme-text').textContent()).toContain('加强质量支撑 推动质量强区');
    expect(await page.locator('.category').count()).toBe(5);
    expect(await fitsWidth(page)).toBe(true);
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(17);

    // To the unit index and on to 区水务局.
    await page.getByRole('link', { name: '按责任单位查找' }).click();
    await page.waitForURL('**/units/');
    expect(await page.locator('.unit-table tbody tr').count()).toBe(30);
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('.unit-table').getByRole('link', { name: '区水务局', exact: true }).click();
    await page.waitForURL('**/units/water/');
    await expect(page.locator('h1').textContent()).resolves.toBe('区水务局');
    const headings = await page.locator('.unit-item h2').allTextContents();
    expect(headings.map((h) => h.trim().split('.')[0])).toEqual(['1', '5', '12']);
    expect(await fitsWidth(page)).toBe(true);

    // Open item 12 and read it.
    await page.getByRole('link', { name: '12.开展水利工程质量提升专项活动' }).click();
    await page.waitForURL('**/items/12/');
    const text = page.locator('[data-item-text]');
    expect(await text.isVisible()).toBe(true);
    expect(await text.textContent()).toContain('12.开展水利工程质量提升专项活动。');
    expect(await page.locator('.responsible').getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('区水务局')]),
    );
    expect(await fitsWidth(page)).toBe(true);

    // Back to the unit page, where the person came from.
    await page.goBack();
    await page.waitForURL('**/units/water/');
    await expect(page.locator('h1').textContent()).resolves.toBe('区水务局');

    await page.close();
  });
});

// The skip link: tests/browser/quality/a11y.test.ts (keyboard only). Printing: tests/browser/pages/phone-and-print.test.ts.
describe('reading aids', () => {
  it('the larger-text switch enlarges the text and is remembered on the next page', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${site.url}/2024/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    const toggle = page.locator('[data-text-size-toggle]');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await size()).toBeGreaterThan(before * 1.15);
    await page.goto(`${site.url}/2024/units/`);
    expect(await size()).toBeGreaterThan(before * 1.15);
    expect(await fitsWidth(page)).toBe(true);
    await page.close();
  });
});

describe('narrow and wide screens', () => {
  const pages = [
    '/',
    '/2024/notice/',
    '/2024/plan/',
    '/2024/items/1/',
    '/2024/categories/',
    '/2024/categories/publicity/',
    '/2024/units/',
    '/2024/units/market-regulation/',
    '/2024/slogans/',
    '/2024/report/',
    '/search/',
  ];
  it.each([320, 1920])('at %i px no page scrolls sideways, in normal and larger text', async (width) => {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    const overflowing: string[] = [];
    for (const large of [false, true]) {
      await page.goto(`${site.url}/2024/`);
      await page.evaluate((on) => localStorage.setItem('qm-text-size', on ? 'large' : 'normal'), large);
      for (const path of pages) {
        await page.goto(`${site.url}${path}`);
        if (!(await fitsWidth(page))) overflowing.push(`${path}${large ? '（大字）' : ''}`);
      }
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });
});
