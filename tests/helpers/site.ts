/**
 * The built site as people get it, for one test file: dist/ served the way a static host
 * serves it (gzip, the site's security headers incl. its CSP, folder redirects) and
 * Debian's chromium. Call at the top of a test file: `const site = useServedSite();`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchBrowser, watchForeignRequests } from './browser';
import { assertBuilt, distDir } from './dist';

export interface ServedSite {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
}

/** `folder` serves another built folder (a fixture build's), read when the hook runs. */
export function useServedSite(folder?: () => string): ServedSite {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!folder) assertBuilt();
    server = await serveStatic(folder ? folder() : distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the site is served from beforeAll on');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}

/** A new page on the served site that records any request it makes to another host. */
export async function openWatchedPage(site: ServedSite): Promise<{ page: Page; foreign: string[] }> {
  const page = await site.browser.newPage();
  return { page, foreign: watchForeignRequests(page, site.url) };
}
