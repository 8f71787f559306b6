/**
 * The site built under a base path (SITE_BASE=/zt/zlyd/, as a portal's 专栏) with its own
 * public address (SITE_URL), by scripts/build.mjs into a temp folder, and read back by URL
 * path the way a server that maps the base onto the folder answers. The real dist/ is
 * untouched; the content is the repository's own.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedBuild } from './shared-build';

export interface BaseBuild {
  exitCode: number;
  output: string;
  /** The built folder: its index.html is the page at `base`. */
  outDir: string;
  base: string;
  site: string;
  cleanUp(): void;
}

/**
 * `node scripts/build.mjs` with SITE_BASE and SITE_URL, into folders of its own: one build
 * for every test file that asks for the same base and address (tests/helpers/shared-build.ts).
 * Read it, never change it.
 */
export async function buildUnderBase({ base, site }: { base: string; site: string }): Promise<BaseBuild> {
  const build = await sharedBuild('base', { script: 'scripts/build.mjs', args: [], env: { SITE_BASE: base, SITE_URL: site } });
  return { ...build, base, site };
}

/**
 * The file a server with the base mapped onto `outDir` answers for a URL path, or
 * undefined: nothing there, or a path outside the base.
 */
export function fileUnderBase(outDir: string, base: string, urlPath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  if (!clean.startsWith(base)) return undefined;
  const file = path.join(outDir, clean.slice(base.length));
  if (file !== outDir && !file.startsWith(outDir + path.sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Every file under `dir` with one of these extensions, as paths relative to it with forward slashes. */
export function filesIn(dir: string, extensions: string[]): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

/** The URL path of a built file: `2024/items/3/index.html` under /zt/zlyd/ is /zt/zlyd/2024/items/3/. */
export const urlPathOf = (base: string, file: string): string => base + file.replace(/(^|\/)index\.html$/, '$1');
