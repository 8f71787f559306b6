/**
 * Every URL of the site in one place, built from the edition and the base path, so links
 * and pages cannot drift apart. An edition's pages live under /<year>/; the search page,
 * the list of editions and the font licence are the site's own.
 */
import { base, withBase } from './base';
import { pinyinFile, traditionalFile, vocabularyFile } from './search-files.mjs';

export { base, withBase };

/** Pages of the site as a whole. `home` shows the current edition. */
export const sitePaths = {
  home: base,
  search: withBase('search/'),
  editions: withBase('editions/'),
  fontLicence: withBase('posters/OFL.txt'),
  sitemap: withBase('sitemap-index.xml'),
  favicon: withBase('favicon.svg'),
  textSizeScript: withBase('scripts/text-size.js'),
  /** An edition's search bundle (src/integrations/pagefind.mjs writes one per edition). */
  searchBundle: (edition: string) => withBase(`pagefind/${edition}/`),
  /** An edition's search vocabulary, in its bundle (src/lib/search-files.mjs). */
  searchVocabulary: (edition: string) => withBase(`pagefind/${edition}/${vocabularyFile}`),
  /** Its pinyin, fetched only for a query in Latin letters. */
  searchPinyin: (edition: string) => withBase(`pagefind/${edition}/${pinyinFile}`),
  /** Its traditional characters, fetched only when a query finds nothing or only part. */
  searchTraditional: (edition: string) => withBase(`pagefind/${edition}/${traditionalFile}`),
} as const;

/** Reserved: a unit id must not take the name of the combined workbook. */
export const reservedReportNames = ['all-units'] as const;

export function editionPaths(edition: string) {
  const root = withBase(`${edition}/`);
  const posters = `${root}posters/`;
  return {
    home: root,
    notice: `${root}notice/`,
    plan: `${root}plan/`,
    items: `${root}items/`,
    item: (number: number) => `${root}items/${number}/`,
    categories: `${root}categories/`,
    category: (id: string) => `${root}categories/${id}/`,
    units: `${root}units/`,
    unit: (id: string) => `${root}units/${id}/`,
    slogans: `${root}slogans/`,
    report: `${root}report/`,
    results: `${root}results/`,
    /** 修订记录: the edition's content changes, from git. */
    history: `${root}history/`,
    posters,
    unitXlsx: (unitId: string) => `${root}report/${unitId}.xlsx`,
    unitCsv: (unitId: string) => `${root}report/${unitId}.csv`,
    allUnitsXlsx: `${root}report/all-units.xlsx`,
    data: {
      items: `${root}data/items.json`,
      units: `${root}data/units.json`,
      assignments: `${root}data/assignments.csv`,
    },
  };
}

export type EditionPaths = ReturnType<typeof editionPaths>;
