/**
 * What published returns cost: the build time of 60 published photos (30 units × 2;
 * --photos=N), cold (no image cache; goal ≤ 30 s more than a build without returns) and
 * cached (about 0 s), and the weight of a results page on a phone, images counted apart
 * from the text budget (first screen, as the weight bench measures, and after scrolling
 * through every photo).
 *
 * Builds (astro build) a copy of content/ four times into .cache/: without and with returns,
 * each with a fresh cache and again with that cache (posters from the project's poster
 * cache in all four). The records and photos are written as `collect-report --publish`
 * writes them (src/lib/returns/record.ts, photos.ts), from generated camera-sized photos;
 * nothing is written to content/.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { cleanPhoto } from '../../src/lib/returns/photos';
import { RETURNS_FOLDER, photoFileName, recordYaml, type ReturnRecord } from '../../src/lib/returns/record';
import { loadEditions } from '../../src/lib/content/disk';
import { serveStatic } from '../lib/static-server.mjs';
import { buildSite, chromiumFlags, chromiumPath, kb, root, seconds, type Bench } from './common';
import { measureWeight, weightFigures } from './weight';

const year = '2024';
const goalSeconds = 30;

/**
 * A camera-sized photo with detail at every scale (noise, enlarged: it compresses about like
 * a real scene, where pure noise would be far worse and a flat colour far better), 4000×3000,
 * cleaned as --publish does (2000×1500, no metadata).
 */
async function photo(i: number): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: `hsl(${(i * 37) % 360}, 50%, 50%)`,
      noise: { type: 'gaussian', mean: 120, sigma: 50 },
    },
  })
    .png()
    .toBuffer();
  const raw = await sharp(noise).resize(4000, 3000, { kernel: 'cubic' }).jpeg({ quality: 90 }).toBuffer();
  return cleanPhoto(raw);
}

async function publish(content: string, photoCount: number): Promise<void> {
  const { plan, report } = (await loadEditions(content)).editions.get(year)!;
  const e = { units: plan.units, columns: report.columns };
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
      values: Object.fromEntries(
        e.columns.map((c, j) => [c.id, c.kind === 'number' ? (item.number * 7 + j) % 50 : `${unit.name}第${item.number}项${c.label}`]),
      ),
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

export const bench: Bench = {
  name: 'returns',
  description: `build time of published return photos (cold cost ≤ ${goalSeconds} s, cached ≈ 0) and the results page's weight`,
  options: { photos: { type: 'string' } },
  async run({ values }) {
    const photoCount = Number(values.photos ?? 60);
    mkdirSync(path.join(root, '.cache'), { recursive: true });
    const work = mkdtempSync(path.join(root, '.cache', 'bench-returns-'));
    const content = path.join(work, 'content');
    const posterCacheDir = path.join(root, 'node_modules', '.cache', 'quality-month-posters');
    const build = async (outDir: string, cacheDir: string) =>
      (await buildSite({ contentDir: content, outDir: path.join(work, outDir), cacheDir: path.join(work, cacheDir), posterCacheDir })).ms;
    try {
      cpSync(path.join(root, 'content'), content, { recursive: true });
      console.log(`  ${photoCount} published photos, builds in ${path.relative(root, work)}/`);
      // Each case twice: cold (a fresh cache) and cached (the same cache again), so the photos'
      // cost is the difference between builds that differ only in them.
      const base = await build('dist-base', 'cache-base');
      const baseCached = await build('dist-base2', 'cache-base');
      console.log(`  without returns: ${seconds(base)} s cold, ${seconds(baseCached)} s cached`);
      const t = performance.now();
      await publish(content, photoCount);
      const publishMs = performance.now() - t;
      const cold = await build('dist', 'cache');
      const cached = await build('dist-cached', 'cache');
      console.log(`  with returns: ${seconds(cold)} s cold, ${seconds(cached)} s cached`);
      const costCold = cold - base;
      const costCached = cached - baseCached;
      const out = path.join(work, 'dist');
      const weight = await measureWeight({
        dir: out,
        visits: [
          { name: 'results', path: `/${year}/results/`, budget: true },
          { name: 'unit+returns', path: `/${year}/units/market-regulation/`, budget: true },
        ],
      });
      const scrolled = await imagesAfterScrolling(out, `/${year}/results/`);
      return {
        rows: [
          { figure: 'build without returns, cold s', value: seconds(base) },
          { figure: 'build without returns, cached s', value: seconds(baseCached) },
          {
            figure: `${photoCount} photos, cold: cost s`,
            value: seconds(costCold),
            goal: `≤ ${goalSeconds}`,
            ok: costCold <= goalSeconds * 1000,
          },
          { figure: `${photoCount} photos, cached: cost s`, value: seconds(costCached), goal: '≈ 0' },
          ...weightFigures(weight, ', results pages (first screen; photos lazy)'),
          { figure: `results page after scrolling through every photo: ${scrolled.images} images, KB`, value: kb(scrolled.bytes) },
          { figure: `publishing ${photoCount} photos from 4000×3000 (outside the build) s`, value: seconds(publishMs) },
        ],
        notes: [`load average at the end: ${os.loadavg()[0].toFixed(1)}`],
        tables: [{ title: 'Page weight of the results pages (first screen; photos lazy)', rows: weight.rows }],
        data: { photoCount, base, baseCached, cold, cached, costCold, costCached, publishMs, weight, scrolled },
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
