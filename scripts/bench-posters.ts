/**
 * Poster benchmark: render time of each poster from scratch (satori → sharp → PNG + JPG),
 * of the page previews, and of a rebuild when nothing changed (everything from the cache).
 * Uses a fresh cache folder, so it never disturbs the build's own cache.
 *
 *   npx vite-node scripts/bench-posters.ts            # prints a table
 *   npx vite-node scripts/bench-posters.ts -- --json  # also writes bench-results/posters.json
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const cacheDir = mkdtempSync(join(tmpdir(), 'qm-bench-posters-'));
process.env.QM_POSTER_CACHE_DIR = cacheDir;
delete process.env.QM_POSTER_CACHE;

const posters = await import('../src/lib/posters/index');
const { loadFont } = await import('../src/lib/posters/font');
type PosterSlogan = import('../src/lib/posters/index').PosterSlogan;

const { listEditions } = await import('./lib/edition-files');
const { parse: parseYaml } = await import('yaml');
const year = (await listEditions())[0];
const editionName: string = parseYaml(readFileSync(join(process.cwd(), 'content', year, 'edition.yaml'), 'utf8')).name;

/** The slogans of the newest edition (flat `key: value` frontmatter, comments skipped). */
function readSlogans(dir = join(process.cwd(), 'content', year, 'slogans')): PosterSlogan[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((f) => {
      const front = readFileSync(join(dir, f), 'utf8').split(/^---\s*$/m)[1] ?? '';
      const data: Record<string, string> = {};
      for (const line of front.split('\n')) {
        const m = line.match(/^([a-z]+):\s*(.*?)\s*$/);
        if (m) data[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
      }
      return {
        id: f.replace(/\.md$/, ''),
        text: data.text,
        label: data.label,
        scope: data.scope as PosterSlogan['scope'],
        order: Number(data.order),
        kicker: editionName,
        postersDir: `/${year}/posters/`,
        file: `content/${year}/slogans/${f}`,
      };
    });
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

const slogans = posters.sortSlogans(readSlogans());
let t0 = performance.now();
loadFont();
const fontLoad = ms(t0);

const rows: { slogan: string; size: string; renderMs: number; previewsMs: number; pngBytes: number; jpgBytes: number }[] = [];
t0 = performance.now();
for (const slogan of slogans) {
  for (const size of posters.posterSizes) {
    let t = performance.now();
    const p = await posters.renderPoster(slogan, size);
    const renderMs = ms(t);
    t = performance.now();
    for (const w of posters.previewWidths) for (const f of posters.previewFormats) await posters.renderPreview(slogan, size, w, f);
    rows.push({ slogan: slogan.id, size: size.name, renderMs, previewsMs: ms(t), pngBytes: p.png.length, jpgBytes: p.jpg.length });
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

console.log(`Posters: ${slogans.length} slogans × ${posters.posterSizes.length} sizes (JPG + PNG, and ${posters.previewWidths.length * posters.previewFormats.length} previews each)`);
console.log(`font load + hash ${fmt(fontLoad)}`);
console.log('slogan              size        render   previews   PNG KB   JPG KB');
for (const r of rows) {
  console.log(
    `${r.slogan.padEnd(18)}  ${r.size.padEnd(9)} ${fmt(r.renderMs)} ${fmt(r.previewsMs)} ${String(Math.round(r.pngBytes / 1024)).padStart(8)} ${String(Math.round(r.jpgBytes / 1024)).padStart(8)}`,
  );
}
console.log(`cold: all posters and previews  ${fmt(coldTotal)}  (satori ${stats.satori}×, sharp ${stats.rasterise}×, previews ${stats.previews}×)`);
console.log(`cached rebuild: ${files.length} files ${fmt(cachedTotal)}  (rendered again: ${renderedAgain})`);

if (process.argv.includes('--json')) {
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/posters.json',
    `${JSON.stringify({ fontLoadMs: fontLoad, posters: rows, coldTotalMs: coldTotal, cachedRebuildMs: cachedTotal, files: files.length, renderedAgain }, null, 2)}\n`,
  );
}
rmSync(cacheDir, { recursive: true, force: true });
if (renderedAgain > 0) {
  console.error('the cached rebuild rendered posters again: the cache is not working');
  process.exitCode = 1;
}
