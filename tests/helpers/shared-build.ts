/**
 * A build of the repository's own content that several test files read (the site under
 * a base path: tests/site/posters/qr-site.test.ts and tests/browser/pages/base-path.test.ts),
 * built once. The first file to ask builds it into .cache/shared-builds/<name>-<fingerprint>/;
 * the others, in this tier, the next tier or the next run, wait for it and read that folder.
 * The fingerprint covers what a build reads (src/, content/, public/, scripts/, the config,
 * the installed packages, node's version) and the build's own settings: any change to
 * them builds it anew. `rm -rf .cache/shared-builds` forces a new build too.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildWithFixture, projectRoot, type FixtureBuild } from './build-fixture';

const sharedDir = path.join(projectRoot, '.cache', 'shared-builds');
const inputs = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];
/** A build that takes longer than this is taken for dead, and its lock for stale. */
const BUILD_LIMIT_MS = 15 * 60_000;

/** What the build reads, by path, size and time of change. */
function fingerprint(settings: unknown): string {
  const hash = createHash('sha256').update(process.version).update(JSON.stringify(settings));
  const add = (rel: string) => {
    const full = path.join(projectRoot, rel);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.join(rel, name));
    } else {
      hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  inputs.forEach(add);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The shared build `name` with `options` (as buildWithFixture's, without a fixture or patch); cleanUp() keeps it. */
export async function sharedBuild(
  name: string,
  options: { script?: string; args?: string[]; env?: Record<string, string> },
): Promise<FixtureBuild> {
  const dir = path.join(sharedDir, `${name}-${fingerprint(options)}`);
  const result = path.join(dir, 'result.json');
  const lock = `${dir}.lock`;
  const done = (): FixtureBuild => {
    const { exitCode, output } = JSON.parse(readFileSync(result, 'utf8')) as { exitCode: number; output: string };
    return { exitCode, output, outDir: path.join(dir, 'dist'), contentDir: path.join(dir, 'content'), cleanUp: () => {} };
  };
  mkdirSync(sharedDir, { recursive: true });
  for (;;) {
    if (existsSync(result)) {
      // A failed build is shared within the run that made it, then tried again.
      const failedLongAgo = done().exitCode !== 0 && Date.now() - statSync(result).mtimeMs > BUILD_LIMIT_MS;
      if (!failedLongAgo) return done();
      rmSync(result);
    }
    try {
      mkdirSync(lock);
    } catch {
      // Another file is building it: wait, unless its lock is older than any build.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > BUILD_LIMIT_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      // Older fingerprints of this build are of no more use.
      for (const entry of readdirSync(sharedDir)) {
        if (entry.startsWith(`${name}-`) && !entry.endsWith('.lock') && path.join(sharedDir, entry) !== dir)
          rmSync(path.join(sharedDir, entry), { recursive: true, force: true });
      }
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      const build = await buildWithFixture(undefined, { ...options, workDir: dir });
      writeFileSync(result, JSON.stringify({ exitCode: build.exitCode, output: build.output }));
      return done();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
