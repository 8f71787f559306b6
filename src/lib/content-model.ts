/**
 * The content as one model: every edition's plan from the collections' entries, and every
 * check that spans files or editions. Pure: it takes entries, however they were read, so
 * the build (Astro's collections, src/lib/get-plan.ts) and the content check (the files
 * read directly, src/lib/content-read.ts) run the same checks from the same code.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { buildPlan, quotePlan, type Plan } from './plan';
import { ContentError, type ContentProblem } from './content-error';
import { contentDir } from './content-dir';
import { editionOf, newestFirst } from './editions';
import { unitForms } from './search-terms-check';
import { buildResults } from './returns/model';
import { posterProblems } from './posters/check';
import { sloganFromEntry } from './posters/slogan';
import type { CollectionName } from './collections';

/** Entries as the collections give them: id, data, and for Markdown the body and file. */
export type Entries = { [N in CollectionName]: CollectionEntry<N>[] };
type PlanEntries = Pick<Entries, 'editions' | 'report' | 'notice' | 'plan' | 'categories' | 'items' | 'units'>;

function byEdition<T extends { id: string }>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(editionOf(entry), [...(groups.get(editionOf(entry)) ?? []), entry]);
  return groups;
}

/**
 * Every edition's plan from the content's entries, with every check across files and
 * editions; the problems instead of throwing, so a caller can report them all at once.
 */
export function buildPlans(entries: PlanEntries, dir: string = contentDir): { plans: Map<string, Plan>; problems: ContentProblem[] } {
  const { editions: settings, report: reports, notice: notices, plan: sections, categories, items, units } = entries;
  const problems: ContentProblem[] = [];
  const years = newestFirst(settings.map(editionOf));
  if (years.length === 0) {
    problems.push({
      file: `${dir}/`,
      field: '年度',
      value: '没有找到任何年度文件夹（含 edition.yaml）',
      allowed: '每个年度一个以年份命名的文件夹（content/<年份>/），内有 edition.yaml、notice.mdx、plan/、items/ 等：从上一年度复制',
    });
  }
  const noticesBy = byEdition(notices);
  const sectionsBy = byEdition(sections);
  const categoriesBy = byEdition(categories);
  const itemsBy = byEdition(items);
  const plans = new Map<string, Plan>();
  for (const year of years) {
    const report = reports.find((r) => editionOf(r) === year);
    if (!report) {
      problems.push({
        file: `${dir}/${year}/report.yaml`,
        field: '文件',
        value: '缺少本年度的报送要求文件',
        allowed: '从上一年度复制 report.yaml 后按本年度方案修改',
      });
    }
    try {
      plans.set(
        year,
        buildPlan({
          edition: year,
          contentDir: dir,
          settings: settings.find((s) => editionOf(s) === year)!.data,
          report: report?.data,
          superseded: year !== years[0],
          notice: noticesBy.get(year) ?? [],
          plan: sectionsBy.get(year) ?? [],
          categories: categoriesBy.get(year) ?? [],
          items: itemsBy.get(year) ?? [],
          units,
        }),
      );
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  // Content in a folder that is not an edition (no edition.yaml) would silently vanish.
  for (const year of new Set([...noticesBy.keys(), ...itemsBy.keys()])) {
    if (!years.includes(year)) {
      problems.push({
        file: `${dir}/${year}/edition.yaml`,
        field: '文件',
        value: `文件夹 ${year} 有内容，却没有 edition.yaml`,
        allowed: '每个年度文件夹都有 edition.yaml（从上一年度复制后修改）',
      });
    }
  }
  // A folder that is not a year (a copy named “2024 - 副本”) would silently not be published.
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
  // What must differ between editions: a copied folder whose document number was not changed.
  const byNumber = new Map<string, string[]>();
  // (From the notices themselves, so it is said even when an edition has other problems.)
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
  return { plans, problems };
}


/** The problems a thrown ContentError holds; anything else is a bug and thrown on. */
function collect(problems: ContentProblem[], run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
  }
}

/**
 * Every check the build makes of the content, in one pass: the plans, then what pages,
 * posters, search and results make of them (each check from the module that uses it).
 * Only the check of the built search index itself is left to the build.
 */
export function checkContent(entries: Entries, dir: string = contentDir): { plans: Map<string, Plan>; problems: ContentProblem[] } {
  const { plans, problems } = buildPlans(entries, dir);
  if (entries.site.length === 0) problems.push({ ...missingSite, file: `${dir}/site.yaml` });
  const [terms] = entries.searchTerms;
  const registryIds = entries.units.map((u) => u.data.id);
  for (const plan of plans.values()) {
    const year = plan.edition.year;
    if (plan.report) collect(problems, () => quotePlan(plan, plan.report!.sourceMarker, dir));
    if (plan.edition.slogansMarker) collect(problems, () => quotePlan(plan, plan.edition.slogansMarker!, dir));
    if (terms) problems.push(...unitForms(plan, terms.data, registryIds, `${dir}/search-terms.yaml`).problems);
    for (const slogan of entries.slogans.filter((s) => editionOf(s) === year)) {
      problems.push(
...posterProblems(sloganFromEntry(slogan, plan))
      );
    }
    const returns = entries.returns.filter((r) => editionOf(r) === year);
    for (const entry of returns) problems.push(...missingPhotos(entry, dir));
    if (returns.length > 0 && plan.report) collect(problems, () => buildResults(plan, plan.report!.columns, returns));
  }
  return { plans, problems };
}

/**
 * A published return's photos are files beside it; Astro's image() reads them in the
 * build, the check (which reads the field as a path) looks that each is there.
 */
function missingPhotos(entry: Entries['returns'][number], dir: string): ContentProblem[] {
  const file = entry.filePath ?? `${dir}/${entry.id}.yaml`;
  return entry.data.photos.flatMap((photo, i) =>
    typeof photo.file === 'string' && !existsSync(path.resolve(path.dirname(file), photo.file))
      ? [
          {
            file,
            field: `photos[${i}].file`,
            value: `照片“${photo.file}”不在这个文件旁边`,
            allowed: '与该文件放在同一文件夹中的照片（npm run collect-report -- --publish 写入时一并复制）：恢复照片，或删去这一条',
          },
        ]
      : [],
  );
}

export const missingSite: ContentProblem = {
  file: `${contentDir}/site.yaml`,
  field: '文件',
  value: '缺少网站设置文件',
  allowed: '含 name、district、description 三项',
};
