/**
 * The site built under a base path (SITE_BASE=/zt/zlyd/, as a portal's 专栏) with its own
 * public address (SITE_URL), by scripts/build.mjs into a temp folder, and read back by URL
 * path the way a server that maps the base onto the folder answers. The real dist/ is
 * untouched; the content is the repository's own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './build-fixture';

export interface BaseBuild {
  exitCode: number;
  output: string;
  /** The built folder: its index.html is the page at `base`. */
  outDir: string;
  base: string;
  site: string;
  cleanUp(): void;
}

/** What Vitest sets in process.env for its own Vite; not a shell's. */
const viteEnvNames = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

/** Runs `node scripts/build.mjs` with SITE_BASE and SITE_URL, into folders of its own. */
export function buildUnderBase({ base, site }: { base: string; site: string }): Promise<BaseBuild> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'qm-base-'));
  const outDir = path.join(workDir, 'dist');
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, SSR, ...).
  // Passed on to the build, BASE_URL=/ wins over SITE_BASE for the pages' own links
  // (src/lib/base.ts reads import.meta.env.BASE_URL), so the build gets the environment
  // of a shell: without them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !viteEnvNames.has(name) && !name.startsWith('VITEST')),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: projectRoot,
      env: {
        ...env,
        SITE_BASE: base,
        SITE_URL: site,
        // scripts/build.mjs stages the build elsewhere, then puts it here.
        QM_DIST_DIR: outDir,
        QM_OUT_DIR: outDir,
        QM_CACHE_DIR: path.join(workDir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      resolve({
        exitCode: code ?? 1,
        output,
        outDir,
        base,
        site,
        cleanUp: () => rmSync(workDir, { recursive: true, force: true }),
      }),
    );
  });
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
export const urlPathOf = (base: string, file: string): string =>
  base + file.replace(/(^|\/)index\.html$/, '$1');
