/**
 * One edition's plan as one model, built from the content collections: items in order
 * with their category and units, units with their items. Pure: it takes plain entries of
 * one edition, so tests can feed it fixtures (src/lib/content/model.ts picks the entries
 * of each edition). Each check the schemas cannot express lives in ./checks/, by concern.
 */
import type { CollectionEntry } from 'astro:content';
import { headingLabel } from '../labels';
import { ContentError, type ContentProblem } from '../content-error';
import { contentDir as defaultContentDir } from '../content-dir';
import { editionPaths, type EditionPaths } from '../paths';
import { localId } from '../editions';
import { normaliseUnitName } from '../unit-names';
import type { EditionData } from '../../schemas/edition';
import type { ReportData } from '../../schemas/report';
import { unitRegistry } from './checks/units';
import { numberingProblems, readItems } from './checks/items';
import { noticeProblems } from './checks/notice';
import { sectionProblems } from './checks/sections';
import { reportDateProblems, reportTableProblems } from './checks/report';

export { namesInYear } from './checks/units';
export { UNITS_LINE, unitsLineOf } from './checks/items';

export type Entry<C extends 'notice' | 'plan' | 'categories' | 'items' | 'units'> = CollectionEntry<C>;

export interface PlanInput {
  /** The edition's year, its folder's name. */
  edition: string;
  /** content/<year>/edition.yaml; defaults apply when a test leaves it out. */
  settings?: EditionData;
  /** content/<year>/report.yaml. */
  report?: ReportData;
  /** Whether a newer edition exists (so this one is past whatever it says). */
  superseded?: boolean;
  notice: Entry<'notice'>[];
  plan: Entry<'plan'>[];
  categories: Entry<'categories'>[];
  items: Entry<'items'>[];
  /** The whole registry (content/units.yaml), shared by every edition. */
  units: Entry<'units'>[];
  /** The content folder, for messages; default the one being built (src/lib/content-dir.ts). */
  contentDir?: string;
}

/** An edition's settings and addresses (edition.yaml), as every page of it shows them. */
export interface EditionInfo {
  /** The year, as in content/<year>/ and the URLs. */
  year: string;
  name: string;
  fullName: string;
  description: string;
  footer: string;
  /** A past year's plan: marked past, or older than the newest edition. */
  past: boolean;
  /** Older than the newest edition (which the site's home shows). */
  superseded: boolean;
  /** Words of the plan's paragraph on slogans, quoted on the slogans page. */
  slogansMarker?: string;
  /** The office's note on the slogans page. */
  slogansNote?: string;
  /** The results page lists which units have reported (edition.yaml showReportStatus). */
  showReportStatus: boolean;
  paths: EditionPaths;
}

export interface Unit {
  id: string;
  name: string;
  aliases: string[];
  /** The name first, then every other form the source uses. */
  names: string[];
  url: string;
  items: Item[];
  /** Items this unit carries alone. */
  soleItems: Item[];
  /** Items it shares with other units. */
  sharedItems: Item[];
}

export interface Category {
  id: string;
  order: number;
  heading: string;
  /** The heading without its ordinal, for breadcrumbs and other labels (src/lib/labels.ts). */
  label: string;
  shortTitle: string;
  url: string;
  items: Item[];
}

export interface Item {
  number: number;
  id: string;
  title: string;
  url: string;
  category: Category;
  units: Unit[];
  /** The unit names as the item's own text writes them. */
  unitNamesAsWritten: string[];
  entry: Entry<'items'>;
  previous?: Item;
  next?: Item;
}

export interface Plan {
  edition: EditionInfo;
  /** The reporting requirement and table settings of this edition. */
  report: ReportData | undefined;
  notice: Entry<'notice'>;
  /** The plan's title (its heading) and opening paragraph. */
  preamble: Entry<'plan'>;
  /** The sections after the preamble, in order; one of them (kind items) holds the items. */
  sections: Entry<'plan'>[];
  categories: Category[];
  items: Item[];
  units: Unit[];
  unitByName(name: string): Unit | undefined;
  itemByNumber(number: number): Item | undefined;
}

/** A paragraph of the plan's own text, quoted word for word, and the section it stands in. */
export interface PlanQuote {
  text: string;
  heading: string;
  anchor: string;
}

/**
 * The paragraph of the plan's sections that contains `marker`, for pages that quote the
 * plan (the slogans page, the report page) instead of keeping their own copy of it.
 * Throws when no paragraph has it, rather than quoting something else.
 */
export function quotePlan(plan: Pick<Plan, 'preamble' | 'sections'> & { edition?: Pick<EditionInfo, 'year'> }, marker: string, dir: string = defaultContentDir): PlanQuote {
  for (const section of [plan.preamble, ...plan.sections]) {
    const paragraph = section.body?.split(/\n\s*\n/).find((p) => p.includes(marker));
    if (paragraph) return { text: paragraph.trim(), heading: section.data.heading, anchor: section.data.anchor };
  }
  throw new ContentError([
    {
      file: `${dir}/${plan.edition?.year ?? '<年份>'}/plan/`,
      field: '正文',
      value: `没有含“${marker}”的段落，而网站要逐字引用这一段`,
      allowed: '保留方案原文中的这一段',
    },
  ]);
}

export function buildPlan(input: PlanInput): Plan {
  const year = input.edition;
  const root = input.contentDir ?? defaultContentDir;
  const dir = `${root}/${year}`;
  const unitsFile = `${root}/units.yaml`;
  const reportFile = `${dir}/report.yaml`;
  const paths = editionPaths(year);
  const settings = input.settings;
  const edition: EditionInfo = {
    year,
    name: settings?.name ?? year,
    fullName: settings?.fullName ?? year,
    description: settings?.description ?? '',
    footer: settings?.footer ?? '',
    past: Boolean(settings?.past || input.superseded),
    superseded: Boolean(input.superseded),
    slogansMarker: settings?.slogansMarker,
    slogansNote: settings?.slogansNote,
    showReportStatus: settings?.showReportStatus ?? false,
    paths,
  };

  // Units: every name and alias of this year must point at exactly one unit.
  const { registry, unitByName, problems } = unitRegistry(input.units, year, paths, unitsFile);
  const allUnitNames = registry.flatMap((unit) => unit.names);

  const categories: Category[] = input.categories
    .map((entry) => ({
      id: localId(entry),
      order: entry.data.order,
      heading: entry.data.heading,
      label: headingLabel(entry.data.heading),
      shortTitle: entry.data.shortTitle,
      url: paths.category(localId(entry)),
      items: [] as Item[],
    }))
    .sort((a, b) => a.order - b.order);

  // Items: category and units must exist, the text must carry its own number and units.
  const read = readItems(input.items, { year, dir, unitsFile, paths, categories, unitByName, allUnitNames });
  const items = read.items;
  problems.push(...read.problems);
  problems.push(...numberingProblems(input.items, dir));
  problems.push(...noticeProblems(input.notice, dir, year));
  if (input.report) problems.push(...reportDateProblems(input.report, reportFile, year));
  const sections = [...input.plan].sort((a, b) => a.data.order - b.data.order);
  problems.push(...sectionProblems(sections, dir));
  if (input.report) problems.push(...reportTableProblems(input.report, reportFile));

  if (problems.length > 0) throw new ContentError(problems as ContentProblem[]);

  items.sort((a, b) => a.number - b.number);
  items.forEach((item, i) => {
    item.previous = items[i - 1];
    item.next = items[i + 1];
    item.category.items.push(item);
    for (const unit of item.units) {
      unit.items.push(item);
      (item.units.length === 1 ? unit.soleItems : unit.sharedItems).push(item);
    }
  });

  // An edition's units are the registry's units that carry its items, in registry order.
  const units = registry.filter((unit) => unit.items.length > 0);

  return {
    edition,
    report: input.report,
    notice: input.notice[0],
    preamble: sections[0],
    sections: sections.slice(1),
    categories,
    items,
    units,
    unitByName: (name) => unitByName.get(normaliseUnitName(name)),
    itemByNumber: (number) => items.find((item) => item.number === number),
  };
}
