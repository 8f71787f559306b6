/**
 * Reads the original document of the 2024 edition (content/2024/source.txt, the plain
 * text of the document as issued) independently of the rest of content/, so the tests
 * compare the site against the source rather than against itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The original document is kept in the repository beside its edition; QM_SOURCE points
// at another copy (e.g. the office's own file) to check the site against that.
export const sourcePath = process.env.QM_SOURCE ?? path.resolve(__dirname, '../../content/2024/source.txt');

export interface SourceItem {
  number: number;
  text: string;
  /** The unit names in its 责任单位 line, as written. */
  units: string[];
  /** The category heading it stands under, e.g. “（一）扎实推进……”. */
  categoryHeading: string;
}

export interface SourceDocument {
  /** Every non-empty line, trimmed: the document's paragraphs and headings. */
  paragraphs: string[];
  /** The notice's paragraphs (before the plan title); its title broken over two lines is joined. */
  notice: string[];
  /** The plan's paragraphs, from its title to the last attachment. */
  plan: string[];
  categoryHeadings: string[];
  items: SourceItem[];
}

export function readSource(): SourceDocument {
  if (!existsSync(sourcePath)) {
    throw new Error(`The source document is missing at ${sourcePath}: restore content/2024/source.txt or set QM_SOURCE.`);
  }
  const paragraphs = readFileSync(sourcePath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const planStart = paragraphs.indexOf('2024年天津市滨海新区“质量月”活动方案');
  if (planStart < 0) throw new Error('source: plan title not found');

  // The notice title is printed over two lines (“……“质量月”” / “活动方案》的通知”).
  const notice: string[] = [];
  for (const line of paragraphs.slice(0, planStart)) {
    const last = notice.at(-1);
    if (last?.startsWith('关于印发') && !last.endsWith('通知')) notice[notice.length - 1] = last + line;
    else notice.push(line);
  }

  const plan = paragraphs.slice(planStart);
  const activities = plan.indexOf('二、活动内容');
  const requirements = plan.indexOf('三、活动要求');
  const categoryHeadings: string[] = [];
  const items: SourceItem[] = [];
  for (const line of plan.slice(activities + 1, requirements)) {
    if (/^（[一二三四五六七八九十]+）/.test(line)) {
      categoryHeadings.push(line);
      continue;
    }
    const match = line.match(/^(\d+)\./);
    const units = line.match(/[（(]责任单位：([^（）()]+)[）)]$/);
    if (!match || !units) throw new Error(`source: unexpected line in 活动内容: ${line.slice(0, 20)}`);
    items.push({
      number: Number(match[1]),
      text: line,
      units: units[1].split('、'),
      categoryHeading: categoryHeadings.at(-1)!,
    });
  }
  return { paragraphs, notice, plan, categoryHeadings, items };
}
