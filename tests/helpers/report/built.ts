/** Helpers for the report tests that read the built site (npm test builds it first). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { distDir } from '../dist';
import { projectRoot } from '../build-fixture';
import { readSource } from '../source';

export const root = projectRoot;
/** The 2024 edition's folder of the built site: its report/ and data/ files. */
export const dist = path.join(distDir, '2024');

export function requireBuild(): void {
  if (!existsSync(path.join(dist, 'report', 'index.html')) || !existsSync(path.join(dist, 'report', 'all-units.xlsx'))) {
    throw new Error(`没有找到已生成的网站（${dist}/report/）：请先运行 npm run build。`);
  }
}

export const readDist = (rel: string) => readFile(path.join(dist, rel));

export interface SourceItem {
  number: number;
  /** The item's text after “N.” and before its 责任单位 line. */
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

// The source's short forms are the same units as the long ones item 1 lists.
const sameUnit: Record<string, string> = { 区文旅局: '区文化和旅游局', 区工信局: '区工业和信息化局' };

/** The plan's items as the source document has them, independently of content/. */
export async function sourceItems(): Promise<SourceItem[]> {
  return readSource().items.map((item) => ({
    number: item.number,
    text: item.text.replace(/^\d+\./, '').replace(/[（(]责任单位：[^（）()]+[）)]$/, ''),
    category: item.categoryHeading,
    units: item.units.map((name) => sameUnit[name] ?? name),
  }));
}
