/**
 * The reporting rules of an edition (its plan's 活动要求 on reporting, from
 * content/<year>/report.yaml) with every message a person sees. Used by the report page,
 * the browser photo checker and the office's CLI (scripts/check-report.ts), so all three
 * say the same thing. Pure: no Node, no DOM. `reportRules(settings)` makes one edition's.
 */
import { isPastDeadline } from '../editions';
import type { RuleSettings } from '../content/report';

/** What report.yaml says, as the rules need it (the browser gets it as JSON): src/lib/content/report.ts. */
export type { RuleSettings };

/** The photo format the plans ask for; the checkers read JPEG only. */
export const PHOTO_FORMAT = { name: 'JPG', mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'] } as const;

/**
 * Not in any plan: limits of this site's checker, so a broken or hostile file cannot
 * exhaust memory. 100 million pixels is well above any camera (a 50-megapixel phone
 * photo is 8160×6120); 50 MB is far above any JPG photo of that size.
 */
export const LIMITS = { maxPixels: 100_000_000, maxFileBytes: 50 * 1024 * 1024 } as const;

// ---------------------------------------------------------------------------------------
// Characters

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'grapheme' }) : undefined;

/** Characters as people count them (grapheme clusters), after trimming both ends. */
export function captionLength(caption: string): number {
  const text = caption.normalize('NFC').trim();
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------
// Problems

export type ProblemCode =
  | 'no-photos'
  | 'too-many-photos'
  | 'empty-file'
  | 'file-too-large'
  | 'not-jpeg'
  | 'wrong-extension'
  | 'corrupt'
  | 'truncated'
  | 'undecodable'
  | 'too-many-pixels'
  | 'too-small'
  | 'caption-missing'
  | 'caption-too-long'
  | 'caption-without-photo'
  | 'caption-duplicate'
  | 'captions-line'
  | 'unknown-unit'
  | 'duplicate-unit';

export interface Problem {
  code: ProblemCode;
  /** The photo (or file) it is about, when there is one. */
  file?: string;
  message: string;
}

/** Image formats we can tell by their first bytes. */
export type ImageFormat = 'JPEG' | 'PNG' | 'GIF' | 'WebP' | 'BMP' | 'TIFF' | 'HEIC' | 'AVIF' | 'PDF';

const extOf = (name: string) => {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
};
export const extensionOf = extOf;

const size = (w: number, h: number) => `${w}×${h}`;
const formatName = (f: ImageFormat) => (f === 'JPEG' ? 'JPG' : f);

/** The messages that do not depend on an edition's numbers. */
export const fileMessages = {
  emptyFile: (file: string) => `照片 ${file} 是空文件（0 字节），请重新导出或重新拷贝。`,
  fileTooLarge: (file: string, bytes: number) =>
    `照片 ${file} 有 ${(bytes / 1024 / 1024).toFixed(0)} MB，超过本检查器可读的 ${LIMITS.maxFileBytes / 1024 / 1024} MB，不像是一张 JPG 照片，请重新导出。`,
  notJpeg: (file: string, format: ImageFormat | undefined) => {
    const ext = extOf(file);
    const named = (PHOTO_FORMAT.extensions as readonly string[]).includes(ext) ? `（文件名为 ${ext}）` : '';
    return format
      ? `照片 ${file} 是 ${formatName(format)} 格式${named}，请另存为 JPG（只改文件名不行）。`
      : `照片 ${file} 不是 JPG 图片${named}（无法识别文件内容），请另存为 JPG。`;
  },
  wrongExtension: (file: string) => `照片 ${file} 的内容是 JPG，但扩展名是 ${extOf(file) || '（无）'}，请把文件名改为以 .jpg 结尾。`,
  corrupt: (file: string) => `照片 ${file} 已损坏（读不到图像尺寸），请重新导出或重新拷贝。`,
  truncated: (file: string) => `照片 ${file} 不完整（文件在图像数据中途结束，可能没有拷贝完），请重新拷贝或重新导出。`,
  undecodable: (file: string) => `照片 ${file} 已损坏，无法完整打开，请重新导出或重新拷贝。`,
  tooManyPixels: (file: string, w: number, h: number) =>
    `照片 ${file} 标称 ${size(w, h)} 像素，超过 ${LIMITS.maxPixels / 1e8} 亿像素，不是正常照片，未作解码，请缩小后重新导出。`,
  captionWithoutPhoto: (file: string, captionsFile: string) =>
    `${captionsFile} 里有照片 ${file} 的说明，但文件夹里没有这张照片：请核对文件名。`,
  captionDuplicate: (file: string, captionsFile: string) => `${captionsFile} 里照片 ${file} 的说明写了不止一次，请只保留一条。`,
  captionsLine: (captionsFile: string, line: number, text: string) =>
    `${captionsFile} 第 ${line} 行“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”没有“文件名：说明”中的冒号，无法读取。`,
  unknownUnit: (folder: string, suggestions: string[]) =>
    `文件夹“${folder}”不是单位名录中的单位${suggestions.length ? `，是否应为 ${suggestions.join('、')}？` : '。'}` +
    `请用单位名称命名文件夹（如 ${suggestions[0] ?? '本单位的名称'}）。`,
  duplicateUnit: (folders: string[], unit: string) =>
    `文件夹 ${folders.map((f) => `“${f}”`).join('、')} 都是 ${unit}，请合并为一个文件夹。`,
} as const;

/** One edition's rules, plain statements of them, every message, and the checks. */
export function reportRules(settings: RuleSettings) {
  const deadlineDate = new Date(settings.deadline.date);
  const rules = {
    sourceRef: settings.sourceRef,
    /** As the source writes it; the sources give no clock time. */
    deadlineText: settings.deadline.text,
    deadlineDate,
    recipient: settings.recipient,
    recipientLocation: settings.recipientLocation,
    /** What to send, as the source lists it. */
    contents: [...settings.contents],
    photos: { min: settings.photos.min, max: settings.photos.max },
    format: PHOTO_FORMAT,
    /**
     * 像素1024×768以上 (say): read as "long side at least 1024 and short side at least 768",
     * measured as the photo is displayed (after its EXIF orientation). A portrait photo of
     * 768×1024 therefore passes, as does 1024×768; 1000×800 does not. Because the rule
     * looks at long and short sides, turning a photo never changes the verdict; the
     * orientation only decides which size we report (width × height as people see it).
     */
    minLongSide: settings.photos.minLongSide,
    minShortSide: settings.photos.minShortSide,
    /**
     * 每张照片配50字说明 (say): a caption is required, and 1 to 50 characters pass; more
     * is an error. Characters are counted as people see them (grapheme clusters: one
     * Chinese character, letter, digit, punctuation mark or emoji is one), after removing
     * spaces and line breaks at both ends.
     */
    caption: { min: 1, max: settings.captionMaxLength },
    ...LIMITS,
  };
  const { minLongSide: L, minShortSide: S } = rules;
  const recipientLine = rules.recipientLocation ? `${rules.recipient}（${rules.recipientLocation}）` : rules.recipient;

  /** When, to whom and what: the report page shows these as its key facts. */
  const factLines: readonly string[] = [
    `报送时间：${rules.deadlineText}。`,
    `报送对象：${recipientLine}。`,
    `报送内容：${rules.contents.join('、')}。`,
  ];
  /** The photo and caption rules, point by point. */
  const photoChecklist: readonly string[] = [
    `照片：精选${rules.photos.min}至${rules.photos.max}张。`,
    `格式：${PHOTO_FORMAT.name}（JPEG），文件扩展名为 .jpg 或 .jpeg；其他格式（PNG、HEIC 等）须另存为 JPG，只改扩展名不算。`,
    `尺寸：${L}×${S}像素以上，即长边不少于${L}像素、短边不少于${S}像素；横拍、竖拍均可（竖拍 ${S}×${L} 也符合），按照片显示方向（含相机记录的旋转方向）计算。`,
    `说明：每张照片配一段说明，${rules.caption.min}至${rules.caption.max}个字（汉字、字母、数字、标点各算1个字，首尾空格不计），超过${rules.caption.max}字须删减。`,
  ];
  /** Plain statements of all the rules, for the tables' notes and the CLI's help. */
  const checklist: readonly string[] = [...factLines, ...photoChecklist];

  /** The photo rules in one short line, for the task summaries on unit and item pages. */
  const photoSummary =
    `照片${rules.photos.min}至${rules.photos.max}张（${PHOTO_FORMAT.name}格式，${L}×${S}像素以上），` +
    `每张配${rules.caption.max}字以内的说明`;

  /** How this site reads the plan's wording, said on the report page. */
  const readings: readonly string[] = [
    `“像素${L}×${S}以上”按长边、短边理解，因此竖拍的 ${S}×${L} 照片同样符合；尺寸按照片显示的方向计算（相机记录的旋转方向已计入）。`,
    `“每张照片配${rules.caption.max}字说明”按不超过${rules.caption.max}字理解：${rules.caption.min}至${rules.caption.max}字均可，空缺或超过${rules.caption.max}字不符合。`,
  ];

  const messages = {
    ...fileMessages,
    noPhotos: () => `没有照片：请精选${rules.photos.min}至${rules.photos.max}张 JPG 照片。`,
    tooManyPhotos: (n: number) =>
      `共有 ${n} 张照片，只能报送${rules.photos.min}至${rules.photos.max}张：请精选后删去 ${n - rules.photos.max} 张。`,
    tooSmall: (file: string, w: number, h: number, rotated: boolean) =>
      `照片 ${file} 为 ${size(w, h)} 像素${rotated ? '（已按相机记录的方向旋转）' : ''}，小于 ${L}×${S}：` +
      `长边须至少 ${L}、短边须至少 ${S} 像素，请选用原图或更大的照片。`,
    captionMissing: (file: string) => `照片 ${file} 没有说明：每张照片须配${rules.caption.min}至${rules.caption.max}字的说明。`,
    captionTooLong: (file: string, n: number) =>
      `照片 ${file} 的说明有 ${n} 个字，超过 ${rules.caption.max} 字，请删减 ${n - rules.caption.max} 个字。`,
    captionRule: () => `说明${rules.caption.min}至${rules.caption.max}个字，首尾空格不计。`,
    // Verdicts
    photoOk: (file: string, w: number, h: number, n: number) => `照片 ${file}：JPG，${size(w, h)} 像素，说明 ${n} 字，符合要求。`,
  } as const;

  /** The count rule: min to max photos. */
  function checkPhotoCount(count: number): Problem[] {
    if (count < rules.photos.min) return [{ code: 'no-photos', message: messages.noPhotos() }];
    if (count > rules.photos.max) return [{ code: 'too-many-photos', message: messages.tooManyPhotos(count) }];
    return [];
  }

  /** The size rule on the displayed size (after EXIF orientation). */
  function checkDimensions(file: string, width: number, height: number, rotated = false): Problem[] {
    const long = Math.max(width, height);
    const short = Math.min(width, height);
    if (long >= L && short >= S) return [];
    return [{ code: 'too-small', file, message: messages.tooSmall(file, width, height, rotated) }];
  }

  /** The caption rule; `undefined` means no caption was given at all. */
  function checkCaption(file: string, caption: string | undefined): Problem[] {
    const n = caption === undefined ? 0 : captionLength(caption);
    if (n < rules.caption.min) return [{ code: 'caption-missing', file, message: messages.captionMissing(file) }];
    if (n > rules.caption.max) return [{ code: 'caption-too-long', file, message: messages.captionTooLong(file, n) }];
    return [];
  }

  /** Whether the deadline has passed at `now` (the end of its day, Beijing time). */
  const closed = (now: number = Date.now()) => isPastDeadline(deadlineDate, now);

  return {
    rules,
    recipientLine,
    checklist,
    photoChecklist,
    photoSummary,
    readings,
    messages,
    checkPhotoCount,
    checkDimensions,
    checkCaption,
    closed,
  };
}

export type ReportRules = ReturnType<typeof reportRules>;

// ---------------------------------------------------------------------------------------
// The office's folder check (scripts/check-report.ts)

/** The captions file in each unit folder: UTF-8 text, one line per photo, “文件名：说明”. */
export const CAPTIONS_FILE = '说明.txt';

export const folderMessages = {
  captionsFileMissing: (folder: string) => `文件夹“${folder}”里没有 ${CAPTIONS_FILE}：请新建该文件，每张照片一行，写“文件名：说明”。`,
  captionsGbk: (file: string) => `${file} 是 GBK 编码，已按 GBK 读取；建议另存为 UTF-8。`,
  looseFile: (file: string) => `材料文件夹根目录下的 ${file} 不在任何单位文件夹里，未检查：请放入对应单位的文件夹。`,
  emptyOther: (file: string) => `文件 ${file} 是空文件（0 字节），请重新拷贝。`,
  noFolder: (units: string[]) => `尚未收到文件夹的单位（${units.length} 个）：${units.join('、')}`,
} as const;
