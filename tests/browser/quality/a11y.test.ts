// Accessibility (after GB/T 37668, which follows WCAG 2.x): axe-core on every page type,
// served the way a real host serves it (gzip, CSP), and a keyboard-only walk through the
// main journeys at phone and desktop widths.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { useServedSite } from '../../helpers/site';
import { pageTypes, viewports, waitForSearchResults } from '../../helpers/page-types';

const site = useServedSite();

it('axe-core is really checking: a picture without alt text fails', async () => {
  const page = await site.newPage();
  await page.goto(site.url + '/2024/notice/');
  await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
  expect((await axeViolations(page)).join('\n')).toContain('image-alt');
  await page.close();
});

const size = ({ width, height }: (typeof viewports)[number]) => ({ width, height });
const [phone, desktop] = viewports.map(size);
const home = pageTypes.find((p) => p.name === 'home')!;
const report = pageTypes.find((p) => p.name === 'report')!;
/**
 * Each page type once, at phone width (where the header folds into 菜单); the header's
 * full navigation once at desktop width; 大字 (larger text) on two page types: the home
 * page's header and navigation, the report page's form, tables and photo checker.
 */
const visits = [
  ...pageTypes.map((type) => ({ ...type, ...phone, large: false, mode: '' })),
  { ...home, ...desktop, large: false, mode: '' },
  ...[home, report].map((type) => ({ ...type, ...phone, large: true, mode: '（大字）' })),
];

describe('axe-core', () => {
  const titled = visits.map((visit) => [`${visit.name} (${visit.path}) at ${visit.width} px${visit.mode}`, visit] as const);
  it.each(titled)('%s has no violations', async (_, { name, path, width, height, large }) => {
    const page = await site.newPage({ viewport: { width, height } });
    if (large) await page.addInitScript(() => localStorage.setItem('qm-text-size', 'large'));
    try {
      await page.goto(site.url + path, { waitUntil: 'load' });
      // The search page: check it with its results showing, once search is built.
      if (name === 'search') expect(await waitForSearchResults(page), 'search results shown').toBe(true);
      // The photo checker and the text-size switch appear when their scripts have run.
      await page.waitForLoadState('networkidle');
      // 大字 is really on (public/scripts/text-size.js).
      expect(await page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(large);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard only', () => {
  /** Presses Tab and describes what has focus and whether that focus can be seen. */
  async function tab(page: Page) {
    await page.keyboard.press('Tab');
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        tag: el.tagName.toLowerCase(),
        href: el.getAttribute('href'),
        text: (el.textContent ?? '').trim().slice(0, 40),
        className: el.className?.toString() ?? '',
        inNav: Boolean(el.closest('nav[aria-label]')) && Boolean(el.closest('header')),
        inHeader: Boolean(el.closest('header')),
        expanded: el.getAttribute('aria-expanded'),
        focusVisible: el.matches(':focus-visible'),
        visibleFocus: outline || shadow,
      };
    });
  }

  /** Tabs until the focused element is a link to `href` (at most `limit` presses), then follows it. */
  async function tabToLinkAndEnter(page: Page, href: string, limit = 300): Promise<void> {
    for (let i = 0; i < limit; i++) {
      const focused = await tab(page);
      // A keyboard user opens what is folded away on the way (the phone's 菜单).
      if (focused?.expanded === 'false') await page.keyboard.press('Enter');
      if (focused?.href === href) {
        await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
        return;
      }
    }
    throw new Error(`no link to ${href} within ${limit} Tab presses on ${page.url()}`);
  }

  it.each(viewports)('at $width px: the skip link comes first, then the header and its navigation', async ({ width, height }) => {
    const page = await site.newPage({ viewport: { width, height } });
    await page.goto(site.url + '/2024/');
    await page.waitForLoadState('networkidle');
    const first = await tab(page);
    expect(first?.className).toContain('skip-link');
    expect(first?.href).toBe('#main');
    // The skip link is on screen while it has focus.
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.x >= 0 && box.x + box.width <= width).toBe(true);

    // Then the site name and the larger-text switch, then the main navigation. On a phone
    // the navigation sits behind 菜单: the button comes next, and Enter opens the menu.
    const beforeNav: string[] = [];
    let stop = await tab(page);
    while (stop && !stop.inNav && beforeNav.length < 5) {
      expect(stop.inHeader).toBe(true);
      beforeNav.push(stop.text);
      if (stop.expanded === 'false') await page.keyboard.press('Enter');
      stop = await tab(page);
    }
    expect(beforeNav.some((text) => text.includes('大字'))).toBe(true);
    expect(beforeNav.includes('菜单')).toBe(width < 768);
    expect(stop?.inNav).toBe(true);
    expect(stop?.href).toBe('/2024/notice/');

    // The skip link moves focus to the main content.
    await page.goto(site.url + '/2024/');
    await tab(page);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it.each(['/', '/2024/units/', '/2024/items/12/', '/2024/report/', '/2024/slogans/'])('focus is always visible on %s', async (path) => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(site.url + path);
    await page.waitForLoadState('networkidle');
    const invisible: string[] = [];
    for (let i = 0; i < 60; i++) {
      const stop = await tab(page);
      if (!stop) break; // past the last focusable element
      if (!stop.visibleFocus) invisible.push(`${stop.tag} ${stop.href ?? ''} “${stop.text}”`);
    }
    expect(invisible).toEqual([]);
    await page.close();
  });

  it.each(viewports)('at $width px: reaches a unit’s page and an item with the keyboard alone', async ({ width, height }) => {
    const page = await site.newPage({ viewport: { width, height } });
    await page.goto(site.url + '/2024/');
    await page.waitForLoadState('networkidle');
    await tabToLinkAndEnter(page, '/2024/units/');
    await expect(page.locator('h1').textContent()).resolves.toContain('责任单位');
    await tabToLinkAndEnter(page, '/2024/units/water/');
    await expect(page.locator('h1').textContent()).resolves.toBe('区水务局');
    await tabToLinkAndEnter(page, '/2024/items/12/');
    await expect(page.locator('h1').textContent()).resolves.toContain('水利工程质量提升');
    await page.close();
  });

  it('reaches an item through the categories with the keyboard alone', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(site.url + '/2024/');
    await tabToLinkAndEnter(page, '/2024/categories/');
    await tabToLinkAndEnter(page, '/2024/categories/key-sectors/');
    // Throws when no link to the item can be reached with Tab from the category page.
    await tabToLinkAndEnter(page, '/2024/items/12/');
    await expect(page.locator('h1').textContent()).resolves.toContain('水利工程质量提升');
    await page.close();
  });
});
