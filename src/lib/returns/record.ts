/**
 * A unit's published return: content/<year>/returns/<unit-id>.yaml with its photos in
 * content/<year>/returns/<unit-id>/. Written by `npm run collect-report -- --publish`,
 * read by the site (src/schemas/returns.ts). Pure.
 */
import { stringify } from 'yaml';
import type { ReturnRow, ReturnUnit } from './validate';

export const RETURNS_FOLDER = 'returns';
/** The optional file of alt text in a unit folder, “文件名：描述” like 说明.txt. */
export const ALT_FILE = '照片描述.txt';

export interface RecordPhoto {
  /** Relative to the record: ./<unit-id>/<n>.jpg */
  file: string;
  caption: string;
  /** What the photo shows, for people who cannot see it; the caption stands in when absent. */
  alt?: string;
  /** The item it shows, when the file name says (第9项…) or the unit has one item. */
  item?: number;
}

export interface ReturnRecord {
  unit: string;
  table: string;
  rows: { item: number; values: ReturnRow['values'] }[];
  photos: RecordPhoto[];
}

/** The item a photo shows: its file name starts with 第N项 (one of the unit's), or the unit has a single item. */
export function photoItem(name: string, unit: ReturnUnit): number | undefined {
  const base = name.split('/').pop()!;
  const m = /^第\s*(\d+)\s*项/.exec(base.normalize('NFKC'));
  const n = m ? Number(m[1]) : undefined;
  if (n !== undefined && unit.items.some((i) => i.number === n)) return n;
  return unit.items.length === 1 ? unit.items[0].number : undefined;
}

export const photoFileName = (unitId: string, index: number) => `${unitId}/${index + 1}.jpg`;

export function recordYaml(record: ReturnRecord): string {
  return (
    `# ${record.unit} 的活动情况报送，由 npm run collect-report -- --publish 写入；再次运行会整份替换。\n` +
    `# 数字和说明照单位报送的原样；照片已缩小、转正，去掉了拍摄位置等全部元数据。\n` +
    stringify(record, { lineWidth: 0 })
  );
}
