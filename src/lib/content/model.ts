/**
 * Every edition's plan from the collections' entries, and the checks that span files or
 * editions. Pure: it takes entries, however they were read, so the build (Astro's
 * collections) and the content check (the files read directly, ./read.ts) run the same
 * checks from the same code. The whole Edition of a year is ./edition.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { buildPlan, type Plan } from './plan';
import { ContentError, type ContentProblem } from '../content-error';
import { contentDir as defaultContentDir } from '../content-dir';
import { editionOf, newestFirst } from '../editions';
import type { CollectionName } from './collections';
import {
  documentNumberProblems,
  foldersNotYears,
  foldersWithoutEdition,
  missingReportProblem,
  noEditionProblem,
} from './checks/editions';

export { missingSite } from './checks/editions';

/** Entries as the collections give them: id, data, and for Markdown the body and file. */
export type Entries = { [N in CollectionName]: CollectionEntry<N>[] };
export type PlanEntries = Pick<Entries, 'editions' | 'report' | 'notice' | 'plan' | 'categories' | 'items' | 'units'>;

export function byEdition<T extends { id: string }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(editionOf(entry), [...(groups.get(editionOf(entry)) ?? []), entry]);
  return groups;
}

/**
 * Every edition's plan from the content's entries, newest first, with every check across
 * files and editions; the problems instead of throwing, so a caller can report them all
 * at once. `dir`: the content folder the entries come from (for messages and its folders).
 */
export function buildPlans(entries: PlanEntries, dir: string = defaultContentDir): { plans: Map<string, Plan>; problems: ContentProblem[] } {
  const { editions: settings, report: reports, notice: notices, plan: sections, categories, items, units } = entries;
  const problems: ContentProblem[] = [];
  const years = newestFirst(settings.map(editionOf));
  if (years.length === 0) problems.push(noEditionProblem(dir));
  const noticesBy = byEdition(notices);
  const sectionsBy = byEdition(sections);
  const categoriesBy = byEdition(categories);
  const itemsBy = byEdition(items);
  const plans = new Map<string, Plan>();
  for (const year of years) {
    const report = reports.find((r) => editionOf(r) === year);
    if (!report) problems.push(missingReportProblem(dir, year));
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
          contentDir: dir,
        }),
      );
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  problems.push(...foldersWithoutEdition(dir, years, [...noticesBy.keys(), ...itemsBy.keys()]));
  problems.push(...foldersNotYears(dir));
  problems.push(...documentNumberProblems(dir, notices));
  return { plans, problems };
}
