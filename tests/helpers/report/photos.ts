/**
 * Photos for the CLI and browser tests, made with sharp at test time: valid ones, a
 * portrait, EXIF-rotated ones, and each kind of broken file the checkers must name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const jpeg = (width: number, height: number, background = '#b3261e') =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 85 })
    .toBuffer();

/** Stored width×height, with the EXIF orientation tag set. */
const rotated = async (width: number, height: number, orientation: number) =>
  sharp(await jpeg(width, height, '#1d6b34'))
    .withMetadata({ orientation })
    .jpeg()
    .toBuffer();

/** A JPEG whose SOF claims `w`×`h`: a decompression bomb as far as any header reader can tell. */
function withClaimedSize(bytes: Buffer, w: number, h: number): Buffer {
  const b = Buffer.from(bytes);
  for (let i = 2; i < b.length;) {
    const marker = b[i + 1];
    const len = b.readUInt16BE(i + 2);
    if (marker === 0xc0 || marker === 0xc2) {
      b.writeUInt16BE(h, i + 5);
      b.writeUInt16BE(w, i + 7);
      return b;
    }
    i += 2 + len;
  }
  throw new Error('no SOF');
}

export interface Fixtures {
  good: Buffer; // 1024×768
  good2: Buffer; // 1600×1200
  portrait: Buffer; // 768×1024 stored, no EXIF: passes
  rotatedOk: Buffer; // 1024×768 stored, EXIF 6: shown 768×1024, passes
  rotatedSmall: Buffer; // 1000×768 stored, EXIF 6: shown 768×1000, fails
  small: Buffer; // 800×600
  png: Buffer; // a PNG, to be named .jpg
  truncated: Buffer; // first half of a JPEG
  empty: Buffer; // zero bytes
  bomb: Buffer; // header says 20000×20000
  garbage: Buffer; // starts like a JPEG, then nonsense
  damaged: Buffer; // complete, but the scan data is broken: only a full decode notices
}

export async function makeFixtures(): Promise<Fixtures> {
  const good = await jpeg(1024, 768);
  const noisy = await sharp({
    create: { width: 1024, height: 768, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  const damaged = Buffer.from(noisy);
  const at = Math.floor(damaged.length * 0.4);
  for (let i = 0; i < 400; i++) damaged[at + i] = i % 2 ? 0xd3 : 0xff;
  return {
    good,
    good2: await jpeg(1600, 1200, '#0b4a8b'),
    portrait: await jpeg(768, 1024, '#444444'),
    rotatedOk: await rotated(1024, 768, 6),
    rotatedSmall: await rotated(1000, 768, 6),
    small: await jpeg(800, 600),
    png: await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#336699' } })
      .png()
      .toBuffer(),
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    empty: Buffer.alloc(0),
    bomb: withClaimedSize(good, 20000, 20000),
    garbage: Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF\0 this is not really a photo at all, only text '.repeat(20)),
    ]),
    damaged,
  };
}

/** 50 characters as people count them (49 汉字 and a family emoji of 5 code points). */
export const caption50 =
  '区市场监管局组织企业代表参加质量攻关成果发表会交流先进质量管理方法推动质量提升活动深入开展效果良好'.slice(0, 49) + '👨‍👩‍👧';
/** 51 汉字. */
export const caption51 =
  '区工商联举办支持民营经济高质量发展政策宣讲会宣传解读新区运用新质生产力促进民营经济高质量发展的相关措施助力中小企业'.slice(0, 51);
export const shortCaption = '区文旅局开展A级景区安全生产执法检查。';

export async function writeTree(root: string, tree: Record<string, Buffer | string>): Promise<void> {
  for (const [rel, content] of Object.entries(tree)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
