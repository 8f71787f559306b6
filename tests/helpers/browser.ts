/** Debian's chromium, driven by playwright-core: never a downloaded browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
// One list of flags for tests and benches (no calls to hosts this network refuses).
import { chromiumFlags, chromiumPath } from '../../scripts/lib/page-types.mjs';

/** `env` adds to the browser's environment, e.g. FONTCONFIG_FILE for a known CJK font (tests/helpers/fonts.ts). */
export async function launchBrowser({ env }: { env?: Record<string, string> } = {}): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does).`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
    ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
  });
}

/**
 * The run's one chromium (started by tests/helpers/browser-setup.ts for the browser tier),
 * or one of this file's own when there is none. close() only disconnects from a shared one.
 */
export async function sharedBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

/** Whether `url` is a request to a host other than `origin` (http://127.0.0.1:PORT); inline data is none. */
export function isForeign(url: string, origin: string): boolean {
  if (/^(data|blob):/.test(url)) return false;
  // By origin, not by prefix: http://127.0.0.1:43210 is another host than http://127.0.0.1:4321.
  return new URL(url).origin !== new URL(origin).origin;
}

/**
 * Records every request to a host other than `origin` made by a page, or by every page of
 * a context. The one watcher of the tests (tests/helpers/site.ts uses it for every page it opens).
 */
export function watchForeignRequests(target: Page | BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  target.on('request', (request) => {
    if (isForeign(request.url(), origin)) foreign.push(request.url());
  });
  return foreign;
}

/** Scrolls a page to its end a screen at a time, so lazy pictures and scripts load. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

/**
 * Records what the page's Content-Security-Policy blocks, from the page's own
 * securitypolicyviolation events and from the console. Call before the page's first goto.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (line: string) => violations.push(line));
  // Init scripts run through the debugging protocol, so the CSP does not stop this one.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}
