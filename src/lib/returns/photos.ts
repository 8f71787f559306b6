/**
 * A photo made fit to publish: turned upright by its EXIF orientation, at most
 * `MAX_LONG_SIDE` px on the long side, and saved as a new JPEG without any metadata
 * (sharp writes none unless asked with withMetadata/keepMetadata: no GPS position, no
 * camera serial, no orientation tag left to apply twice).
 */
import sharp from 'sharp';
import { LIMITS } from '../report/rules';

export const MAX_LONG_SIDE = 2_000;

export async function cleanPhoto(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: LIMITS.maxPixels, failOn: 'error' })
    .rotate()
    .resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer();
}
