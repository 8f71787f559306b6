import { getCollection } from 'astro:content';
import { buildPlan, type Plan } from './plan';

let cached: Promise<Plan> | undefined;

/** The plan, loaded from the collections once per build and shared by every page. */
export function getPlan(): Promise<Plan> {
  cached ??= (async () =>
    buildPlan({
      notice: await getCollection('notice'),
      plan: await getCollection('plan'),
      categories: await getCollection('categories'),
      items: await getCollection('items'),
      units: await getCollection('units'),
    }))();
  return cached;
}
