/**
 * Dates and history for the pages, from git, read once per build (src/lib/history/git-log.ts)
 * and matched to pages by src/lib/history/page-sources.ts. Without a usable history the
 * build says so once and the pages show no 更新日期; nothing is ever guessed.
 */
import { contentDir } from '../content-dir';
import { sitePaths } from '../paths';
import type { Plan } from '../plan';
import { getResults } from '../returns/get-returns';
import { ui } from '../site';
import { readContentHistory, type Commit, type ContentHistory } from './git-log';
import { editionChanges, editionPageSources, lastChange, type PageSource } from './page-sources';

let history: ContentHistory | undefined;
/** The content's history, read (and, when missing, warned about) once per build. */
export function getContentHistory(): ContentHistory {
  if (!history) {
    history = readContentHistory(contentDir);
    if (!history.available) console.warn(ui.historyWarning(history.reason));
  }
  return history;
}

const pagesCache = new Map<string, Promise<PageSource[]>>();
/** The edition's pages with their files; the results page only when it is published. */
function pagesOf(plan: Plan): Promise<PageSource[]> {
  const year = plan.edition.year;
  if (!pagesCache.has(year)) {
    pagesCache.set(
      year,
      getResults(plan).then((results) =>
        editionPageSources(plan, contentDir).filter((page) => results || page.url !== plan.edition.paths.results),
      ),
    );
  }
  return pagesCache.get(year)!;
}

/**
 * When the page at `url` last changed; undefined without history or for a page not built
 * from content. The site's home is the current edition's home.
 */
export async function pageUpdated(plan: Plan, url: string): Promise<Date | undefined> {
  const content = getContentHistory();
  if (!content.available) return undefined;
  const key = url === sitePaths.home ? plan.edition.paths.home : url;
  const page = (await pagesOf(plan)).find((p) => p.url === key);
  return page && lastChange(page, content.commits)?.date;
}

export interface EditionChange {
  commit: Commit;
  pages: PageSource[];
}

/** The edition's changes, newest first; undefined when this copy has no history. */
export async function getEditionChanges(plan: Plan): Promise<EditionChange[] | undefined> {
  const content = getContentHistory();
  if (!content.available) return undefined;
  return editionChanges(await pagesOf(plan), content.commits);
}
