/** An edition's published returns at build time (the `returns` collection), once per edition. */
import { getCollection } from 'astro:content';
import { collectionSpecs } from '../collections';
import { hasFiles } from '../content-loaders';
import { editionOf } from '../editions';
import type { Plan } from '../plan';
import { getReport } from '../report/get-report';
import { buildResults, type EditionResults } from './model';

const cache = new Map<string, Promise<EditionResults | undefined>>();

/** undefined when the edition has no published returns. */
export function getResults(plan: Plan): Promise<EditionResults | undefined> {
  const year = plan.edition.year;
  // No edition has published returns yet: no collection to ask for (Astro would warn).
  if (!hasFiles(collectionSpecs.returns.source)) return Promise.resolve(undefined);
  if (!cache.has(year)) {
    cache.set(
      year,
      getCollection('returns').then((entries) => {
        const mine = entries.filter((e) => editionOf(e) === year);
        return mine.length === 0 || !plan.report ? undefined : buildResults(plan, getReport(plan).columns, mine);
      }),
    );
  }
  return cache.get(year)!;
}
