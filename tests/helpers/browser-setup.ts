/**
 * The browser tier's one Debian chromium, started once for the whole run: every test file
 * connects to it (tests/helpers/site.ts) instead of starting its own. A file that needs
 * other settings (the print tests' font configuration) still launches one of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/page-types.mjs';
import { pinnedFontConfig } from './fonts';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium (.ci/run does).`);
  // Pages are laid out with one known CJK font on every machine (tests/helpers/fonts.ts).
  const fonts = mkdtempSync(path.join(tmpdir(), 'qm-fonts-'));
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    args: chromiumFlags,
    env: { ...process.env, FONTCONFIG_FILE: pinnedFontConfig(fonts) } as Record<string, string>,
  });
  project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
    rmSync(fonts, { recursive: true, force: true });
  };
}
