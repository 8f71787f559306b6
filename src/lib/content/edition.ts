/**
 * One Edition per year: everything the site and the office's scripts know of it, built
 * once from the content's entries by `buildEditions`, whichever reader gave them (Astro's
 * collections in the build, ./get-edition.ts; the files read straight from disk by the
 * scripts, ./disk.ts). Checks every file against the others on the way; the problems are
 * returned, not thrown, so the content check can list them all.
 *
 * The content layer ends here: what pages, posters, workbooks and search make of an
 * Edition is theirs (src/lib/report/, posters/, returns/, search-vocabulary.ts…), and
 * they import this, never the reverse.
 */
import type { SearchTermsData } from '../../schemas/search-terms';
import type { SiteData } from '../../schemas/edition';
import { ContentError, type ContentProblem } from '../content-error';
import { contentDir as defaultContentDir } from '../content-dir';
import { buildPlans, byEdition, missingSite, type Entries } from './model';
import { inListOrder } from './collections';
import { quotePlan, type Plan, type PlanQuote } from './plan';
import { buildEditionReport, type EditionReport } from './report';
import { sloganOf, sortSlogans, type Slogan } from './slogans';
import { buildResults, type EditionResults } from './returns';
import { unitForms } from './checks/search-terms';
import { missingPhotos } from './checks/returns';
import { editionPageSources, type PageSource } from './history/page-sources';

export interface Edition {
  /** The year, as in content/<year>/ and the URLs. */
  year: string;
  /** Items, units (with the year's names) and categories, linked both ways; the edition's settings in plan.edition. */
  plan: Plan;
  /** The reporting requirement and its table (report.yaml), with the plan's sentence on it. */
  report: EditionReport;
  /** The slogans, in page order. */
  slogans: Slogan[];
  /** The plan's paragraph on slogans and posters (edition.yaml's slogansMarker), word for word. */
  slogansSentence: PlanQuote | undefined;
  /** The published returns; undefined until there are any. */
  results: EditionResults | undefined;
  /** content/search-terms.yaml with each of the edition's units and every form of its name. */
  searchTerms: { data: SearchTermsData; unitForms: Map<string, Set<string>>; registryIds: string[] } | undefined;
  /** The edition's pages built from content, with the files behind each (for 更新日期 and 修订记录). */
  pages: PageSource[];
  /** The content folder it was read from. */
  contentDir: string;
}

export interface BuildOptions {
  /** The content folder the entries come from; default the one being built (src/lib/content-dir.ts). */
  contentDir?: string;
  /**
   * More checks of a slogan by what is made of it (the content check passes the posters'
   * check: every character in the font, the text fits). The content layer knows no output.
   */
  sloganProblems?: (slogan: Slogan, plan: Plan) => ContentProblem[];
}

export interface BuiltEditions {
  /** Newest first. */
  editions: Map<string, Edition>;
  site: SiteData | undefined;
  problems: ContentProblem[];
}

/** The value `run` makes, or undefined with its ContentError's problems added to `problems`. */
function collect<T>(problems: ContentProblem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
    return undefined;
  }
}

/** Every edition from the content's entries, with every check the content must pass. */
export function buildEditions(entries: Entries, options: BuildOptions = {}): BuiltEditions {
  const dir = options.contentDir ?? defaultContentDir;
  const { plans, problems } = buildPlans(entries, dir);
  const [site] = entries.site;
  if (!site) problems.push(missingSite(dir));
  const [terms] = entries.searchTerms;
  const registryIds = inListOrder(entries.units).map((u) => u.data.id);
  const slogansBy = byEdition(entries.slogans);
  const returnsBy = byEdition(entries.returns);
  const editions = new Map<string, Edition>();
  for (const plan of plans.values()) {
    const year = plan.edition.year;
    const before = problems.length;
    const report = plan.report && collect(problems, () => buildEditionReport(plan, plan.report!, dir));
    const marker = plan.edition.slogansMarker;
    const slogansSentence = marker ? collect(problems, () => quotePlan(plan, marker, dir)) : undefined;
    let searchTerms: Edition['searchTerms'];
    if (terms) {
      const { forms, problems: termProblems } = unitForms(plan, terms.data, registryIds, dir);
      problems.push(...termProblems);
      searchTerms = { data: terms.data, unitForms: forms, registryIds };
    }
    const slogans = (slogansBy.get(year) ?? []).map((entry) => sloganOf(entry, plan));
    if (options.sloganProblems) for (const slogan of slogans) problems.push(...options.sloganProblems(slogan, plan));
    const returns = returnsBy.get(year) ?? [];
    for (const entry of returns) problems.push(...missingPhotos(entry, dir));
    const results =
      returns.length > 0 && plan.report ? collect(problems, () => buildResults(plan, plan.report!.columns, returns, dir)) : undefined;
    if (!report || problems.length > before) continue;
    editions.set(year, {
      year,
      plan,
      report,
      slogans: sortSlogans(slogans),
      slogansSentence,
      results,
      searchTerms,
      pages: editionPageSources(plan, dir).filter((page) => results || page.url !== plan.edition.paths.results),
      contentDir: dir,
    });
  }
  return { editions, site: site?.data, problems };
}

/** The edition of `year` in `editions`; throws for a year that has none. */
export function editionOfYear(editions: ReadonlyMap<string, Edition>, year: string): Edition {
  const edition = editions.get(year);
  if (!edition) throw new Error(`没有 ${year} 年度（content/${year}/）`);
  return edition;
}
