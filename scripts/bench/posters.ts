/**
 * Posters: render time of each poster from scratch (satori → sharp → PNG + JPG), of the
 * page previews, and of a rebuild when nothing changed (everything from the cache). Uses a
 * fresh cache folder, so it never disturbs the build's own cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEditions } from '../../src/lib/content/disk';
import { kb, type Bench, type Row } from './common';

type PosterSlogan = import('../../src/lib/posters/index').PosterSlogan;

/** The newest edition's slogans, in page order, as the build reads them (without the QR variant's address). */
async function readSlogans(): Promise<PosterSlogan[]> {
  const [edition] = (await loadEditions()).editions.values();
  return edition.slogans.map((slogan) => ({ ...slogan, postersDir: edition.plan.edition.paths.posters }));
}

export const bench: Bench = {
  name: 'posters',
  description: 'poster render time from scratch (all sizes and previews) and a cached rebuild',
  async run() {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qm-bench-posters-'));
    const saved = { dir: process.env.QM_POSTER_CACHE_DIR, cache: process.env.QM_POSTER_CACHE };
    process.env.QM_POSTER_CACHE_DIR = cacheDir;
    delete process.env.QM_POSTER_CACHE;
    try {
      // Imported here, after the cache folder is set: the poster modules read it.
      const posters = await import('../../src/lib/posters/index');
      const { loadFont } = await import('../../src/lib/posters/font');
      const slogans = await readSlogans();
      const ms = (t0: number) => performance.now() - t0;

      let t0 = performance.now();
      loadFont();
      const fontLoad = ms(t0);
      const rows: Row[] = [];
      t0 = performance.now();
      for (const slogan of slogans) {
        for (const size of posters.posterSizes) {
          let t = performance.now();
          const p = await posters.renderPoster(slogan, size);
          const renderMs = ms(t);
          t = performance.now();
          for (const w of posters.previewWidths) for (const f of posters.previewFormats) await posters.renderPreview(slogan, size, w, f);
          rows.push({
            slogan: slogan.id,
            size: size.name,
            'render ms': Math.round(renderMs),
            'previews ms': Math.round(ms(t)),
            'PNG KB': kb(p.png.length),
            'JPG KB': kb(p.jpg.length),
          });
        }
      }
      const coldTotal = ms(t0);
      const stats = { ...posters.renderStats };

      // A rebuild with nothing changed: every file the endpoint publishes, from the cache.
      t0 = performance.now();
      const files = posters.publishedFiles(slogans);
      for (const f of files) await f.body();
      await posters.listPosters(slogans);
      const cachedTotal = ms(t0);
      const renderedAgain = posters.renderStats.satori - stats.satori + posters.renderStats.rasterise - stats.rasterise;
      const previews = posters.previewWidths.length * posters.previewFormats.length;
      return {
        rows: [
          { figure: 'font load + hash ms', value: Math.round(fontLoad) },
          {
            figure: `cold: ${slogans.length} slogans × ${posters.posterSizes.length} sizes, JPG + PNG + ${previews} previews each, s`,
            value: (coldTotal / 1000).toFixed(1),
          },
          { figure: `cached rebuild, ${files.length} files, ms`, value: Math.round(cachedTotal) },
          { figure: 'rendered again in the cached rebuild', value: renderedAgain, goal: '0', ok: renderedAgain === 0 },
        ],
        notes: [`cold run: satori ${stats.satori}×, sharp ${stats.rasterise}×, previews ${stats.previews}×`],
        tables: [{ title: 'Posters rendered from scratch', rows }],
        data: {
          fontLoadMs: fontLoad,
          posters: rows,
          coldTotalMs: coldTotal,
          cachedRebuildMs: cachedTotal,
          files: files.length,
          renderedAgain,
        },
      };
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
      if (saved.dir === undefined) delete process.env.QM_POSTER_CACHE_DIR;
      else process.env.QM_POSTER_CACHE_DIR = saved.dir;
      if (saved.cache !== undefined) process.env.QM_POSTER_CACHE = saved.cache;
    }
  },
};
