import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content-error';
import { colours, fitSlogan, geometry } from '../../../src/lib/posters/design';
import { posterKey } from '../../../src/lib/posters/render';
import {
  checkGlyphs,
  listPosters,
  posterPath,
  posterSize,
  posterSizes,
  renderPoster,
  renderPreview,
  renderStats,
  sharingImagePath,
  type PosterSlogan,
} from '../../../src/lib/posters/index';
import { census, freshCacheDir, hex, pathBounds, rgba } from '../../helpers/posters/images';
import { thrownBy } from '../../helpers/thrown';
import { districtTheme, longMixedSlogan, longSlogan, nationalTheme } from '../../helpers/posters/slogans';

const JPG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const background = hex(colours.background);

let cacheDir: string;
beforeAll(() => {
  cacheDir = freshCacheDir();
});

describe.each(posterSizes.map((s) => [s.name, s] as const))('poster %s', (_name, size) => {
  it('has the exact pixel size, the right signatures, and text only as paths', async () => {
    const poster = await renderPoster(districtTheme, size);
    expect([...poster.jpg.subarray(0, 3)]).toEqual(JPG);
    expect([...poster.png.subarray(0, 4)]).toEqual(PNG);
    for (const [buf, format] of [
      [poster.jpg, 'jpeg'],
      [poster.png, 'png'],
    ] as const) {
      const meta = await sharp(buf).metadata();
      expect(meta.format).toBe(format);
      expect([meta.width, meta.height]).toEqual([size.width, size.height]);
    }
    expect(poster.svg).toMatch(/^<svg[^>]*width="\d+"/);
    expect(poster.svg).toContain('<path');
    expect(poster.svg).not.toMatch(/<text[\s>]/);
    expect(poster.svg).not.toMatch(/<image[\s>]|href=/);
  });

  it('shows the slogan: the central band has plenty of white type on the red ground', async () => {
    const poster = await renderPoster(districtTheme, size);
    const p = await rgba(poster.png);
    const g = geometry(size);
    const band = census(p, g.box.x, g.box.y, g.box.x + g.box.width, g.box.y + g.box.height, background);
    expect(band.white / band.total).toBeGreaterThan(0.08);
    // …and mostly background around it: not a blank white page either.
    expect(band.white / band.total).toBeLessThan(0.6);
    // The JPG shows the same thing (no broken colour or blank encode).
    const j = await rgba(poster.jpg);
    const jband = census(j, g.box.x, g.box.y, g.box.x + g.box.width, g.box.y + g.box.height, background);
    expect(Math.abs(jband.white - band.white) / band.white).toBeLessThan(0.1);
  });

  it('fits a 40-character slogan, and one with punctuation and Latin, inside the margins', async () => {
    for (const slogan of [longSlogan, longMixedSlogan]) {
      const fitted = fitSlogan(slogan.text, size);
      expect(fitted, slogan.text).toBeDefined();
      // Every character is still there, in order.
      expect(fitted!.lines.join('').replace(/\s/g, '')).toBe(slogan.text.replace(/\s/g, ''));
      // No line starts with closing punctuation or ends with opening punctuation.
      for (const line of fitted!.lines) {
        expect(line).not.toMatch(/^[，。、；：！？”’）》]/u);
        expect(line).not.toMatch(/[“‘（《]$/u);
      }
      const poster = await renderPoster(slogan, size);
      const g = geometry(size);
      const b = pathBounds(poster.svg, colours.slogan);
      expect(b.paths).toBeGreaterThan(0);
      expect(b.minX).toBeGreaterThanOrEqual(g.box.x);
      expect(b.maxX).toBeLessThanOrEqual(g.box.x + g.box.width);
      expect(b.minY).toBeGreaterThanOrEqual(g.box.y);
      expect(b.maxY).toBeLessThanOrEqual(g.box.y + g.box.height);
      // The side margins, from below the rule to the white band, are untouched background.
      const p = await rgba(poster.png);
      const margin = Math.floor(g.padX * 0.9);
      const y0 = g.box.y - g.gap / 2;
      const y1 = size.height - g.bandHeight;
      expect(census(p, 0, y0, margin, y1, background).notBackground).toBe(0);
      expect(census(p, size.width - margin, y0, size.width, y1, background).notBackground).toBe(0);
    }
  });
});

describe('slogan layout', () => {
  it('keeps the two phrases of the themes whole, one per line', () => {
    for (const size of posterSizes) {
      expect(fitSlogan(districtTheme.text, size)!.lines).toEqual(['加强质量支撑', '推动质量强区']);
      expect(fitSlogan(nationalTheme.text, size)!.lines).toEqual(['加强质量支撑', '共建质量强国']);
    }
  });

  it('sets the themes large: at least 12% of the short side', () => {
    for (const size of posterSizes) {
      expect(fitSlogan(districtTheme.text, size)!.fontSize).toBeGreaterThanOrEqual(Math.min(size.width, size.height) * 0.12);
    }
  });
});

describe('characters the font lacks', () => {
  const broken = (text: string): PosterSlogan => ({ ...districtTheme, id: 'broken', text, file: 'content/slogans/broken.md' });

  it.each([
    ['a private-use character', '\uE000', 'U+E000'],
    ['a rare CJK Extension B character', '\u{2A6D6}', 'U+2A6D6'],
  ])('fails with the file, the field and %s', async (_what, ch, code) => {
    const before = { ...renderStats };
    const error = await renderPoster(broken(`加强质量${ch}支撑`), '1920x1080').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    expect(message).toContain('content/slogans/broken.md');
    expect(message).toContain('text');
    expect(message).toContain(`“${ch}”`);
    expect(message).toContain(code);
    // Nothing was drawn.
    expect(renderStats).toEqual(before);
  });

  it('checks the label too, and lists every missing character once', () => {
    expect(() => checkGlyphs({ ...broken('加强\uE000质量\uE000\uE001'), label: '主题\uE002' })).toThrowError(
      /U\+E000[\s\S]*U\+E001[\s\S]*label[\s\S]*U\+E002/,
    );
    // The same character twice in one field: one problem, naming it once.
    const error = thrownBy(() => checkGlyphs(broken('加强\uE000质量\uE000')));
    expect(error).toBeInstanceOf(ContentError);
    const { problems } = error as ContentError;
    expect(problems).toHaveLength(1);
    expect(problems[0].value.match(/U\+E000/g)).toHaveLength(1);
  });

  it('passes the shipped slogans', () => {
    expect(() => checkGlyphs(districtTheme)).not.toThrow();
    expect(() => checkGlyphs(nationalTheme)).not.toThrow();
  });
});

describe('cache', () => {
  it('renders once; the second time reads the files back without satori or sharp', async () => {
    const slogan = { ...nationalTheme, id: 'cache-test', text: '加强质量支撑 共建质量强国 缓存测试' };
    const first = await renderPoster(slogan, '1024x768');
    const after1 = { ...renderStats };
    const files = readdirSync(cacheDir);
    expect(files.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
    expect(files.some((f) => f.endsWith('.jpg'))).toBe(true);
    expect(files.some((f) => f.endsWith('.svg'))).toBe(true);

    const mtimes = files.map((f) => statSync(join(cacheDir, f)).mtimeMs);

    const second = await renderPoster({ ...slogan }, '1024x768');
    expect(renderStats.satori).toBe(after1.satori);
    expect(renderStats.rasterise).toBe(after1.rasterise);
    expect(second.png.equals(first.png)).toBe(true);
    expect(second.jpg.equals(first.jpg)).toBe(true);
    expect(second.svg).toBe(first.svg);
    // Nothing was written again.
    expect(readdirSync(cacheDir)).toEqual(files);
    expect(files.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(mtimes);

    // It is the disk that serves: with the files gone, it renders again.
    const k = posterKey(slogan, posterSize('1024x768'));
    for (const ext of ['svg', 'png', 'jpg']) rmSync(join(cacheDir, `${k}.${ext}`));
    await renderPoster({ ...slogan }, '1024x768');
    expect(renderStats.satori).toBe(after1.satori + 1);
    expect(renderStats.rasterise).toBe(after1.rasterise + 1);

    // Any change to the text renders again.
    await renderPoster({ ...slogan, text: `${slogan.text}！` }, '1024x768');
    expect(renderStats.satori).toBe(after1.satori + 2);
  });

  it('is keyed on text, label, size, design and font; the format is the file extension', async () => {
    const key = (s: PosterSlogan, size: string) => posterKey(s, posterSize(size));
    const k = key(districtTheme, '1920x1080');
    expect(key({ ...districtTheme }, '1920x1080')).toBe(k);
    expect(key(districtTheme, '1024x768')).not.toBe(k);
    expect(key({ ...districtTheme, text: '加强质量支撑' }, '1920x1080')).not.toBe(k);
    expect(key({ ...districtTheme, label: '别的标签' }, '1920x1080')).not.toBe(k);
    // The id and order do not change the pixels, so they do not change the key.
    expect(key({ ...districtTheme, id: 'other', order: 5 }, '1920x1080')).toBe(k);
    await renderPoster(districtTheme, '1920x1080');
    for (const ext of ['svg', 'png', 'jpg']) expect(existsSync(join(cacheDir, `${k}.${ext}`))).toBe(true);
  });

  it('caches previews too', async () => {
    const before = renderStats.previews;
    await renderPoster(districtTheme, '1920x1080');
    const a = await renderPreview(districtTheme, '1920x1080', 480, 'webp');
    const b = await renderPreview(districtTheme, '1920x1080', 480, 'webp');
    expect(renderStats.previews).toBe(before + 1);
    expect(a.equals(b)).toBe(true);
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 270]);
  });
});

describe('determinism', () => {
  it('renders the same bytes twice without the cache', async () => {
    const a = await renderPoster(nationalTheme, '1024x768', { cache: false });
    const b = await renderPoster({ ...nationalTheme }, '1024x768', { cache: false });
    expect(a.svg).toBe(b.svg);
    expect(a.png.equals(b.png)).toBe(true);
    expect(a.jpg.equals(b.jpg)).toBe(true);
  });
});

describe('listing', () => {
  it('lists every size and format with URL, byte size and an attachment-style label', async () => {
    const list = await listPosters([nationalTheme, districtTheme]);
    expect(list).toHaveLength(2 * posterSizes.length * 2);
    expect(list[0].sloganId).toBe('district-theme');
    const first = list[0];
    expect(first.url).toBe('/2024/posters/district-theme-1920x1080.jpg');
    expect(first.label).toMatch(/^1920×1080 JPG（\d+ KB）$/);
    const poster = await renderPoster(districtTheme, '1920x1080');
    expect(first.bytes).toBe(poster.jpg.length);
    expect(list.map((f) => f.url)).toContain('/2024/posters/national-theme-1080x1920.png');
  });

  it('points social sharing at the district theme 1920×1080 JPG', () => {
    expect(sharingImagePath([nationalTheme, districtTheme])).toBe(posterPath(districtTheme, '1920x1080', 'jpg'));
  });
});
