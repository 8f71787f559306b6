/**
 * Which content files are behind which page of an edition: the one rule for 更新日期 and
 * for the pages a commit lists on the 修订记录 page.
 *
 * - `own`: the files that are this page's own text (an item's file for its page, notice.mdx
 *   for the notice). The 修订记录 page lists a commit under the pages whose own files it changed.
 * - `shows`: files of other pages whose words this page shows too (a unit page shows its
 *   items' texts and the unit names of units.yaml; an item page its category's heading).
 * A page's 更新日期 is the newest commit that changed any of its own or shown files.
 *
 * The header and footer (site.yaml, edition.yaml's name and footer) do not count: they are
 * the same on every page. The original (source.txt) and the search terms are not shown.
 * Paths are relative to the content folder: a file (`2024/items/01.mdx`), a folder ending
 * in / (`2024/slogans/`), or a Markdown entry without its extension (`2024/categories/outline`,
 * which matches .md and .mdx).
 */
import path from 'node:path';
import { headingLabel } from '../../labels';
import { ui } from '../../site';
import type { Plan } from '../plan';
import { collectionPath } from '../collections';

/** Shared by every edition: the unit registry (unit names on the pages). */
export const UNITS_FILE = collectionPath('units');

export interface PageSource {
  url: string;
  /** A neutral label for links to the page. */
  label: string;
  own: string[];
  shows: string[];
}

/** A content file and a source path name the same file (or the file lies in the source's folder). */
export function sourceMatches(source: string, file: string): boolean {
  if (source.endsWith('/')) return file.startsWith(source);
  return file === source || file.replace(/\.mdx?$/, '') === source;
}

export const pageUses = (page: PageSource, file: string): boolean =>
  [...page.own, ...page.shows].some((source) => sourceMatches(source, file));

export const pageOwns = (page: PageSource, file: string): boolean => page.own.some((source) => sourceMatches(source, file));

/** An entry's file relative to the content folder: its filePath, else its edition folder and name. */
function entryFile(entry: { id: string; filePath?: string }, folder: string, contentDir: string): string {
  if (entry.filePath) return path.relative(path.resolve(contentDir), path.resolve(entry.filePath)).split(path.sep).join('/');
  const [year, ...name] = entry.id.split('/');
  return [year, folder, ...name].filter(Boolean).join('/');
}

/** Every page of the edition that shows content, with the files behind it. */
export function editionPageSources(plan: Plan, contentDir: string): PageSource[] {
  const { year, paths } = plan.edition;
  const notice = entryFile(plan.notice, '', contentDir);
  const planFiles = [plan.preamble, ...plan.sections].map((entry) => entryFile(entry, 'plan', contentDir));
  const itemFile = new Map(plan.items.map((item) => [item, entryFile(item.entry, 'items', contentDir)]));
  const categoryFile = new Map(plan.categories.map((category) => [category, `${collectionPath('categories', year)}${category.id}`]));
  const allItems = [...itemFile.values()];
  const allCategories = [...categoryFile.values()];
  const edition = collectionPath('editions', year);
  const report = collectionPath('report', year);
  const slogans = collectionPath('slogans', year);
  const returns = collectionPath('returns', year);
  return [
    {
      url: paths.home,
      label: ui.home,
      own: [edition],
      shows: [notice, ...planFiles, ...allCategories, ...allItems, slogans],
    },
    { url: paths.notice, label: ui.notice, own: [notice], shows: [] },
    { url: paths.plan, label: ui.plan, own: planFiles, shows: [notice, ...allCategories, ...allItems] },
    { url: paths.items, label: ui.items, own: [], shows: [...allItems, UNITS_FILE] },
    ...plan.items.map((item) => ({
      url: item.url,
      label: ui.itemNumber(item.number),
      own: [itemFile.get(item)!],
      shows: [categoryFile.get(item.category)!, UNITS_FILE, report],
    })),
    { url: paths.categories, label: ui.categories, own: [], shows: [...allCategories, ...allItems] },
    ...plan.categories.map((category) => ({
      url: category.url,
      label: headingLabel(category.heading),
      own: [categoryFile.get(category)!],
      shows: [...category.items.map((item) => itemFile.get(item)!), UNITS_FILE],
    })),
    { url: paths.units, label: ui.units, own: [UNITS_FILE], shows: allItems },
    ...plan.units.map((unit) => ({
      url: unit.url,
      label: unit.name,
      own: [],
      shows: [
        UNITS_FILE,
        report,
        returns,
        ...unit.items.flatMap((item) => [itemFile.get(item)!, categoryFile.get(item.category)!]),
      ],
    })),
    { url: paths.slogans, label: ui.slogans, own: [slogans], shows: [edition, ...planFiles] },
    { url: paths.report, label: ui.report, own: [report], shows: [UNITS_FILE, ...planFiles, returns] },
    { url: paths.results, label: ui.results, own: [returns], shows: [UNITS_FILE, ...allCategories, ...allItems] },
  ];
}

export interface Dated {
  date: Date;
  files: string[];
}

/** The newest commit (commits come newest first) that changed a file behind the page. */
export function lastChange<C extends Dated>(page: PageSource, commits: C[]): C | undefined {
  let newest: C | undefined;
  for (const commit of commits) {
    if (commit.files.some((file) => pageUses(page, file)) && (!newest || commit.date > newest.date)) newest = commit;
  }
  return newest;
}

/** The edition's commits, newest first, each with the pages whose own files it changed; others left out. */
export function editionChanges<C extends Dated>(pages: PageSource[], commits: C[]): { commit: C; pages: PageSource[] }[] {
  return commits
    .map((commit) => ({ commit, pages: pages.filter((page) => commit.files.some((file) => pageOwns(page, file))) }))
    .filter((change) => change.pages.length > 0)
    .sort((a, b) => b.commit.date.getTime() - a.commit.date.getTime());
}
