/**
 * The one typeface of the posters: Noto Sans SC Bold (SIL Open Font License 1.1), read
 * from the pinned npm package @expo-google-fonts/noto-sans-sc, never from the machine.
 *
 * The 10 MB TTF stays in node_modules (the lockfile pins its version, and its hash is
 * part of every cache key); each poster gets a subset holding only its own characters,
 * which is what satori parses. The font's licence is published next to the posters as
 * /posters/OFL.txt (see src/pages/posters/[file].ts), read from the same package.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_NAME = 'Noto Sans SC Bold';
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILE = '700Bold/NotoSansSC_700Bold.ttf';
const LICENSE_FILE = 'LICENSE_FONT';

function packageDir(): string {
  // Resolve from the project root: in a build, this module runs from a bundled chunk.
  const require = createRequire(join(process.cwd(), 'package.json'));
  return dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
}

export interface LoadedFont {
  data: Buffer;
  /** sha256 of the TTF, part of every cache key. */
  hash: string;
  unitsPerEm: number;
  /** Glyph id for a code point, 0 when the font has none. */
  glyphId(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyphId: number): number;
}

let loaded: LoadedFont | undefined;

export function loadFont(): LoadedFont {
  if (loaded) return loaded;
  const data = readFileSync(join(packageDir(), FONT_FILE));
  loaded = parseFont(data);
  return loaded;
}

/** The OFL text that comes with the font, to publish next to anything rendered from it. */
export function fontLicence(): string {
  return readFileSync(join(packageDir(), LICENSE_FILE), 'utf8');
}

/** Reads just what layout needs from an sfnt: cmap (formats 4 and 12), hmtx, unitsPerEm. */
export function parseFont(data: Buffer): LoadedFont {
  const tables = new Map<string, number>();
  const numTables = data.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(data.toString('latin1', rec, rec + 4), data.readUInt32BE(rec + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`字体文件缺少 ${tag} 表`);
    return offset;
  };

  const head = table('head');
  const unitsPerEm = data.readUInt16BE(head + 18);
  const hhea = table('hhea');
  const numberOfHMetrics = data.readUInt16BE(hhea + 34);
  const hmtx = table('hmtx');

  const cmap = table('cmap');
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < data.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const offset = cmap + data.readUInt32BE(rec + 4);
    subtables.push({
      platform: data.readUInt16BE(rec),
      encoding: data.readUInt16BE(rec + 2),
      offset,
      format: data.readUInt16BE(offset),
    });
  }
  const full = subtables.find((s) => s.format === 12 && (s.platform === 3 || s.platform === 0));
  const bmp = subtables.find((s) => s.format === 4 && (s.platform === 3 || s.platform === 0));
  if (!full && !bmp) throw new Error('字体文件没有可用的 Unicode cmap 子表');

  const lookup12 = (o: number, cp: number): number => {
    let lo = 0;
    let hi = data.readUInt32BE(o + 12) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = o + 16 + mid * 12;
      const start = data.readUInt32BE(g);
      const end = data.readUInt32BE(g + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return data.readUInt32BE(g + 8) + (cp - start);
    }
    return 0;
  };
  const lookup4 = (o: number, cp: number): number => {
    if (cp > 0xffff) return 0;
    const segCount = data.readUInt16BE(o + 6) / 2;
    const ends = o + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    for (let i = 0; i < segCount; i++) {
      if (cp > data.readUInt16BE(ends + i * 2)) continue;
      const start = data.readUInt16BE(starts + i * 2);
      if (cp < start) return 0;
      const delta = data.readInt16BE(deltas + i * 2);
      const ro = data.readUInt16BE(rangeOffsets + i * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = data.readUInt16BE(rangeOffsets + i * 2 + ro + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };

  return {
    data,
    hash: createHash('sha256').update(data).digest('hex'),
    unitsPerEm,
    glyphId: (cp) => (full ? lookup12(full.offset, cp) : lookup4(bmp!.offset, cp)),
    advance: (gid) => data.readUInt16BE(hmtx + Math.min(gid, numberOfHMetrics - 1) * 4),
  };
}

/** Characters of `text` the font cannot draw (whitespace aside), each once, in order. */
export function missingCharacters(text: string, font: LoadedFont = loadFont()): string[] {
  const missing: string[] = [];
  for (const ch of text) {
    if (/\s/u.test(ch) || missing.includes(ch)) continue;
    if (font.glyphId(ch.codePointAt(0)!) === 0) missing.push(ch);
  }
  return missing;
}

/** Width of `text` set at `fontSize` px with `letterSpacing` px after each character. */
export function measure(text: string, fontSize: number, letterSpacing = 0, font: LoadedFont = loadFont()): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += font.advance(font.glyphId(ch.codePointAt(0)!));
    count++;
  }
  return (units / font.unitsPerEm) * fontSize + letterSpacing * count;
}

const subsets = new Map<string, Promise<Buffer>>();

/** A TrueType subset of the font holding exactly the characters of `text`. */
export function subsetFor(text: string): Promise<Buffer> {
  const chars = [...new Set(text)].sort().join('');
  let subset = subsets.get(chars);
  if (!subset) {
    // Loaded when a poster is drawn, not by everything that only measures or checks glyphs.
    subset = import('subset-font').then(({ default: subsetFont }) => subsetFont(loadFont().data, chars, { targetFormat: 'truetype' }));
    subsets.set(chars, subset);
  }
  return subset;
}
