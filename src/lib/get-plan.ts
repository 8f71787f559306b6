/**
 * Every edition's plan, loaded from the collections once per build and shared by every
 * page: getPlan(edition) for one year, getPlans() for all of them, newest first. The
 * checks across editions (what must differ between years) run here too.
 */
import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildPlan, type Plan } from './plan';
import { ContentError, type ContentProblem } from './content-error';
import { contentDir } from './content-dir';
import { editionOf, newestFirst } from './editions';
import type { SiteData } from '../schemas/edition';

function byEdition<T extends { id: string }>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(editionOf(entry), [...(groups.get(editionOf(entry)) ?? []), entry]);
  return groups;
}

async function loadPlans(): Promise<Map<string, Plan>> {
  const [settings, reports, notices, sections, categories, items, units] = await Promise.all([
    getCollection('editions'),
    getCollection('report'),
    getCollection('notice'),
    getCollection('plan'),
    getCollection('categories'),
    getCollection('items'),
    getCollection('units'),
  ]);
  const problems: ContentProblem[] = [];
  const years = newestFirst(settings.map(editionOf));
  if (years.length === 0) {
    problems.push({
      file: `${contentDir}/`,
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
        file: `${contentDir}/${year}/report.yaml`,
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
        file: `${contentDir}/${year}/edition.yaml`,
        field: '文件',
        value: `文件夹 ${year} 有内容，却没有 edition.yaml`,
        allowed: '每个年度文件夹都有 edition.yaml（从上一年度复制后修改）',
      });
    }
  }
  // A folder that is not a year (a copy named “2024 - 副本”) would silently not be published.
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !/^\d{4}$/.test(entry.name)) {
      problems.push({
        file: `${contentDir}/${entry.name}/`,
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
        file: editions.map((y) => `${contentDir}/${y}/notice.mdx`).join('、'),
        field: 'documentNumber',
        value: `文号“${number}”在 ${editions.join('、')} ${editions.length} 个年度重复`,
        allowed: '每个年度的通知有自己的文号：复制上一年度文件夹后，请改为本年度通知的文号',
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return plans;
}

let cached: Promise<Map<string, Plan>> | undefined;
const plans = () => (cached ??= loadPlans());

/** Every edition's plan, newest first. */
export async function getPlans(): Promise<Plan[]> {
  return [...(await plans()).values()];
}

/** One edition's plan; throws for a year that has no edition. */
export async function getPlan(edition: string): Promise<Plan> {
  const plan = (await plans()).get(edition);
  if (!plan) throw new Error(`没有 ${edition} 年度（content/${edition}/）`);
  return plan;
}

/** The current edition: the newest year. The site's home shows it. */
export async function getCurrentPlan(): Promise<Plan> {
  return (await getPlans())[0];
}

/** getStaticPaths for pages of every edition: /<year>/… */
export async function editionStaticPaths(): Promise<{ params: { edition: string }; props: { plan: Plan } }[]> {
  return (await getPlans()).map((plan) => ({ params: { edition: plan.edition.year }, props: { plan } }));
}

let site: Promise<SiteData> | undefined;
/** content/site.yaml: the site's name across editions. */
export function getSite(): Promise<SiteData> {
  site ??= getCollection('site').then(([entry]) => {
    if (!entry) {
      throw new ContentError([
        { file: `${contentDir}/site.yaml`, field: '文件', value: '缺少网站设置文件', allowed: '含 name、district、description 三项' },
      ]);
    }
    return entry.data;
  });
  return site;
}

/**
 * getStaticPaths for the pages an edition has one of per item, unit, file…: `pages(plan)`
 * lists them for one edition; each gets the edition in its params and the plan in its props.
 */
export async function perEditionStaticPaths<P extends Record<string, string>, Q extends object>(
  pages: (plan: Plan) => { params: P; props: Q }[] | Promise<{ params: P; props: Q }[]>,
): Promise<{ params: P & { edition: string }; props: Q & { plan: Plan } }[]> {
  const all = [];
  for (const plan of await getPlans()) {
    for (const { params, props } of await pages(plan)) {
      all.push({ params: { ...params, edition: plan.edition.year }, props: { ...props, plan } });
    }
  }
  return all;
}
