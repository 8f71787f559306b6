/** Shared by the quality tests: the page types, viewports, search detection. */
import type { Page } from 'playwright-core';
// Plain .mjs modules shared with the benches in scripts/.
import { pageTypes, searchQuery } from '../../scripts/lib/page-types.mjs';

export { pageTypes, searchQuery };

export const viewports = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/** Links to the items that mention 电动自行车 (9, 22, 24): what a search for it must list. */
export const resultLinkSelector = ['9', '22', '24'].map((n) => `main a[href$="/2024/items/${n}/"]`).join(', ');

/**
 * Waits for search results for 电动自行车 on the current page. False when none show up
 * within `timeout` (search not built yet, or broken).
 */
export async function waitForSearchResults(page: Page, timeout = 8000): Promise<boolean> {
  try {
    await page.locator(resultLinkSelector).first().waitFor({ state: 'attached', timeout });
    return true;
  } catch {
    return false;
  }
}
