/**
 * The poster for screens in public places, with a QR code to the site: built only when
 * SITE_URL names the real address. The site is built once with SITE_URL and a base path
 * (into temp folders; dist/ untouched), and the QR code is decoded from the built posters.
 * The ordinary build (placeholder address) must have no such poster.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrPosterSize, posterPath, previewPath } from '../../../src/lib/posters/index';
import { PLACEHOLDER_SITE_URL } from '../../../src/lib/site-url.mjs';
import { buildUnderBase, fileUnderBase, type BaseBuild } from '../../helpers/base-build';
import { distDir } from '../../helpers/dist';
import { decodeQr } from '../../helpers/posters/images';

const base = '/zt/zlyd/';
// The same base and address as tests/browser/pages/base-path.test.ts: one build for both.
const site = 'https://www.bh.gov.cn';
const slogansDir = path.join(__dirname, '../../../content/2024/slogans');
const sloganIds = readdirSync(slogansDir)
  .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
  .map((f) => f.replace(/\.md$/, ''));

describe('without a real SITE_URL (dist/)', () => {
  it('has no poster with a QR code, and the slogans page lists none', () => {
    const home = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const canonical = home.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    expect(canonical.startsWith(PLACEHOLDER_SITE_URL), `dist/ was built with SITE_URL (${canonical}): rebuild without it`).toBe(true);
    expect(readdirSync(path.join(distDir, '2024/posters')).filter((f) => f.includes(qrPosterSize.name))).toEqual([]);
    const page = readFileSync(path.join(distDir, '2024/slogans/index.html'), 'utf8');
    expect(page).not.toContain(qrPosterSize.name);
    expect(page).not.toContain('二维码');
  });
});

describe('built with SITE_URL', () => {
  let build: BaseBuild;
  beforeAll(async () => {
    build = await buildUnderBase({ base, site });
    expect(build.exitCode, build.output).toBe(0);
  }, 600_000);
  afterAll(() => build?.cleanUp());

  it.each(sloganIds)('%s: the poster’s QR code, PNG and JPG, leads to the site’s home', async (id) => {
    for (const format of ['png', 'jpg'] as const) {
      const url = posterPath({ id, postersDir: `${base}2024/posters/` }, qrPosterSize, format);
      const file = fileUnderBase(build.outDir, base, url);
      expect(file, url).toBeDefined();
      expect(await decodeQr(readFileSync(file!))).toBe(`${site}${base}`);
    }
  });

  it('the slogans page shows and links each one', () => {
    const page = readFileSync(fileUnderBase(build.outDir, base, `${base}2024/slogans/`)!, 'utf8');
    for (const id of sloganIds) {
      const postersDir = `${base}2024/posters/`;
      expect(page).toContain(`href="${posterPath({ id, postersDir }, qrPosterSize, 'png')}"`);
      expect(page).toContain(previewPath({ id, postersDir }, qrPosterSize, 960, 'avif'));
      expect(existsSync(fileUnderBase(build.outDir, base, previewPath({ id, postersDir }, qrPosterSize, 960, 'avif'))!)).toBe(true);
    }
    expect(page).toContain(qrPosterSize.use);
    expect(page).toContain('，带网站二维码）');
  });
});
