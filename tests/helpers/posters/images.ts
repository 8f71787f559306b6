import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

/** Points the poster cache at a fresh, empty folder, and returns it. */
export function freshCacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qm-posters-'));
  process.env.QM_POSTER_CACHE_DIR = dir;
  delete process.env.QM_POSTER_CACHE;
  return dir;
}

export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

export async function rgba(image: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Counts pixels in a rectangle that are (near) white, and those that differ from `background`. */
export function census(p: Pixels, x0: number, y0: number, x1: number, y1: number, background: [number, number, number]) {
  let white = 0;
  let notBackground = 0;
  let total = 0;
  for (let y = Math.max(0, y0); y < Math.min(p.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(p.width, x1); x++) {
      const i = (y * p.width + x) * p.channels;
      const [r, g, b] = [p.data[i], p.data[i + 1], p.data[i + 2]];
      total++;
      if (r > 230 && g > 230 && b > 230) white++;
      if (r !== background[0] || g !== background[1] || b !== background[2]) notBackground++;
    }
  }
  return { white, notBackground, total };
}

/**
 * Bounds of every coordinate pair in the SVG's <path d="…"> data (satori writes absolute
 * M/L/Q/Z commands), optionally only of paths filled with `fill`.
 */
export function pathBounds(svg: string, fill?: string): { minX: number; minY: number; maxX: number; maxY: number; paths: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let paths = 0;
  for (const m of svg.matchAll(/<path\b[^>]*\sd="([^"]+)"[^>]*>/g)) {
    if (fill && !m[0].toLowerCase().includes(`fill="${fill.toLowerCase()}"`)) continue;
    paths++;
    const nums = m[1].match(/-?\d*\.?\d+(?:e-?\d+)?/gi)?.map(Number) ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      minX = Math.min(minX, nums[i]);
      maxX = Math.max(maxX, nums[i]);
      minY = Math.min(minY, nums[i + 1]);
      maxY = Math.max(maxY, nums[i + 1]);
    }
  }
  return { minX, minY, maxX, maxY, paths };
}

/** The text of the QR code in an image, or undefined when jsQR finds none. */
export async function decodeQr(image: Buffer | sharp.Sharp): Promise<string | undefined> {
  const pipeline = Buffer.isBuffer(image) ? sharp(image) : image;
  const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

/** The text of the QR code in an SVG (the printed pages'), rasterised by sharp; undefined when none. */
export function decodeSvgQr(svg: string): Promise<string | undefined> {
  return decodeQr(sharp(Buffer.from(svg), { density: 300 }).resize(400).flatten({ background: '#ffffff' }));
}
