/**
 * Posters of the slogans for electronic display screens: what exists, where it is
 * published, and how big each file is. Pure: give it slogans (see ./collection for the
 * ones from content/slogans/), it needs no Astro.
 */
import { posterSizesOf, posterSize, type PosterSize } from './design';
import { renderPoster, renderPreview, type PosterSlogan, type PreviewFormat } from './render';
import { formatBytes } from '../format';
import { sortSlogans } from '../content/slogans';

export { posterSizes, posterSize, posterSizesOf, qrPosterSize, type PosterSize } from './design';
export { DESIGN_VERSION } from './design';
export {
  checkGlyphs,
  renderPoster,
  renderPreview,
  renderStats,
  type PosterSlogan,
  type PreviewFormat,
  type RenderedPoster,
} from './render';

export type PosterFormat = 'jpg' | 'png';
export const posterFormats: readonly PosterFormat[] = ['jpg', 'png'];
export const previewWidths: readonly number[] = [480, 960];
export const previewFormats: readonly PreviewFormat[] = ['avif', 'webp', 'jpg'];

export const contentTypes: Record<PosterFormat | PreviewFormat | 'txt', string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  txt: 'text/plain; charset=utf-8',
};

type Placed = Pick<PosterSlogan, 'id' | 'postersDir'>;

/** <postersDir><slogan-id>-1920x1080.jpg, e.g. /2024/posters/district-theme-1920x1080.jpg */
export function posterPath(slogan: Placed, size: PosterSize | string, format: PosterFormat): string {
  const name = typeof size === 'string' ? size : size.name;
  return `${slogan.postersDir}${slogan.id}-${name}.${format}`;
}

/** <postersDir><slogan-id>-1920x1080-w960.webp */
export function previewPath(slogan: Placed, size: PosterSize | string, width: number, format: PreviewFormat): string {
  const name = typeof size === 'string' ? size : size.name;
  return `${slogan.postersDir}${slogan.id}-${name}-w${width}.${format}`;
}

/** Slogans in page order: by `order`, then by id. */
export { sortSlogans };

export interface PosterFile {
  sloganId: string;
  /** Size name, e.g. 1920x1080. */
  size: string;
  width: number;
  height: number;
  format: PosterFormat;
  contentType: string;
  /** Site path, e.g. /posters/district-theme-1920x1080.jpg */
  url: string;
  bytes: number;
  /** Link text, e.g. 1920×1080 JPG（356 KB） */
  label: string;
}

/** Every downloadable poster: for each slogan (in order), each of its sizes (posterSizesOf), each format. Renders or reads the cache. */
export async function listPosters(slogans: readonly PosterSlogan[]): Promise<PosterFile[]> {
  const files: PosterFile[] = [];
  for (const slogan of sortSlogans(slogans)) {
    for (const size of posterSizesOf(slogan)) {
      const poster = await renderPoster(slogan, size);
      for (const format of posterFormats) {
        const bytes = poster[format].length;
        files.push({
          sloganId: slogan.id,
          size: size.name,
          width: size.width,
          height: size.height,
          format,
          contentType: contentTypes[format],
          url: posterPath(slogan, size, format),
          bytes,
          label: `${size.width}×${size.height}${size.qr ? ' 带二维码' : ''} ${format.toUpperCase()}（${formatBytes(bytes)}）`,
        });
      }
    }
  }
  return files;
}

/** What a <picture> needs to show one poster: AVIF and WebP sources, JPEG fallback. */
export interface PosterPicture {
  sloganId: string;
  size: string;
  width: number;
  height: number;
  alt: string;
  sources: { type: string; srcset: string }[];
  /** JPEG fallback: src (largest preview) and its srcset. */
  src: string;
  srcset: string;
}

export function posterPicture(slogan: PosterSlogan, size: PosterSize | string): PosterPicture {
  const s = typeof size === 'string' ? posterSize(size) : size;
  const srcset = (format: PreviewFormat) => previewWidths.map((w) => `${previewPath(slogan, s, w, format)} ${w}w`).join(', ');
  return {
    sloganId: slogan.id,
    size: s.name,
    width: s.width,
    height: s.height,
    alt: `海报：${slogan.text}（${slogan.label}，${s.width}×${s.height}${s.qr ? '，带网站二维码' : ''}）`,
    sources: [
      { type: contentTypes.avif, srcset: srcset('avif') },
      { type: contentTypes.webp, srcset: srcset('webp') },
    ],
    src: previewPath(slogan, s, previewWidths[previewWidths.length - 1], 'jpg'),
    srcset: srcset('jpg'),
  };
}

/** One file an edition publishes under its posters/, and how to make it. */
export interface PublishedFile {
  /** File name under the edition's posters/. */
  file: string;
  contentType: string;
  body: () => Promise<Buffer>;
}

/** Every poster and preview file of these slogans, for the static endpoint. */
export function publishedFiles(slogans: readonly PosterSlogan[]): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const slogan of sortSlogans(slogans)) {
    const name = (path: string) => path.slice(slogan.postersDir.length);
    for (const size of posterSizesOf(slogan)) {
      for (const format of posterFormats) {
        files.push({
          file: name(posterPath(slogan, size, format)),
          contentType: contentTypes[format],
          body: async () => (await renderPoster(slogan, size))[format],
        });
      }
      for (const width of previewWidths) {
        for (const format of previewFormats) {
          files.push({
            file: name(previewPath(slogan, size, width, format)),
            contentType: contentTypes[format],
            body: () => renderPreview(slogan, size, width, format),
          });
        }
      }
    }
  }
  return files;
}

/** The slogan the site leads with: the district theme (first district slogan by order). */
export function districtTheme<T extends PosterSlogan>(slogans: readonly T[]): T | undefined {
  return sortSlogans(slogans).find((s) => s.scope === 'district') ?? sortSlogans(slogans)[0];
}

/** Path of the district theme's 1920×1080 JPG, for og:image. Make it absolute with the site URL. */
export function sharingImagePath(slogans: readonly PosterSlogan[]): string | undefined {
  const theme = districtTheme(slogans);
  return theme && posterPath(theme, '1920x1080', 'jpg');
}

export interface HeroPoster {
  slogan: PosterSlogan;
  /** Full-size downloads of the landscape poster. */
  jpg: string;
  png: string;
}

/** The landscape poster of every slogan, district theme first, for the home page's downloads. */
export function heroPosters(slogans: readonly PosterSlogan[], size: PosterSize | string = '1920x1080'): HeroPoster[] {
  const theme = districtTheme(slogans);
  const ordered = sortSlogans(slogans).sort((a, b) => Number(b === theme) - Number(a === theme));
  return ordered.map((slogan) => ({
    slogan,
    jpg: posterPath(slogan, size, 'jpg'),
    png: posterPath(slogan, size, 'png'),
  }));
}
