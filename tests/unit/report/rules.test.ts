/** The pure parts of the reporting kit: rules, JPEG reading, CSV, sheet names, captions, unit names. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { captionKeyFor, parseCaptions } from '../../../src/lib/report/captions';
import { inspectPhoto } from '../../../src/lib/report/check';
import { csvField, parseCsv, toCsv } from '../../../src/lib/report/csv';
import { readJpeg, sniffFormat } from '../../../src/lib/report/jpeg';
import { captionLength, reportRules } from '../../../src/lib/report/rules';
import { loadEditions } from '../../../src/lib/content/disk';
import { readSource } from '../../helpers/source';
import { readCsv } from '../../helpers/csv';
import { matchUnit, suggestUnits } from '../../../src/lib/report/unit-match';
import { sheetNames } from '../../../src/lib/report/xlsx';
import { caption50, caption51 } from '../../helpers/report/photos';

// The 2024 edition's rules, from content/2024/report.yaml.
const { report } = (await loadEditions()).editions.get('2024')!;
const settings = report.ruleSettings;
const checker = reportRules(settings);
const { rules, messages, checkCaption, checkDimensions, checkPhotoCount } = checker;
const SOURCE_MARKER = report.settings.sourceMarker;

describe('rules', () => {
  it('say only what the plan’s reporting sentence says', () => {
    const sentence = readSource().plan.find((p) => p.includes(SOURCE_MARKER));
    expect(sentence).toBeDefined();
    for (const words of [rules.deadlineText, rules.recipient, rules.recipientLocation, ...rules.contents]) {
      expect(sentence).toContain(words);
    }
    expect(sentence).toContain(`精选${rules.photos.min}至${rules.photos.max}张${rules.format.name}格式`);
    expect(sentence).toContain(`像素${rules.minLongSide}×${rules.minShortSide}以上`);
    expect(sentence).toContain(`每张照片配${rules.caption.max}字说明`);
  });

  it('accepts 1024×768 either way round, nothing smaller', () => {
    expect(checkDimensions('a.jpg', 1024, 768)).toEqual([]);
    expect(checkDimensions('a.jpg', 768, 1024)).toEqual([]);
    expect(checkDimensions('a.jpg', 4000, 3000)).toEqual([]);
    expect(checkDimensions('a.jpg', 1023, 768)[0].code).toBe('too-small');
    expect(checkDimensions('a.jpg', 1024, 767)[0].code).toBe('too-small');
    expect(checkDimensions('a.jpg', 2000, 700)[0].message).toContain('2000×700');
  });

  it('counts caption characters as people see them', () => {
    expect(captionLength('  质量月  ')).toBe(3);
    expect(captionLength(caption50)).toBe(50);
    expect([...caption50].length).toBe(54);
    expect(checkCaption('a.jpg', caption50)).toEqual([]);
    expect(checkCaption('a.jpg', caption51)[0].message).toBe(messages.captionTooLong('a.jpg', 51));
    expect(checkCaption('a.jpg', '   ')[0].code).toBe('caption-missing');
    expect(checkCaption('a.jpg', undefined)[0].code).toBe('caption-missing');
  });

  it('wants 1 or 2 photos', () => {
    expect(checkPhotoCount(0)[0].code).toBe('no-photos');
    expect(checkPhotoCount(1)).toEqual([]);
    expect(checkPhotoCount(2)).toEqual([]);
    expect(checkPhotoCount(3)[0].message).toContain('共有 3 张照片');
  });
});

describe('JPEG reading', () => {
  it('reads size and EXIF orientation from the bytes', async () => {
    const base = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    for (const orientation of [1, 3, 6, 8]) {
      const bytes = orientation === 1 ? base : await sharp(base).withMetadata({ orientation }).jpeg().toBuffer();
      const info = readJpeg(bytes)!;
      const meta = await sharp(bytes).metadata();
      expect(info.orientation).toBe(orientation);
      expect([info.width, info.height]).toEqual([meta.autoOrient.width, meta.autoOrient.height]);
      expect(info.complete).toBe(true);
    }
  });

  it('tells formats by content and names the mismatch', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#888' } })
      .webp()
      .toBuffer();
    expect(sniffFormat(png)).toBe('PNG');
    expect(sniffFormat(webp)).toBe('WebP');
    expect(inspectPhoto(checker, 'a.jpg', png).problems[0].message).toBe(
      '照片 a.jpg 是 PNG 格式（文件名为 .jpg），请另存为 JPG（只改文件名不行）。',
    );
    expect(inspectPhoto(checker, 'a.png', png).problems[0].message).toBe('照片 a.png 是 PNG 格式，请另存为 JPG（只改文件名不行）。');
    const jpg = await sharp({ create: { width: 1024, height: 768, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    expect(inspectPhoto(checker, 'a.jpg', jpg).problems).toEqual([]);
    expect(inspectPhoto(checker, 'a.png', jpg).problems.map((p) => p.code)).toEqual(['wrong-extension']);
    expect(inspectPhoto(checker, 'a.jpg', new Uint8Array(0)).problems.map((p) => p.code)).toEqual(['empty-file']);
    expect(inspectPhoto(checker, 'a.jpg', jpg, 60 * 1024 * 1024).problems.map((p) => p.code)).toEqual(['file-too-large']);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and reads back', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说“质量”')).toBe('说“质量”');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    const rows = [
      ['a', 'b,c', 'd"e', 'f\r\ng', ''],
      ['1', '2', '3', '4', '5'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // The site's own reader (collect-report reads returned CSV with it) and an independent one.
    expect(parseCsv(text)).toEqual(rows);
    expect(readCsv(text)).toEqual(rows);
  });
});

describe('sheet names', () => {
  it('keeps names within 31 characters, legal and unique', () => {
    const long = '区'.repeat(40);
    const names = sheetNames(['区市场监管局', '区市场监管局', long, long, 'a/b:c', '填表说明', 'History']);
    expect(names[0]).toBe('区市场监管局');
    expect(names[1]).toBe('区市场监管局(2)');
    expect([...names[2]].length).toBe(31);
    expect([...names[3]].length).toBe(31);
    expect(names[3]).not.toBe(names[2]);
    expect(names[4]).toBe('a_b_c');
    expect(names[5]).toBe('填表说明(2)');
    expect(names[6]).not.toBe('History');
  });
});

describe('captions file', () => {
  it('reads 文件名：说明 lines, with either colon, and reports bad lines and repeats', () => {
    const { captions, problems } = parseCaptions('\uFEFF# 注释\r\na.jpg：说明一\r\n\r\nb.jpg: 说明：二\r\n没有冒号\r\na.jpg：又一次\r\n');
    expect([...captions]).toEqual([
      ['a.jpg', '说明一'],
      ['b.jpg', '说明：二'],
    ]);
    expect(problems.map((p) => p.code)).toEqual(['captions-line', 'caption-duplicate']);
    expect(problems[0].message).toContain('第 5 行');
  });

  it('matches a photo by name, case, or name without extension', () => {
    expect(captionKeyFor('a.jpg', ['a.jpg'])).toBe('a.jpg');
    expect(captionKeyFor('A.JPG', ['a.jpg'])).toBe('a.jpg');
    expect(captionKeyFor('照片/现场.jpg', ['现场'])).toBe('现场');
    expect(captionKeyFor('b.jpg', ['a.jpg'])).toBeUndefined();
  });
});

describe('unit folders', () => {
  const units = [
    { id: 'market-regulation', name: '区市场监管局', aliases: [] },
    { id: 'culture-tourism', name: '区文化和旅游局', aliases: ['区文旅局'] },
  ];
  it('match by name, alias or id', () => {
    expect(matchUnit('区市场监管局', units)?.id).toBe('market-regulation');
    expect(matchUnit(' 区文旅局 ', units)?.id).toBe('culture-tourism');
    expect(matchUnit('market-regulation', units)?.id).toBe('market-regulation');
    expect(matchUnit('区市场局', units)).toBeUndefined();
    expect(suggestUnits('区市场局', units)).toEqual(['区市场监管局']);
    expect(suggestUnits('财政', units)).toEqual([]);
  });
});
