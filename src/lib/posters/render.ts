/**
 * Slogan → poster: satori lays the design out as SVG with every glyph as a <path>, sharp
 * rasterises that SVG once, and PNG and JPG are encoded from the same pixels.
 *
 * Results are kept on disk, keyed on everything that changes the pixels (slogan text and
 * label, size, design version, font hash); the file extension is the format. A build
 * with nothing changed reads them back and renders nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { ContentError } from '../content-error';
import { checkGlyphs, fitProblems, glyphProblems } from './check';
import { DESIGN_VERSION, FONT_FAMILY, QR_CAPTION, fitSlogan, geometry, posterSize, posterTree, type PosterSize } from './design';
import { loadFont, subsetFor } from './font';
import { qrPng } from '../qr';

export { checkGlyphs };

/** What a poster needs to know about a slogan (a content/<year>/slogans/*.md entry). */
export interface PosterSlogan {
  /** File name without extension; used in poster URLs. */
  id: string;
  text: string;
  /** Which slogan it is, as its source names it (the band at the bottom). */
  label: string;
  /** The line at the top: the edition's name. */
  kicker: string;
  /** Where the edition publishes its posters (a site path ending in /). */
  postersDir: string;
  scope: 'district' | 'national';
  order: number;
  /** Where the text comes from, as the page states it. */
  source?: string;
  /** The content file, for error messages; defaults to content/slogans/<id>.md. */
  file?: string;
  /** The site's public address, for the QR variant; absent without a real SITE_URL (no QR variant then). */
  siteUrl?: string;
}

export interface RenderedPoster {
  width: number;
  height: number;
  svg: string;
  png: Buffer;
  jpg: Buffer;
}

export type PreviewFormat = 'avif' | 'webp' | 'jpg';

/** How many times each costly step actually ran in this process (tests and the bench read it). */
export const renderStats = { satori: 0, rasterise: 0, previews: 0 };

export const JPG_OPTIONS = { quality: 90, chromaSubsampling: '4:4:4', mozjpeg: false } as const;
export const PNG_OPTIONS = { compressionLevel: 9, adaptiveFiltering: true } as const;
/** Encoders of the page previews. AVIF effort 2: about as small as 4, three times faster. */
export const PREVIEW_OPTIONS = {
  avif: { quality: 60, effort: 2 },
  webp: { quality: 82, effort: 4 },
  jpg: { quality: 82, mozjpeg: true },
} as const;
const previewVersion = createHash('sha256').update(JSON.stringify(PREVIEW_OPTIONS)).digest('hex').slice(0, 8);

function cacheDir(): string | undefined {
  if (process.env.QM_POSTER_CACHE === 'off') return undefined;
  return process.env.QM_POSTER_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'quality-month-posters');
}

/** The cache key of one poster (without format: the file extension is the format). */
export function posterKey(slogan: PosterSlogan, size: PosterSize): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        design: DESIGN_VERSION,
        font: loadFont().hash,
        kicker: slogan.kicker,
        text: slogan.text,
        label: slogan.label,
        width: size.width,
        height: size.height,
        // Only on the QR variant (undefined drops out: the other posters' keys stay as they were).
        qr: size.qr ? slogan.siteUrl : undefined,
        jpg: JPG_OPTIONS,
        png: PNG_OPTIONS,
      }),
    )
    .digest('hex')
    .slice(0, 32);
}

function readCached(dir: string | undefined, name: string): Buffer | undefined {
  if (!dir) return undefined;
  try {
    return readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
}

function writeCached(dir: string | undefined, name: string, data: Buffer | string): void {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const tmp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, join(dir, name));
}

/** The SVG of a poster: layout only, no raster. Throws on a missing character or a slogan that cannot fit. */
export async function posterSvg(slogan: PosterSlogan, size: PosterSize): Promise<string> {
  const problems = [...glyphProblems(slogan), ...fitProblems(slogan, [size])];
  if (problems.length > 0) throw new ContentError(problems);
  const fitted = fitSlogan(slogan.text, size)!;
  const font = await subsetFor(`${slogan.kicker}${slogan.text}${slogan.label}${size.qr ? QR_CAPTION : ''}`);
  renderStats.satori++;
  return satori(posterTree(fitted, slogan.label, size, slogan.kicker) as Parameters<typeof satori>[0], {
    width: size.width,
    height: size.height,
    fonts: [{ name: FONT_FAMILY, data: font, weight: 700, style: 'normal' }],
  });
}

/** Draws the QR code to the site into the white square the design leaves for it, pixel for pixel. */
async function withQr(
  data: Buffer,
  raw: { raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 } },
  slogan: PosterSlogan,
  size: PosterSize,
): Promise<Buffer> {
  const place = geometry(size).qr!;
  const code = await qrPng(slogan.siteUrl!, place.size);
  const { width = place.size, height = place.size } = await sharp(code).metadata();
  return sharp(data, raw)
    .composite([
      { input: code, left: place.x + Math.floor((place.size - width) / 2), top: place.y + Math.floor((place.size - height) / 2) },
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
}

const inFlight = new Map<string, Promise<RenderedPoster>>();

/** Renders one poster (or reads it from the cache). `size` is a PosterSize or its name, e.g. "1920x1080". */
export async function renderPoster(
  slogan: PosterSlogan,
  sizeOrName: PosterSize | string,
  options: { cache?: boolean } = {},
): Promise<RenderedPoster> {
  const size = typeof sizeOrName === 'string' ? posterSize(sizeOrName) : sizeOrName;
  checkGlyphs(slogan);
  if (size.qr && !slogan.siteUrl) throw new Error(`${size.name} 海报要有网站的真实地址（SITE_URL）才能生成二维码`);
  const dir = options.cache === false ? undefined : cacheDir();
  const key = posterKey(slogan, size);
  const memo = `${dir ?? '-'}:${key}`;
  let job = inFlight.get(memo);
  if (!job) {
    job = (async () => {
      const svgCached = readCached(dir, `${key}.svg`);
      const png = readCached(dir, `${key}.png`);
      const jpg = readCached(dir, `${key}.jpg`);
      if (svgCached && png && jpg) return { width: size.width, height: size.height, svg: svgCached.toString('utf8'), png, jpg };

      const svg = await posterSvg(slogan, size);
      renderStats.rasterise++;
      const { data, info } = await sharp(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      if (info.width !== size.width || info.height !== size.height) {
        throw new Error(`海报尺寸不对：应为 ${size.width}×${size.height}，得到 ${info.width}×${info.height}`);
      }
      const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
      const pixels = size.qr ? await withQr(data, raw, slogan, size) : data;
      const [pngOut, jpgOut] = await Promise.all([
        sharp(pixels, raw).png(PNG_OPTIONS).toBuffer(),
        sharp(pixels, raw).jpeg(JPG_OPTIONS).toBuffer(),
      ]);
      writeCached(dir, `${key}.svg`, svg);
      writeCached(dir, `${key}.png`, pngOut);
      writeCached(dir, `${key}.jpg`, jpgOut);
      return { width: size.width, height: size.height, svg, png: pngOut, jpg: jpgOut };
    })();
    // Shares a render between concurrent callers only; once done, the disk cache serves.
    inFlight.set(memo, job);
    const forget = () => inFlight.delete(memo);
    job.then(forget, forget);
  }
  return job;
}

/** A smaller rendition of a poster for the web page, `width` px wide, from the lossless PNG. */
export async function renderPreview(
  slogan: PosterSlogan,
  sizeOrName: PosterSize | string,
  width: number,
  format: PreviewFormat,
  options: { cache?: boolean } = {},
): Promise<Buffer> {
  const size = typeof sizeOrName === 'string' ? posterSize(sizeOrName) : sizeOrName;
  const dir = options.cache === false ? undefined : cacheDir();
  const name = `${posterKey(slogan, size)}-w${width}-${previewVersion}.${format}`;
  const cached = readCached(dir, name);
  if (cached) return cached;
  const poster = await renderPoster(slogan, size, options);
  renderStats.previews++;
  const resized = sharp(poster.png).resize({ width, kernel: 'lanczos3' });
  const out = await (
    format === 'avif'
      ? resized.avif(PREVIEW_OPTIONS.avif)
      : format === 'webp'
        ? resized.webp(PREVIEW_OPTIONS.webp)
        : resized.jpeg(PREVIEW_OPTIONS.jpg)
  ).toBuffer();
  writeCached(dir, name, out);
  return out;
}
