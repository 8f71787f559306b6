/**
 * QR codes decoded back: the PNG (posters) and the SVG (printed pages, rasterised by sharp)
 * read with jsQR give the address they were made for; the placeholder address gets none; the
 * poster variant for public screens carries one to the site, and exists only with a real address.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicUrl, qrPng, qrSvg } from '../../../src/lib/qr';
import { PLACEHOLDER_SITE_URL } from '../../../src/lib/site-url.mjs';
import { geometry } from '../../../src/lib/posters/design';
import { posterSizes, posterSizesOf, qrPosterSize, renderPoster, type PosterSlogan } from '../../../src/lib/posters/index';
import { decodeQr, decodeSvgQr, freshCacheDir } from '../../helpers/posters/images';
import { districtTheme } from '../../helpers/posters/slogans';

const site = 'https://zlyd.example.gov.cn/zt/zlyd/';
const page = `${site}2024/units/water/`;

beforeAll(() => {
  freshCacheDir();
});

describe('QR round trip', () => {
  it('the PNG decodes to the address', async () => {
    expect(await decodeQr(await qrPng(page, 300))).toBe(page);
  });

  it('the SVG, rasterised, decodes to the address', async () => {
    const svg = await qrSvg(page);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
    expect(await decodeSvgQr(svg)).toBe(page);
  });

  it('a different address decodes differently (the decoder is not fooled)', async () => {
    expect(await decodeQr(await qrPng(`${page}x`, 300))).not.toBe(page);
    expect(
      await decodeQr(
        await sharp({ create: { width: 300, height: 300, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      ),
    ).toBeUndefined();
  });
});

describe('no QR code for the placeholder address', () => {
  it('publicUrl gives nothing without a real SITE_URL', () => {
    expect(publicUrl('/2024/units/water/', undefined)).toBeUndefined();
    expect(publicUrl('/2024/units/water/', '')).toBeUndefined();
    expect(publicUrl('/2024/units/water/', PLACEHOLDER_SITE_URL)).toBeUndefined();
    expect(publicUrl('/2024/units/water/', ` ${PLACEHOLDER_SITE_URL} `)).toBeUndefined();
    expect(publicUrl('/zt/zlyd/2024/', 'https://zlyd.example.gov.cn')).toBe('https://zlyd.example.gov.cn/zt/zlyd/2024/');
  });

  it('a slogan without the site address has no QR poster', () => {
    expect(posterSizesOf(districtTheme)).toEqual(posterSizes);
    expect(posterSizesOf({ ...districtTheme, siteUrl: site })).toEqual([...posterSizes, qrPosterSize]);
  });
});

describe('poster with a QR code to the site', () => {
  const slogan: PosterSlogan = { ...districtTheme, siteUrl: site };

  it('decodes to the site from the PNG and the JPG, and keeps the slogan clear of the code', async () => {
    const poster = await renderPoster(slogan, qrPosterSize);
    expect([poster.width, poster.height]).toEqual([1920, 1080]);
    expect(await decodeQr(poster.png)).toBe(site);
    expect(await decodeQr(poster.jpg)).toBe(site);
    const g = geometry(qrPosterSize);
    expect(g.box.x + g.box.width).toBeLessThan(g.qr!.x);
  });

  it('the plain posters carry none', async () => {
    for (const size of posterSizes) expect(await decodeQr((await renderPoster(slogan, size)).png), size.name).toBeUndefined();
  });

  it('is not made without the address', async () => {
    await expect(renderPoster(districtTheme, qrPosterSize)).rejects.toThrow(/SITE_URL/);
  });
});
