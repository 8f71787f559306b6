#!/usr/bin/env node
// @ts-check
/**
 * Build times: a cold build (empty Astro cache, empty poster cache), a rebuild with nothing
 * changed, and a rebuild after one item's text changed, for the real content and for a
 * generated plan ten times larger (250 items, 300 units; scripts/lib/generate-content.mjs).
 * Each build runs `astro build` with its own content, output and cache folders in a temp
 * folder (QM_CONTENT_DIR, QM_OUT_DIR, QM_CACHE_DIR, QM_POSTER_CACHE_DIR): dist/ and the
 * project's caches are never touched.
 *
 *   node scripts/bench-build.mjs [--json] [--only=real|10x]
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateContent } from './lib/generate-content.mjs';
import { isMain, printTable, root, writeResults } from './lib/bench-common.mjs';

/**
 * @param {{ contentDir: string; outDir: string; cacheDir: string; posterCacheDir: string }} dirs
 * @returns {Promise<number>} milliseconds
 */
function timedBuild({ contentDir, outDir, cacheDir, posterCacheDir }) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      env: {
        ...process.env,
        QM_CONTENT_DIR: contentDir,
        QM_OUT_DIR: outDir,
        QM_CACHE_DIR: cacheDir,
        QM_POSTER_CACHE_DIR: posterCacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`build of ${contentDir} failed:\n${output.slice(-3000)}`));
    });
  });
}

/** @param {string} dir */
function folderStats(dir) {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  const walk = (/** @type {string} */ d) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else {
        files++;
        bytes += info.size;
        if (name.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { files, bytes, pages };
}

/**
 * @param {{ only?: string[] }} [options]
 */
export async function benchBuild({ only } = {}) {
  const sets = [
    { name: 'real', make: (/** @type {string} */ dir) => (cpSync(path.join(root, 'content'), dir, { recursive: true }), { items: 25, units: 30 }) },
    { name: '10x', make: (/** @type {string} */ dir) => generateContent(dir, { times: 10 }) },
  ].filter((s) => !only || only.includes(s.name));
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  for (const set of sets) {
    const work = mkdtempSync(path.join(tmpdir(), `qm-bench-build-${set.name}-`));
    try {
      const contentDir = path.join(work, 'content');
      const size = set.make(contentDir);
      const dirs = {
        contentDir,
        outDir: path.join(work, 'dist'),
        cacheDir: path.join(work, 'astro-cache'),
        posterCacheDir: path.join(work, 'poster-cache'),
      };
      console.log(`building ${set.name} (${size.items} items, ${size.units} units): cold…`);
      const cold = await timedBuild(dirs);
      const built = folderStats(dirs.outDir);
      const pagefind = folderStats(path.join(dirs.outDir, 'pagefind'));
      console.log(`  rebuild, nothing changed…`);
      const warm = await timedBuild(dirs);
      // One item's text edited (a word added), as an editor would.
      const itemsDir = path.join(contentDir, 'items');
      const first = readdirSync(itemsDir).sort()[0];
      const itemFile = path.join(itemsDir, first);
      writeFileSync(itemFile, readFileSync(itemFile, 'utf8').replace(/。/, '，并做好记录。'));
      console.log(`  rebuild, one item edited…`);
      const edited = await timedBuild(dirs);
      // Without the poster cache (Astro's content cache kept): what posters cost.
      rmSync(dirs.posterCacheDir, { recursive: true, force: true });
      console.log(`  rebuild, posters not cached…`);
      const noPosterCache = await timedBuild(dirs);
      rows.push({
        content: set.name,
        items: size.items,
        units: size.units,
        pages: built.pages,
        files: built.files,
        'dist MB': (built.bytes / 1024 / 1024).toFixed(1),
        'pagefind KB': (pagefind.bytes / 1024).toFixed(0),
        'cold s': (cold / 1000).toFixed(1),
        'rebuild s': (warm / 1000).toFixed(1),
        'one edit s': (edited / 1000).toFixed(1),
        'no poster cache s': (noPosterCache / 1000).toFixed(1),
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { rows };
}

/** @param {Awaited<ReturnType<typeof benchBuild>>} result */
export function printBuild(result) {
  printTable('Build times (astro build incl. posters and Pagefind; own temp caches)', result.rows);
}

if (isMain(import.meta.url)) {
  const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1]?.split(',');
  const result = await benchBuild({ only });
  printBuild(result);
  if (process.argv.includes('--json')) await writeResults('build', result);
}
