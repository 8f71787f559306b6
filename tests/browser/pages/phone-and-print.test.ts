// A clerk on a 375×667 phone and on paper: the header stays small, the unit page answers
// "what, by when, what do we send" on its first screen, item pages lead to the report kit,
// every stand-alone link is a 44×44 px tap target, and the unit page and the notice print
// as one sheet each (Chromium's PDF, read back with pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../helpers/browser';
import { cjkFontConfig } from '../../helpers/fonts';
import { useServedSite } from '../../helpers/site';
import { pageTypes } from '../../helpers/page-types';
import { loadPage } from '../../helpers/dist';
import { readSource } from '../../helpers/source';

const site = useServedSite();
const phone = { width: 375, height: 667 };

// The 2024 edition's facts, read from its built pages rather than written here.
const report = loadPage('/2024/report/');
const deadlineText = report('[data-deadline-end] strong').first().text().trim();
const notice = loadPage('/2024/notice/');
const documentNumber = notice('.document-number').text().trim();

it('reads the deadline and the document number from the built pages', () => {
  // Else the checks below that look for them in the printed text would hold for any text.
  expect(deadlineText).toMatch(/\d+月\d+日/);
  expect(documentNumber).toMatch(/〔\d{4}〕/);
});

async function openPhone(urlPath: string, options: { large?: boolean; javaScript?: boolean } = {}): Promise<Page> {
  const context = await site.newContext({ viewport: phone, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  if (options.large) await page.addInitScript(() => localStorage.setItem('qm-text-size', 'large'));
  await page.goto(site.url + urlPath);
  return page;
}

async function close(page: Page) {
  await page.context().close();
}

/** The part of `selector`'s first match that lies within the first screen, 0 when none. */
const onFirstScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });

describe('the header on a phone', () => {
  it.each([false, true])('is one line of at most 120 px (大字: %s)', async (large) => {
    const page = await openPhone('/2024/units/water/', { large });
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    // One line: the name and the buttons side by side (a wrapped bar puts them in two rows),
    // and the name no taller than one line of its text.
    const name = (await page.locator('.site-name').boundingBox())!;
    const tools = (await page.locator('.site-header .tools').boundingBox())!;
    expect(tools.x).toBeGreaterThan(name.x + name.width - 1);
    expect(Math.abs(tools.y + tools.height / 2 - (name.y + name.height / 2))).toBeLessThan(4);
    const lineHeight = await page.locator('.site-name').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(name.height).toBeLessThanOrEqual(lineHeight + 1);
    await close(page);
  });

  it('opens the menu with the button, and closes it with Escape', async () => {
    const page = await openPhone('/2024/');
    const button = page.getByRole('button', { name: '菜单' });
    const notice = page.locator('.site-header nav a[href="/2024/notice/"]');
    expect(await notice.isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('.site-header input[type="search"]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await notice.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('site-menu');
    await close(page);
  });

  it('without JavaScript, 菜单 is a link that shows the navigation and search', async () => {
    const page = await openPhone('/2024/', { javaScript: false });
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    const notice = page.locator('.site-header nav a[href="/2024/notice/"]');
    expect(await notice.isVisible()).toBe(false);
    await page.getByRole('link', { name: '菜单' }).click();
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('.site-header input[type="search"]').isVisible()).toBe(true);
    await close(page);
  });

  it('shows the whole navigation on a wide screen, with no 菜单', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.url + '/2024/');
    expect(await page.locator('.site-header nav a[href="/2024/notice/"]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('a unit page on a phone', () => {
  it.each(['/2024/units/water/', '/2024/units/market-regulation/'])(
    '%s shows the deadline and its XLSX on the first screen',
    async (url) => {
      const page = await openPhone(url);
      const summary = page.locator('[data-task-summary]');
      expect(await summary.textContent()).toContain(deadlineText);
      expect(await onFirstScreen(page, '[data-task-summary] [data-deadline-end]')).toBe(true);
      const xlsx = page.locator(`[data-task-summary] a[href$="${url.split('/')[3]}.xlsx"]`);
      expect(await xlsx.count()).toBe(1);
      expect(await onFirstScreen(page, `[data-task-summary] a[href$="${url.split('/')[3]}.xlsx"]`)).toBe(true);
      await close(page);
    },
  );

  it('lists the unit’s items in a table before their full texts, each linked to its text', async () => {
    const page = await openPhone('/2024/units/water/');
    const rows = page.locator('[data-unit-items] tbody tr');
    expect(await rows.count()).toBe(await page.locator('[data-unit-item]').count());
    const first = await page.locator('[data-unit-items]').boundingBox();
    const firstText = await page.locator('[data-unit-item]').first().boundingBox();
    expect(first!.y).toBeLessThan(firstText!.y);
    const href = await rows.first().locator('a').getAttribute('href');
    expect(await page.locator(href!).locator('[data-item-text]').count()).toBe(1);
    await close(page);
  });
});

describe('an item page', () => {
  it('names the deadline and links the report kit', async () => {
    const page = await openPhone('/2024/items/12/');
    const box = page.locator('[data-item-report]');
    expect(await box.textContent()).toContain(deadlineText);
    expect(await box.locator('a[href="/2024/report/"]').count()).toBe(1);
    // The co-units, without per-unit item counts.
    expect(await page.locator('.responsible').textContent()).not.toMatch(/\d+\s*项/);
    await close(page);
  });

  it('lists every item beside the text on a wide screen', async () => {
    const page = await site.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.url + '/2024/items/12/');
    const nav = page.locator('.item-nav');
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.locator('a').count()).toBe(25);
    expect(await nav.locator('a[aria-current="page"]').getAttribute('href')).toBe('/2024/items/12/');
    const text = await page.locator('[data-item-text]').boundingBox();
    const side = await nav.boundingBox();
    expect(side!.x).toBeGreaterThan(text!.x + text!.width);
    await page.close();
  });
});

describe('lists of units filter as one types', () => {
  it.each(['/2024/report/', '/2024/units/'])('%s', async (url) => {
    const page = await openPhone(url);
    const rows = page.locator('[data-filter-item]');
    const total = await rows.count();
    expect(total).toBe(30);
    await page.locator('[data-filter-input]').fill('水务');
    await expect.poll(() => page.locator('[data-filter-item]:visible').count()).toBe(1);
    expect(await page.locator('[data-filter-item]:visible').textContent()).toContain('区水务局');
    expect(await page.locator('[data-filter-status]').textContent()).toContain('1');
    await page.locator('[data-filter-input]').fill('没有这个单位');
    await expect.poll(() => page.locator('[data-filter-item]:visible').count()).toBe(0);
    expect(await page.locator('[data-filter-status]').textContent()).toBe('没有名称中含有这些字的单位。');
    await close(page);
  });

  it('without JavaScript the whole list shows and no box', async () => {
    const page = await openPhone('/2024/report/', { javaScript: false });
    expect(await page.locator('[data-filter-item]:visible').count()).toBe(30);
    expect(await page.locator('[data-filter-input]').isVisible()).toBe(false);
    await close(page);
  });
});

describe('tap targets at 375 px', () => {
  /**
   * Every visible link and control that stands alone (not inside a sentence) is at least
   * 44×44 px. A link counts as inline in running text when the block around it holds
   * other words besides links (punctuation such as · or 、 does not count).
   */
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const small: string[] = [];
      const blocks = 'p, li, dd, dt, td, th, figcaption, h1, h2, h3, h4, footer, caption, label, div';
      for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary, select, input:not([type="hidden"])')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (el.closest('.visually-hidden, .skip-link')) continue;
        const block = el.parentElement?.closest(blocks);
        if (block && el.tagName === 'A') {
          const clone = block.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('a, button, .visually-hidden').forEach((n) => n.remove());
          const words = (clone.textContent ?? '').replace(/[\s·、，,。：:；;（）()|—–-]+/g, '');
          if (words.length > 0) continue;
        }
        if (box.width < 44 - 0.5 || box.height < 44 - 0.5) {
          small.push(
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return small;
    });
  }

  const cases = pageTypes.flatMap((p) => [
    { ...p, large: false },
    { ...p, large: true },
  ]);
  it.each(cases)('$name ($path), 大字: $large', async ({ name, path: urlPath, large }) => {
    const page = await openPhone(urlPath, { large });
    await page.waitForLoadState('networkidle');
    if (name === 'search') await page.locator('[data-search-results] li').first().waitFor();
    // The menu open too, so its links are measured.
    if (await page.getByRole('button', { name: '菜单' }).isVisible()) await page.getByRole('button', { name: '菜单' }).click();
    expect(await smallTargets(page)).toEqual([]);
    await close(page);
  });
});

describe('links inside a sentence', () => {
  it('stay inline (only stand-alone links are made into boxes)', async () => {
    const page = await openPhone('/2024/');
    // The home page's sentence about the units has a link in the middle of its text.
    const display = await page
      .locator('main p a[href="/2024/units/"]')
      .last()
      .evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe('inline');
    await close(page);
  });
});

describe('printed on A4', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qm-print-'));
  // A browser with a known CJK font (Noto Sans SC from node_modules), so page breaks and
  // pdftotext's words are those of a real reader's machine even where none is installed.
  let printer: Browser;
  beforeAll(async () => {
    printer = await launchBrowser({ env: { FONTCONFIG_FILE: cjkFontConfig(dir) } });
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The PDF's page count, its text in reading order (layout) and in drawing order (raw, words kept whole). */
  async function print(urlPath: string): Promise<{ pages: number; text: string; raw: string }> {
    const page = await printer.newPage();
    await page.goto(site.url + urlPath);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    const file = path.join(dir, `${urlPath.replace(/\W+/g, '_')}.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    return { pages, text, raw };
  }

  it.each(['/2024/units/market-regulation/', '/2024/units/water/'])(
    'the unit page %s is a one-sheet task list with the deadline',
    async (url) => {
      const { pages, text, raw } = await print(url);
      expect(pages).toBeLessThanOrEqual(1);
      expect(raw.replace(/\s+/g, '')).toContain(deadlineText.replace(/\s+/g, ''));
      expect(text).toContain('任务清单');
      // No controls or full texts: the downloads and the 共同承担单位 disclosure stay on screen.
      expect(text).not.toContain('下载');
      expect(text).not.toContain('共同承担单位（');
    },
  );

  it('the plan prints the whole document, in the document’s font, without the header or its contents list', async () => {
    const page = await printer.newPage();
    await page.goto(site.url + '/2024/plan/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/FangSong|仿宋/);
    await page.close();
    const { text, raw } = await print('/2024/plan/');
    // Nothing before the document: its title is the first line printed.
    const plan = readSource().plan;
    expect(text.trim().split('\n')[0].trim()).toBe(plan[0]);
    // The page numbers (—2—, as on the printed document) stand where a page breaks.
    const printed = raw.replace(/\s+/g, '').replace(/—\d+—/g, '');
    const missing = plan.filter((paragraph) => !printed.includes(paragraph.replace(/\s+/g, '')));
    expect(missing).toEqual([]);
    // Not the header (site name, 大字, menu, search) nor the contents list with its item counts.
    for (const screenOnly of ['大字（放大文字）', '搜索活动方案', '收起菜单', '项）']) expect(printed).not.toContain(screenOnly);
  });

  it('the notice is one page, starting with the document itself', async () => {
    const { pages, text } = await print('/2024/notice/');
    expect(pages).toBe(1);
    expect(text.trim().split('\n')[0].trim()).toBe(documentNumber);
    expect(text).not.toContain('发文字号');
    // The title is not broken inside a quoted term.
    expect(text).toContain('“质量月”');
  });

  it('the report page prints its rules and checklist, without the tables or the checker', async () => {
    const { pages, text, raw } = await print('/2024/report/');
    expect(pages).toBeLessThanOrEqual(2);
    expect(raw.replace(/\s+/g, '')).toContain(deadlineText.replace(/\s+/g, ''));
    expect(text).not.toContain('npm');
    expect(text).not.toContain('XLSX');
  });
});
