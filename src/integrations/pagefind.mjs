// @ts-check
/**
 * The search index, built as part of the one site build: after Astro has written every
 * page, Pagefind (its Node API, the extended binary with Chinese segmentation) indexes
 * the HTML in the output folder and writes /pagefind/ next to it. Any indexing problem
 * fails the build, so a site never ships without its search.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Parts of <main> that are not the page's own content, left out of the index.
 *
 * The budget: a first search costs under 100 KB (gzip, cold cache), and about 68 KB of
 * that is Pagefind itself (pagefind.js, its WebAssembly, the metadata). Pagefind splits
 * its word index into chunks of about 20 000 word positions (hard-coded), and indexes
 * Chinese as words and character pairs, so a page costs about 3.5 positions a character.
 * The whole index has to stay in one chunk of about 25 KB, or a query whose words fall
 * in two chunks fetches both (it was 25.6 + 17.8 KB, 33 000 positions). So each text is
 * indexed once, where it belongs; the rest is left out (scripts/bench-search.mjs has
 * the figures):
 * - navigation: tables of contents, pagers; a unit's report downloads; the plan's
 *   “第N项详情” links; on item pages the category heading above the title (the category
 *   stays in the result's meta and filter) and the responsible units below the text
 *   (the text names them; filters keep working, Pagefind reads filters and meta in
 *   excluded parts);
 * - repeats of item titles and text: every item list (home, all items, categories),
 *   the items on category, unit and full-plan pages. A unit page is found by its name,
 *   aliases and summary, a category page by its heading, the plan by its own text;
 *   each item only on its own page, so no overview page outranks it;
 * - page furniture: the units table and busiest units on /units/; on /report/ the plan
 *   sentence it quotes (on /plan/), the key facts the checklist repeats, the notes on
 *   it, the table notes and columns, the 30-row download table, the photo checker's
 *   labels, the office command; on /slogans/ the quoted plan sentence, the posters'
 *   download labels and the file notes; on the home page the poster links and the
 *   category list. Headings stay, so each overview page is found for its subject.
 */
export const excludeSelectors = [
  'nav',
  '.item-pager',
  '.unit-report',
  '.item-more',
  // Item pages: category heading and responsible units (filters and meta are kept).
  '.item > .category',
  '.responsible',
  // Item titles and text repeated on overview pages.
  '.item-list',
  '.category-item',
  '.unit-item',
  '.plan-item [data-item-text]',
  // /units/
  '.unit-table',
  '.leading',
  // /report/
  '.source',
  '.key-facts',
  '[aria-labelledby="checklist-title"] .hint',
  '[aria-labelledby="tables-title"] p',
  '.columns',
  '.unit-tables',
  '.photo-checker p',
  '.checker-form',
  '[data-caption-rule]',
  '[aria-labelledby="office-title"] p',
  '[aria-labelledby="data-title"] ul',
  // /slogans/ (also .source above)
  '.posters',
  '.notes ul',
  // home page
  '.hero-poster',
  '.categories',
  '[aria-labelledby="home-units"] p',
];

// Pages whose content is searchable carry data-pagefind-body (the layout's <main>);
// pages that are not content (the 404, the search page itself) leave it off.
const searchableBody = /\sdata-pagefind-body[\s>=]/;

/**
 * The HTML files under `dir`, as paths relative to it with forward slashes.
 * @param {string} dir
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/**
 * The URL a static host serves a file at: `items/3/index.html` is /items/3/.
 * @param {string} file
 * @param {string} [base] the site's base path, with slashes at both ends
 */
const urlOf = (file, base = '/') => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The language the whole site is written in, as Pagefind names its index. */
export const expectedLanguage = 'zh-cn';

/**
 * @param {string[] | undefined} errors
 * @param {string} step
 */
function failOn(errors, step) {
  if (errors && errors.length > 0) {
    throw new Error(`Pagefind ${step} 失败，搜索索引未生成：\n  ${errors.join('\n  ')}`);
  }
}

/** Where an edition's search bundle goes, inside the built folder: pagefind/<year>/ (src/lib/paths.ts). */
export const bundleDir = (/** @type {string} */ outDir, /** @type {string} */ edition) => path.join(outDir, 'pagefind', edition);

/**
 * Indexes the built site in `outDir`, one index per edition: the pages under <year>/ go
 * into `outDir/pagefind/<year>/`, so a first search fetches one edition's index, however
 * many years the site holds (the search page merges them for 全部年度). Pages outside an
 * edition (the site's home, which repeats the current edition's, the list of years) are
 * in none. Throws on any error, on an edition with no page in its index, and when the
 * pages were not indexed as Chinese (no segmentation).
 * @param {string} outDir
 * @param {string} [base]
 * @returns {Promise<{ pages: number, editions: Record<string, { pages: number, languages: Record<string, { page_count: number }> }> }>}
 */
export async function buildSearchIndex(outDir, base = '/') {
  try {
    /** @type {Map<string, string[]>} */
    const byEdition = new Map();
    for (const file of await htmlFiles(outDir)) {
      const edition = file.split('/')[0];
      if (!/^\d{4}$/.test(edition) || file === edition) continue;
      byEdition.set(edition, [...(byEdition.get(edition) ?? []), file]);
    }
    if (byEdition.size === 0) throw new Error(`Pagefind 在 ${outDir} 中没有找到任何年度的页面`);

    /** @type {Record<string, { pages: number, languages: Record<string, { page_count: number }> }>} */
    const editions = {};
    let pages = 0;
    for (const [edition, files] of byEdition) {
      const { index, errors } = await pagefind.createIndex({ excludeSelectors });
      failOn(errors, '创建索引');
      if (!index) throw new Error('Pagefind 创建索引失败：没有返回索引');

      // Every content page; not the 404 or the search page, which have no searchable body.
      let pageCount = 0;
      for (const file of files) {
        const content = await readFile(path.join(outDir, file), 'utf8');
        if (!searchableBody.test(content)) continue;
        const added = await index.addHTMLFile({ url: urlOf(file, base), content });
        failOn(added.errors, `读取页面 ${file}`);
        pageCount++;
      }
      if (pageCount === 0) throw new Error(`Pagefind 在 ${outDir}/${edition}/ 中没有找到可索引的页面`);

      const outputPath = bundleDir(outDir, edition);
      const written = await index.writeFiles({ outputPath });
      failOn(written.errors, '写入索引');

      const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
      /** @type {Record<string, { page_count: number }>} */
      const languages = entry.languages ?? {};
      if (!languages[expectedLanguage]) {
        throw new Error(
          `${edition} 年度的搜索索引中没有中文（${expectedLanguage}）部分，而是：${Object.keys(languages).join('、') || '无'}。` +
            '请确认页面带有 <html lang="zh-CN">，否则中文不会分词，搜索将找不到词语。',
        );
      }
      editions[edition] = { pages: pageCount, languages };
      pages += pageCount;
    }
    return { pages, editions };
  } finally {
    await pagefind.close();
  }
}

/** @returns {import('astro').AstroIntegration} */
export function pagefindIntegration() {
  let base = '/';
  return {
    name: 'quality-month:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages, editions } = await buildSearchIndex(outDir, base);
        const summary = Object.entries(editions)
          .map(([edition, e]) => `${edition}年 ${e.pages} 页`)
          .join('，');
        logger.info(`搜索索引已生成：共 ${pages} 页（${summary}）`);
      },
    },
  };
}
