/**
 * The built site as people get it, for one test file: dist/ served the way a static host
 * serves it (gzip, the site's security headers incl. its CSP, folder redirects) and
 * Debian's chromium (the run's one, tests/helpers/browser-setup.ts). Call at the top of a test file: `const site = useServedSite();`.
 *
 * Every page opened with site.newPage() or site.newContext() is watched for requests to
 * other hosts: a test fails when a page made one while it ran (the site loads nothing
 * from other hosts; tests/browser/quality/no-foreign-requests.test.ts visits every page type).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { sharedBrowser, watchForeignRequests } from './browser';
import { assertBuilt, distDir } from './dist';

export interface ServedSite {
  /** http://127.0.0.1:PORT, without a trailing slash (and without the base). */
  readonly url: string;
  readonly browser: Browser;
  /** A new page in a context of its own, watched for requests to other hosts. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new context whose every page is watched for requests to other hosts. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * `folder` serves another built folder (a fixture build's), read when the hook runs;
 * `base` serves it under a sub-path (a site built with SITE_BASE).
 */
export function useServedSite(folder?: () => string, { base }: { base?: string } = {}): ServedSite {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  /** What each watched context asked of other hosts since the last test ended. */
  const watched: string[][] = [];
  beforeAll(async () => {
    if (!folder) assertBuilt();
    server = await serveStatic(folder ? folder() : distDir, base ? { base } : {});
    browser = await sharedBrowser();
  });
  afterEach(() => {
    const foreign = watched.flatMap((list) => list.splice(0));
    expect(foreign, 'requests to other hosts').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const site: ServedSite = {
    get url() {
      if (!server) throw new Error('the site is served from beforeAll on');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    async newContext(options) {
      const context = await site.browser.newContext(options);
      watched.push(watchForeignRequests(context, site.url));
      return context;
    },
    async newPage(options) {
      const context = await site.newContext(options);
      const page = await context.newPage();
      // Closing the page closes its context, as browser.newPage() does.
      page.on('close', () => void context.close().catch(() => {}));
      return page;
    },
  };
  return site;
}
