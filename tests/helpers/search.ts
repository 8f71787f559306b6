/** The search page in Chromium: open a search by URL and read what it shows. */
import type { Page } from 'playwright-core';
import { loadEditions } from '../../src/lib/content/disk';

export interface ShownResult {
  href: string;
  title: string;
  kind: string;
  category: string;
  units: string;
  excerpt: string;
  marks: string[];
}

/** Waits until the status line has a final answer (a count, “没有找到”, or a failure). */
export async function settled(page: Page): Promise<string> {
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /找到 \d+ 条结果|没有找到|无法使用/.test(text);
  });
  return (await status.textContent()) ?? '';
}

export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const text = (selector: string) => li.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: text('[data-result-title]'),
        kind: text('[data-result-kind]'),
        category: text('[data-result-category]'),
        units: text('[data-result-units]'),
        excerpt: text('[data-result-excerpt]'),
        marks: [...li.querySelectorAll('[data-result-excerpt] mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

/**
 * The edition these tests' expectations are about. Searches name it, so they keep
 * finding its items when a later edition becomes the current one.
 */
export const EDITION = '2024';

/** The newest edition, which a search without a year searches. */
export const currentEdition = async (): Promise<string> => [...(await loadEditions()).editions.keys()][0];

/** The search page's address for these URL parameters, in EDITION. */
export const searchPage = (origin: string, params: Record<string, string> = {}) =>
  `${origin}/search/?${new URLSearchParams({ ...params, year: EDITION })}`;

/** Opens /search/ with these URL parameters (in EDITION) and returns the status and results. */
export async function searchByUrl(page: Page, origin: string, params: Record<string, string>) {
  await page.goto(searchPage(origin, params));
  const status = await settled(page);
  return { status, results: await shownResults(page) };
}
