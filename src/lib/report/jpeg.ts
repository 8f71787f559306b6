/**
 * What the first bytes of a file say: its real format, and for a JPEG its pixel size
 * (from the SOF marker), its EXIF orientation and whether it ends properly. Pure code on
 * a Uint8Array, shared by the browser checker and the CLI.
 */
import type { ImageFormat } from './rules';

export function sniffFormat(b: Uint8Array): ImageFormat | undefined {
  const at = (i: number, ...bytes: number[]) => bytes.every((v, k) => b[i + k] === v);
  const ascii = (i: number, s: string) => at(i, ...[...s].map((c) => c.charCodeAt(0)));
  if (at(0, 0xff, 0xd8, 0xff)) return 'JPEG';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'PNG';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'GIF';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'WebP';
  if (ascii(0, 'BM') && b.length > 26) return 'BMP';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'TIFF';
  if (ascii(0, '%PDF')) return 'PDF';
  if (ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (/^avi[fs]$/.test(brand)) return 'AVIF';
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'HEIC';
  }
  return undefined;
}

export interface JpegInfo {
  /** Stored size, as in the SOF marker. */
  storedWidth: number;
  storedHeight: number;
  /** EXIF orientation 1–8 (1 when absent or unreadable). */
  orientation: number;
  /** Size as displayed, after the orientation (5–8 swap width and height). */
  width: number;
  height: number;
  /** False when the file stops before the end-of-image marker. */
  complete: boolean;
}

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Reads the marker segments of a JPEG; undefined when no size can be found. */
export function readJpeg(b: Uint8Array): JpegInfo | undefined {
  if (!(b[0] === 0xff && b[1] === 0xd8)) return undefined;
  const u16 = (i: number) => (b[i] << 8) | b[i + 1];
  let orientation = 1;
  let size: { w: number; h: number } | undefined;
  let sos = -1;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined; // lost sync: not a well-formed header
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (marker === 0xd9) break; // EOI before any image data
    const len = u16(i + 2);
    if (len < 2) return undefined;
    const start = i + 4;
    const end = i + 2 + len;
    if (marker === 0xe1 && orientation === 1) {
      orientation = exifOrientation(b.subarray(start, Math.min(end, b.length))) ?? 1;
    } else if (SOF.has(marker) && !size && end <= b.length) {
      size = { h: u16(start + 1), w: u16(start + 3) };
    } else if (marker === 0xda) {
      sos = end;
      break;
    }
    i = end;
  }
  if (!size || size.w === 0 || size.h === 0) return undefined;
  const swap = orientation >= 5 && orientation <= 8;
  return {
    storedWidth: size.w,
    storedHeight: size.h,
    orientation,
    width: swap ? size.h : size.w,
    height: swap ? size.w : size.h,
    complete: sos > 0 && hasEndMarker(b, sos),
  };
}

/**
 * In entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, so
 * FF D9 after the first scan can only be the end-of-image marker (or a later scan's
 * header, which comes before it). Data after EOI (some phones append some) is fine.
 */
function hasEndMarker(b: Uint8Array, from: number): boolean {
  for (let i = b.length - 2; i >= from; i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
  }
  return false;
}

/** Orientation tag (0x0112) from an APP1 Exif segment's payload. */
function exifOrientation(p: Uint8Array): number | undefined {
  // "Exif\0\0" then a TIFF header.
  if (!(p[0] === 0x45 && p[1] === 0x78 && p[2] === 0x69 && p[3] === 0x66 && p[4] === 0 && p[5] === 0)) return undefined;
  const t = 6;
  const little = p[t] === 0x49 && p[t + 1] === 0x49;
  const big = p[t] === 0x4d && p[t + 1] === 0x4d;
  if (!little && !big) return undefined;
  const u16 = (i: number) => (little ? p[t + i] | (p[t + i + 1] << 8) : (p[t + i] << 8) | p[t + i + 1]);
  const u32 = (i: number) =>
    little
      ? (p[t + i] | (p[t + i + 1] << 8) | (p[t + i + 2] << 16)) + p[t + i + 3] * 0x1000000
      : p[t + i] * 0x1000000 + ((p[t + i + 1] << 16) | (p[t + i + 2] << 8) | p[t + i + 3]);
  if (t + 8 > p.length) return undefined;
  const ifd = u32(4);
  if (t + ifd + 2 > p.length) return undefined;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (t + e + 12 > p.length) return undefined;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}
