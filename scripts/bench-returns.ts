/**
 * What published returns cost: the build time of 60 published photos (30 units × 2), cold
 * (no image cache; goal ≤ 30 s more than a build without returns) and cached (about 0 s),
 * and the weight of a results page on a phone, images counted apart from the text budget
 * (first screen, as bench-weight measures, and after scrolling through every photo).
 *
 *   npm run bench:returns [-- --photos=60] [--json]
 *
 * Builds (astro build) a copy of content/ four times into .cache/: without and with returns,
 * each with a fresh cache and again with that cache. The records and photos are written
 * as `collect-report --publish` writes them (src/lib/returns/record.ts, photos.ts), from
 * generated camera-sized photos; nothing is written to content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { readEditionTables } from './lib/edition-files';
import { RETURNS_FOLDER, photoFileName, recordYaml, type ReturnRecord } from '../src/lib/returns/record';
import { cleanPhoto } from '../src/lib/returns/photos';
import { benchWeight, printWeight } from './bench-weight.mjs';
import { chromiumFlags, chromiumPath } from './lib/page-types.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { kb, printTable, root, writeResults } from './lib/bench-common.mjs';

const { values } = parseArgs({ options: { photos: { type: 'string' }, json: { type: 'boolean' } } });
const photoCount = Number(values.photos ?? 60);
const year = '2024';

const work = mkdtempSync(path.join(root, '.cache', 'bench-returns-'));
const content = path.join(work, 'content');
cpSync(path.join(root, 'content'), content, { recursive: true });

function build(outDir: string, cacheDir: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: root,
    env: { ...process.env, QM_CONTENT_DIR: content, QM_OUT_DIR: outDir, QM_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - start) / 1000;
}

/**
 * A camera-sized photo with detail at every scale (noise, enlarged: it compresses about like
 * a real scene, where pure noise would be far worse and a flat colour far better), 4000×3000,
 * cleaned as --publish does (2000×1500, no metadata).
 */
async function photo(i: number): Promise<Buffer> {
  const noise = await sharp({ create: { width: 800, height: 600, channels: 3, background: `hsl(${(i * 37) % 360}, 50%, 50%)`, noise: { type: 'gaussian', mean: 120, sigma: 50 } } })
    .png()
    .toBuffer();
  const raw = await sharp(noise).resize(4000, 3000, { kernel: 'cubic' }).jpeg({ quality: 90 }).toBuffer();
  return cleanPhoto(raw);
}

async function publish(): Promise<void> {
  const e = await readEditionTables(year, content);
  const dir = path.join(content, year, RETURNS_FOLDER);
  let made = 0;
  for (let u = 0; made < photoCount; u++) {
    const unit = e.units[u % e.units.length];
    const start = made;
    const photos: ReturnRecord['photos'] = [];
    for (let k = 0; k < 2 && made < photoCount; k++, made++) {
      const file = photoFileName(unit.id, photos.length);
      mkdirSync(path.join(dir, unit.id), { recursive: true });
      writeFileSync(path.join(dir, file), await photo(made));
      photos.push({ file: `./${file}`, caption: `${unit.name}活动照片 ${made - start + 1}`, item: unit.items[0].number });
    }
    const rows = unit.items.map((item) => ({
      item: item.number,
      values: Object.fromEntries(e.columns.map((c, j) => [c.id, c.kind === 'number' ? (item.number * 7 + j) % 50 : `${unit.name}第${item.number}项${c.label}`])),
    }));
    writeFileSync(path.join(dir, `${unit.id}.yaml`), recordYaml({ unit: unit.id, table: '统计表.xlsx', rows, photos }));
  }
}

/** Image bytes a phone downloads on the results page after scrolling through every photo. */
async function imagesAfterScrolling(dir: string, url: string): Promise<{ images: number; bytes: number }> {
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'image') sizes.push(r.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(server.url + url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      for (const img of document.querySelectorAll('figure img')) {
        img.scrollIntoView();
        await (img as HTMLImageElement).decode().catch(() => {});
      }
    });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    return { images: all.length, bytes: all.reduce((a, b) => a + b, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  console.log(`bench-returns: ${photoCount} published photos, builds in ${path.relative(root, work)}/`);
  // Each case twice: cold (a fresh cache) and cached (the same cache again), so the photos'
  // cost is the difference between builds that differ only in them.
  const base = build(path.join(work, 'dist-base'), path.join(work, 'cache-base'));
  const baseCached = build(path.join(work, 'dist-base2'), path.join(work, 'cache-base'));
  console.log(`  without returns: ${base.toFixed(1)} s cold, ${baseCached.toFixed(1)} s cached`);
  const t = performance.now();
  await publish();
  const publishSeconds = (performance.now() - t) / 1000;
  const out = path.join(work, 'dist');
  const cold = build(out, path.join(work, 'cache'));
  const cached = build(path.join(work, 'dist-cached'), path.join(work, 'cache'));
  console.log(`  with returns: ${cold.toFixed(1)} s cold, ${cached.toFixed(1)} s cached`);
  const costCold = cold - base;
  const costCached = cached - baseCached;
  printTable('Build time of published photos (astro build; load average at the end: ' + (await import('node:os')).loadavg()[0].toFixed(1) + ')', [
    { case: 'without returns, cold', 's': base.toFixed(1), 'cost s': '' },
    { case: 'without returns, cached', 's': baseCached.toFixed(1), 'cost s': '' },
    { case: `${photoCount} photos, cold`, 's': cold.toFixed(1), 'cost s': costCold.toFixed(1), goal: '≤ 30', verdict: costCold <= 30 ? 'PASS' : 'FAIL' },
    { case: `${photoCount} photos, cached`, 's': cached.toFixed(1), 'cost s': costCached.toFixed(1), goal: '≈ 0' },
  ]);
  const weight = await benchWeight({
    dir: out,
    visits: [
      { name: 'results', path: `/${year}/results/`, budget: true },
      { name: 'unit+returns', path: `/${year}/units/market-regulation/`, budget: true },
    ],
  });
  printWeight(weight, 'results page (first screen; photos lazy)');
  const scrolled = await imagesAfterScrolling(out, `/${year}/results/`);
  console.log(`\n  results page after scrolling through every photo: ${scrolled.images} images, ${kb(scrolled.bytes)} KB (not in the text budget)`);
  console.log(`  (publishing ${photoCount} photos as collect-report does, from 4000×3000: ${publishSeconds.toFixed(1)} s, outside the build)`);
  if (values.json) {
    await writeResults('returns', { photoCount, base, baseCached, cold, cached, costCold, costCached, publishSeconds, weight, scrolled });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
