/**
 * Published returns on the site: a content copy with returns published by the real CLI
 * (tests/helpers/returns/published.ts), built with buildWithFixture; the results page, the unit's
 * and the item's pages as built, the search index, the images in dist/, axe and the CSP in
 * Chromium. And the real site (no returns in content/) shows nothing of them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithFixture, projectRoot, type FixtureBuild } from '../../helpers/build-fixture';
import { useServedSite } from '../../helpers/site';
import { axeViolations } from '../../helpers/axe';
import { watchCspViolations } from '../../helpers/browser';
import { indexedFragments } from '../../helpers/pagefind';
import { contentSecurityPolicy } from '../../../src/lib/security-headers.mjs';
import { allPages, assertBuilt, loadPage } from '../../helpers/dist';
import { PUBLISHED, publishInto, writeReturnsFolder } from '../../helpers/returns/published';
import { edition, unitById } from '../../helpers/returns/fixtures';

let build: FixtureBuild;
let work: string;
let records: Record<
  string,
  { rows: { item: number; values: Record<string, number | string | null> }[]; photos: { caption: string; item?: number }[] }
>;

const page = (url: string) => cheerio.load(readFileSync(path.join(build.outDir, url, 'index.html'), 'utf8'));

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'returns-site-'));
  const folder = path.join(work, 'returns');
  await writeReturnsFolder(folder);
  build = await buildWithFixture(undefined, {
    patch: (contentDir) => {
      publishInto(contentDir, folder);
      // 报送情况 on: the results page then lists who has reported.
      const file = path.join(contentDir, '2024', 'edition.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^showReportStatus: false$/m, 'showReportStatus: true'));
    },
  });
  const dir = path.join(build.contentDir, '2024', 'returns');
  records = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace('.yaml', ''), parseYaml(readFileSync(path.join(dir, f), 'utf8'))]),
  );
}, 400_000);

afterAll(() => {
  build?.cleanUp();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a built edition with returns', () => {
  it('builds', () => {
    expect(build.exitCode, build.output).toBe(0);
    expect(Object.keys(records).sort()).toEqual(['market-regulation', 'water']);
  });

  it('has a results page with the totals of the published figures, a chart with its text table, a table per category', async () => {
    const e = await edition();
    const $ = page('2024/results');
    const all = Object.values(records).flatMap((r) => r.rows);
    for (const c of e.columns.filter((c) => c.kind === 'number')) {
      const total = all.reduce((n, r) => n + Number(r.values[c.id] ?? 0), 0);
      const shown = $('.totals div')
        .filter((_, el) => $(el).find('dt').text() === c.label)
        .find('dd')
        .text();
      expect(Number(shown), c.label).toBe(total);
      // The chart: an SVG image with a title, and the same figures as a table beside it.
      const figure = $(`#chart-${c.id}-caption`).closest('figure');
      const svg = figure.find('svg[role="img"]');
      expect(svg.attr('aria-labelledby')).toBe(`chart-${c.id}-title`);
      expect(svg.find('title').text()).toContain(c.label);
      const tableSum = figure
        .find('tbody td')
        .map((_, td) => Number($(td).text()))
        .get()
        .reduce((a, b) => a + b, 0);
      expect(tableSum).toBe(total);
      expect(figure.find('rect').length).toBe(figure.find('tbody tr').length);
    }
    // One table per category with rows, each row a unit and an item.
    const rowsShown = $('#categories-title').parent().find('table tbody tr').length;
    expect(rowsShown).toBe(all.length);
    expect($('script:not([src])').length, 'no inline script').toBe(0);
    expect($('[style]').length, 'no inline style').toBe(0);
    // 报送情况, turned on for this build: both units that reported are listed.
    expect($('[data-report-status]').text()).toContain('区市场监管局');
    expect($('[data-report-status]').text()).toContain('尚未报送');
  });

  it('shows the unit’s figures and photos on its page, as figure/figcaption with WebP and a JPEG fallback, lazy', async () => {
    const e = await edition();
    const market = unitById(e, 'market-regulation');
    const $ = page('2024/units/market-regulation');
    const section = $('[data-unit-returns]');
    expect(section.find('tbody tr').length).toBe(market.items.length);
    // On screen only: the printed 任务清单 stays one sheet (print.css hides .no-print).
    expect(section.closest('.no-print').length).toBe(1);
    const figures = section.find('figure');
    expect(figures.length).toBe(2);
    expect(figures.eq(0).find('figcaption').text().trim()).toBe(PUBLISHED.caption);
    const first = figures.eq(0).find('picture');
    expect(first.find('source[type="image/webp"]').attr('srcset')).toMatch(/\.webp \d+w/);
    const img = first.find('img');
    expect(img.attr('src')).toMatch(/\.jpg$/);
    expect(img.attr('loading')).toBe('lazy');
    // Alt text: the unit's description when it gave one, else the caption.
    expect(img.attr('alt')).toBe(PUBLISHED.alt);
    expect(figures.eq(1).find('img').attr('alt')).toBe(PUBLISHED.captionNoAlt);
    // Upright: stored 1600×1200 with orientation 6, shown 1200×1600.
    expect([img.attr('width'), img.attr('height')]).toEqual(['1200', '1600']);
    // The report page leads to the results.
    expect(page('2024/report')('[data-results-link] a').attr('href')).toBe('/2024/results/');
    // A unit without returns shows nothing of them.
    expect(page('2024/units/public-security')('[data-unit-returns]').length).toBe(0);
  });

  it('shows on an item’s page the photos and figures for that item', async () => {
    const e = await edition();
    const market = unitById(e, 'market-regulation');
    const n = market.items[0].number;
    const $ = page(`2024/items/${n}`);
    const section = $('[data-item-returns]');
    expect(section.find('figcaption').text()).toContain(PUBLISHED.caption);
    expect(
      section
        .find('tbody th')
        .map((_, el) => $(el).text().trim())
        .get(),
    ).toContain('区市场监管局');
    const other = e.items.find((i) => !i.units.some((u) => ['market-regulation', 'water'].includes((u as { id: string }).id)))!;
    expect(page(`2024/items/${other.number}`)('[data-item-returns]').length).toBe(0);
  });

  it('publishes images without EXIF or GPS', async () => {
    const dir = path.join(build.outDir, '_astro');
    const images = readdirSync(dir).filter((f) => /\.(jpe?g|webp)$/.test(f));
    expect(images.length).toBeGreaterThan(0);
    for (const f of images) {
      const bytes = readFileSync(path.join(dir, f));
      expect((await sharp(bytes).metadata()).exif, f).toBeUndefined();
      expect(bytes.includes('Exif'), f).toBe(false);
      expect(bytes.includes('SERIAL-123456'), f).toBe(false);
    }
  });

  it('search indexes the returns: figures and captions', () => {
    const texts = indexedFragments('2024', build.outDir);
    expect(texts.get('/2024/results/')).toContain(PUBLISHED.caption);
    expect(texts.get('/2024/units/market-regulation/')).toContain(PUBLISHED.caption);
    expect(texts.get('/2024/units/market-regulation/')).toContain('区市场监管局第1项的开展活动情况');
    expect(texts.get('/2024/results/')).toContain('区水务局节水宣传进社区');
  });

  describe('in Chromium, under the CSP', () => {
    const site = useServedSite(() => build.outDir);
    const urls = () => {
      const n = records['market-regulation'].photos[0].item;
      return ['/2024/results/', '/2024/units/market-regulation/', `/2024/items/${n}/`];
    };
    it.each([375, 1440])('the results, unit and item pages pass axe and load without CSP violations (%i px)', async (width) => {
      for (const url of urls()) {
        const tab = await site.newPage({ viewport: { width, height: 800 } });
        const violations = await watchCspViolations(tab);
        const response = await tab.goto(site.url + url, { waitUntil: 'load' });
        expect(response?.headers()['content-security-policy'], 'served with the CSP').toBe(contentSecurityPolicy);
        // Bring each lazy photo into view and wait for it.
        const loaded = await tab.evaluate(async () => {
          const images = [...document.querySelectorAll('figure img')] as HTMLImageElement[];
          for (const img of images) {
            img.scrollIntoView();
            await Promise.race([img.decode().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
          }
          return images.every((i) => i.naturalWidth > 0);
        });
        await tab.waitForLoadState('networkidle');
        expect(loaded, `${url}: photos load`).toBe(true);
        expect(await axeViolations(tab), url).toEqual([]);
        expect(violations, url).toEqual([]);
        await tab.close();
      }
    });
  });
});

describe('the real site, without returns in content/', () => {
  it('shows nothing about returns', () => {
    assertBuilt();
    expect(existsSync(path.join(projectRoot, 'content/2024/returns'))).toBe(false);
    expect(allPages().some((p) => p.includes('/results/'))).toBe(false);
    expect(loadPage('/2024/units/market-regulation/')('[data-unit-returns]').length).toBe(0);
    expect(loadPage('/2024/items/1/')('[data-item-returns]').length).toBe(0);
    expect(loadPage('/2024/report/')('[data-results-link]').length).toBe(0);
  });
});
