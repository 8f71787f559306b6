/**
 * The browser tier's one Debian chromium, started once for the whole run: every test file
 * connects to it (tests/helpers/site.ts) instead of starting its own. A file that needs
 * other settings (a font configuration) still launches one of its own.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/page-types.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does).`);
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumFlags });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
