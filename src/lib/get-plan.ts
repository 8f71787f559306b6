/**
 * Every edition's plan, loaded from the collections once per build and shared by every
 * page: getPlan(edition) for one year, getPlans() for all of them, newest first. The model
 * and its checks are src/lib/content-model.ts, which the content check runs too.
 */
import { getCollection } from 'astro:content';
import type { Plan } from './plan';
import { ContentError } from './content-error';
import { buildPlans, missingSite } from './content-model';
import type { SiteData } from '../schemas/edition';

async function loadPlans(): Promise<Map<string, Plan>> {
  const [editions, report, notice, plan, categories, items, units] = await Promise.all([
    getCollection('editions'),
    getCollection('report'),
    getCollection('notice'),
    getCollection('plan'),
    getCollection('categories'),
    getCollection('items'),
    getCollection('units'),
  ]);
  const { plans, problems } = buildPlans({ editions, report, notice, plan, categories, items, units });
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
      throw new ContentError([missingSite]);
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
