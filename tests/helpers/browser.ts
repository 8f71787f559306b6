/** Debian's chromium, driven by playwright-core: never a downloaded browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** Records every request a page makes to a host other than `origin`. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}
