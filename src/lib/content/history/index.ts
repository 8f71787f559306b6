/**
 * Dates and history for the pages, from git, read once per content folder
 * (./git-log.ts) and matched to an edition's pages (`edition.pages`, ./page-sources.ts).
 * Without a usable history the build says so once and the pages show no 更新日期;
 * nothing is ever guessed.
 */
import { contentDir as defaultContentDir } from '../../content-dir';
import { sitePaths } from '../../paths';
import { ui } from '../../site';
import type { Edition } from '../edition';
import { readContentHistory, type Commit, type ContentHistory } from './git-log';
import { editionChanges, lastChange, type PageSource } from './page-sources';

const histories = new Map<string, ContentHistory>();
/** The content folder's history, read (and, when missing, warned about) once. */
export function getContentHistory(dir: string = defaultContentDir): ContentHistory {
  let history = histories.get(dir);
  if (!history) {
    history = readContentHistory(dir);
    if (!history.available) console.warn(ui.historyWarning(history.reason));
    histories.set(dir, history);
  }
  return history;
}

/**
 * When the page at `url` last changed; undefined without history or for a page not built
 * from content. The site's home is the current edition's home.
 */
export function pageUpdated(edition: Edition, url: string): Date | undefined {
  const content = getContentHistory(edition.contentDir);
  if (!content.available) return undefined;
  const { paths } = edition.plan.edition;
  const key = url === sitePaths.home ? paths.home : url;
  const page = edition.pages.find((p) => p.url === key);
  return page && lastChange(page, content.commits)?.date;
}

export interface EditionChange {
  commit: Commit;
  pages: PageSource[];
}

/** The edition's changes, newest first; undefined when this copy has no history. */
export function getEditionChanges(edition: Edition): EditionChange[] | undefined {
  const content = getContentHistory(edition.contentDir);
  if (!content.available) return undefined;
  return editionChanges(edition.pages, content.commits);
}
