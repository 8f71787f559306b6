/** Helpers for tests that read the built site in dist/ (npm test builds it first). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = path.resolve(import.meta.dirname, '../..');
export const dist = path.join(root, process.env.QM_OUT_DIR ?? 'dist');

export function requireBuild(): void {
  if (!existsSync(path.join(dist, 'report', 'index.html')) || !existsSync(path.join(dist, 'report', 'all-units.xlsx'))) {
    throw new Error(`没有找到已生成的网站（${dist}/report/）：请先运行 npx astro build。`);
  }
}

export const readDist = (rel: string) => readFile(path.join(dist, rel));

export interface SourceItem {
  number: number;
  text: string;
  category: string;
  /** Canonical unit names. */
  units: string[];
}

export interface RegistryUnit {
  id: string;
  name: string;
  aliases?: string[];
}

export async function registry(): Promise<RegistryUnit[]> {
  return parseYaml(await readFile(path.join(root, 'content/units.yaml'), 'utf8'));
}

/**
 * The plan's items parsed straight from the source text, independently of content/:
 * item lines start with “N.” and end with （责任单位：A、B）; the short forms 区文旅局 and
 * 区工信局 are the same units as 区文化和旅游局 and 区工业和信息化局.
 */
export async function sourceItems(): Promise<SourceItem[]> {
  const text = await readFile('/work/shared/seed/notice-2024-quality-month.txt', 'utf8');
  const same: Record<string, string> = { 区文旅局: '区文化和旅游局', 区工信局: '区工业和信息化局' };
  const items: SourceItem[] = [];
  let category = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^（[一二三四五]）/.test(line) && items.length < 25 && !line.includes('高度重视')) category = line;
    const m = /^(\d+)\.(.*)[（(]责任单位：([^）)]+)[）)]$/.exec(line);
    if (m) {
      items.push({ number: Number(m[1]), text: m[2], category, units: m[3].split('、').map((n) => same[n] ?? n) });
    }
  }
  return items;
}
