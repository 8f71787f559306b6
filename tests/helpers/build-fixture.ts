/**
 * Builds the site from a copy of content/ with a fixture's files laid over it, into
 * folders of its own, and returns what the build printed. The real dist/ is untouched.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');

export interface FixtureBuild {
  exitCode: number;
  output: string;
  outDir: string;
  contentDir: string;
  cleanUp(): void;
}

/** A copy of content/ with `fixture`'s files over it and the files in its `_remove.txt` deleted. */
export function contentWithFixture(fixture: string | undefined, workDir: string): string {
  const contentDir = path.join(workDir, 'content');
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  if (fixture) {
    cpSync(fixture, contentDir, { recursive: true, filter: (src) => path.basename(src) !== '_remove.txt' });
    const removeList = path.join(fixture, '_remove.txt');
    if (existsSync(removeList)) {
      for (const rel of readFileSync(removeList, 'utf8').split('\n').filter(Boolean)) {
        rmSync(path.join(contentDir, rel.trim()));
      }
    }
  }
  return contentDir;
}

/**
 * What Vitest puts in process.env for its own Vite (BASE_URL=/, MODE=test, …, VITEST): not
 * a shell's, so not a build's or a dev server's (with VITEST set, Astro 7's dev server
 * answers 404 for every page). The environment a command started by hand would have.
 */
const viteEnvNames = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);
export const shellEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteEnvNames.has(name) && !name.startsWith('VITEST')));

/** Runs `script` (default: astro build) with the content and output folders pointed at temp copies. */
export function buildWithFixture(
  fixture: string | undefined,
  {
    script = 'node_modules/astro/bin/astro.mjs',
    args = ['build'],
    prepare = (_outDir: string) => {},
    /** Changes the content copy further (e.g. a renamed unit in units.yaml) before the build. */
    patch = (_contentDir: string) => {},
    /** More environment for the build (e.g. QM_BUILD_TIME). */
    env = {} as Record<string, string>,
    /** The (empty) folder to build in; default: a new one under .cache/. */
    workDir = undefined as string | undefined,
  } = {},
): Promise<FixtureBuild> {
  // Inside the project: Astro writes a static build's server chunks to <cwd>/.astro/ when
  // the output folder lies outside the project, and parallel builds would share that folder.
  mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
  workDir ??= mkdtempSync(path.join(projectRoot, '.cache', 'qm-build-'));
  const contentDir = contentWithFixture(fixture, workDir);
  patch(contentDir);
  const outDir = path.join(workDir, 'dist');
  prepare(outDir);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: {
        // A build decides its base from SITE_BASE, never from Vitest's BASE_URL.
        ...shellEnv(),
        QM_CONTENT_DIR: contentDir,
        QM_OUT_DIR: outDir,
        // For scripts/build.mjs, which stages elsewhere and then replaces this folder.
        QM_DIST_DIR: outDir,
        QM_CACHE_DIR: path.join(workDir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
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
        contentDir,
        cleanUp: () => rmSync(workDir!, { recursive: true, force: true }),
      }),
    );
  });
}
