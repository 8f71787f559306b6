/**
 * Checking a unit's photos and captions: the same steps in the browser and in the CLI.
 * Only the final full decode differs (createImageBitmap there, sharp here), so it is
 * passed in as `decode`.
 */
import { readJpeg, sniffFormat, type JpegInfo } from './jpeg';
import { captionLength, extensionOf, type ImageFormat, type Problem, type ReportRules } from './rules';

export interface PhotoInput {
  name: string;
  bytes: Uint8Array;
  /** undefined: no caption given at all. */
  caption: string | undefined;
  /** The file's size when `bytes` were not read because it is over rules.maxFileBytes. */
  size?: number;
}

/** Decodes the whole image; resolves true when it decodes, false when it is broken. */
export type Decoder = (bytes: Uint8Array, name: string) => Promise<boolean>;

export interface PhotoResult {
  name: string;
  bytes: number;
  format?: ImageFormat;
  jpeg?: JpegInfo;
  captionLength: number;
  problems: Problem[];
  ok: boolean;
}

export interface SubmissionResult {
  photos: PhotoResult[];
  /** Problems about the whole set (the count). */
  problems: Problem[];
  ok: boolean;
}

/** Everything that can be said about one photo's bytes without decoding it fully. */
export function inspectPhoto(
  { rules, messages, checkDimensions }: ReportRules,
  name: string,
  bytes: Uint8Array,
  size = bytes.length,
): { format?: ImageFormat; jpeg?: JpegInfo; problems: Problem[] } {
  const file = name;
  if (size > rules.maxFileBytes) {
    return { problems: [{ code: 'file-too-large', file, message: messages.fileTooLarge(file, size) }] };
  }
  if (bytes.length === 0) return { problems: [{ code: 'empty-file', file, message: messages.emptyFile(file) }] };
  const format = sniffFormat(bytes);
  if (format !== 'JPEG') return { format, problems: [{ code: 'not-jpeg', file, message: messages.notJpeg(file, format) }] };
  const problems: Problem[] = [];
  if (!(rules.format.extensions as readonly string[]).includes(extensionOf(name))) {
    problems.push({ code: 'wrong-extension', file, message: messages.wrongExtension(file) });
  }
  const jpeg = readJpeg(bytes);
  if (!jpeg) return { format, problems: [...problems, { code: 'corrupt', file, message: messages.corrupt(file) }] };
  if (jpeg.storedWidth * jpeg.storedHeight > rules.maxPixels) {
    problems.push({ code: 'too-many-pixels', file, message: messages.tooManyPixels(file, jpeg.width, jpeg.height) });
    return { format, jpeg, problems };
  }
  if (!jpeg.complete) problems.push({ code: 'truncated', file, message: messages.truncated(file) });
  problems.push(...checkDimensions(file, jpeg.width, jpeg.height, jpeg.width !== jpeg.storedWidth));
  return { format, jpeg, problems };
}

export async function checkPhoto(r: ReportRules, photo: PhotoInput, decode?: Decoder): Promise<PhotoResult> {
  const { messages, checkCaption } = r;
  const { format, jpeg, problems } = inspectPhoto(r, photo.name, photo.bytes, photo.size ?? photo.bytes.length);
  // Decode only what looks like a whole, sane JPEG: never a pixel bomb, never twice-broken.
  const decodable = jpeg && !problems.some((p) => ['too-many-pixels', 'truncated', 'corrupt'].includes(p.code));
  if (decode && decodable) {
    let ok: boolean;
    try {
      ok = await decode(photo.bytes, photo.name);
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ code: 'undecodable', file: photo.name, message: messages.undecodable(photo.name) });
  }
  problems.push(...checkCaption(photo.name, photo.caption));
  return {
    name: photo.name,
    bytes: photo.size ?? photo.bytes.length,
    format,
    jpeg,
    captionLength: photo.caption === undefined ? 0 : captionLength(photo.caption),
    problems,
    ok: problems.length === 0,
  };
}

/** Checks each photo on its own (one bad file never stops the rest), then the count. */
export async function checkSubmission(r: ReportRules, photos: PhotoInput[], decode?: Decoder): Promise<SubmissionResult> {
  const results: PhotoResult[] = [];
  for (const photo of photos) results.push(await checkPhoto(r, photo, decode));
  const problems = r.checkPhotoCount(photos.length);
  return { photos: results, problems, ok: problems.length === 0 && results.every((r) => r.ok) };
}

/** One line per photo for a summary: its verdict in words. */
export function describePhoto({ messages }: ReportRules, r: PhotoResult): string {
  if (r.ok && r.jpeg) return messages.photoOk(r.name, r.jpeg.width, r.jpeg.height, r.captionLength);
  return r.problems.map((p) => p.message).join(' ');
}
