/**
 * What spans editions: there is at least one; each has its report.yaml and edition.yaml;
 * a folder of content/ that is not a year is not silently left unpublished; a copied
 * folder's document number was changed.
 */
import { readdirSync } from 'node:fs';
import type { ContentProblem } from '../../content-error';
import { editionOf } from '../../editions';
import type { Entry } from '../plan';

export function noEditionProblem(dir: string): ContentProblem {
  return {
    file: `${dir}/`,
    field: '年度',
    value: '没有找到任何年度文件夹（含 edition.yaml）',
    allowed: '每个年度一个以年份命名的文件夹（content/<年份>/），内有 edition.yaml、notice.mdx、plan/、items/ 等：从上一年度复制',
  };
}

export function missingReportProblem(dir: string, year: string): ContentProblem {
  return {
    file: `${dir}/${year}/report.yaml`,
    field: '文件',
    value: '缺少本年度的报送要求文件',
    allowed: '从上一年度复制 report.yaml 后按本年度方案修改',
  };
}

/** Content in a folder that is not an edition (no edition.yaml) would silently vanish. */
export function foldersWithoutEdition(dir: string, years: readonly string[], contentYears: Iterable<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const year of new Set(contentYears)) {
    if (!years.includes(year)) {
      problems.push({
        file: `${dir}/${year}/edition.yaml`,
        field: '文件',
        value: `文件夹 ${year} 有内容，却没有 edition.yaml`,
        allowed: '每个年度文件夹都有 edition.yaml（从上一年度复制后修改）',
      });
    }
  }
  return problems;
}

/** A folder that is not a year (a copy named “2024 - 副本”) would silently not be published. */
export function foldersNotYears(dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && !/^\d{4}$/.test(entry.name)) {
      problems.push({
        file: `${dir}/${entry.name}/`,
        field: '文件夹名',
        value: `“${entry.name}”不是年份，其中的内容不会发布`,
        allowed: '年度文件夹只用四位数字的年份命名（content/<年份>/）；不用的副本请移出 content/',
      });
    }
  }
  return problems;
}

/**
 * What must differ between editions: a copied folder whose document number was not changed.
 * (From the notices themselves, so it is said even when an edition has other problems.)
 */
export function documentNumberProblems(dir: string, notices: readonly Entry<'notice'>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = new Map<string, string[]>();
  for (const notice of notices) {
    const n = notice.data.documentNumber;
    byNumber.set(n, [...(byNumber.get(n) ?? []), editionOf(notice)]);
  }
  for (const [number, editions] of byNumber) {
    if (editions.length > 1) {
      editions.sort();
      problems.push({
        file: editions.map((y) => `${dir}/${y}/notice.mdx`).join('、'),
        field: 'documentNumber',
        value: `文号“${number}”在 ${editions.join('、')} ${editions.length} 个年度重复`,
        allowed: '每个年度的通知有自己的文号：复制上一年度文件夹后，请改为本年度通知的文号',
      });
    }
  }
  return problems;
}

/** content/site.yaml is missing. */
export function missingSite(dir: string): ContentProblem {
  return {
    file: `${dir}/site.yaml`,
    field: '文件',
    value: '缺少网站设置文件',
    allowed: '含 name、district、description 三项',
  };
}
