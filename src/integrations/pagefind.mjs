// @ts-check
/**
 * The search index, built as part of the one site build: after Astro has written every
 * page, Pagefind (its Node API, the extended binary with Chinese segmentation) indexes
 * the HTML in the output folder and writes /pagefind/ next to it. Any indexing problem
 * fails the build, so a site never ships without its search.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ContentError } from '../lib/content-error';
import { contentDir } from '../lib/content-dir';
import { pinyinFile, pinyinTargets, traditionalFile, vocabularyDraft, vocabularyFile } from '../lib/search-files.mjs';

/*
 * What the index leaves out is marked where it is rendered, with data-pagefind-ignore on
 * the element (Pagefind still reads filters and meta inside it), never by selectors here
 * pointing into other pages' markup. tests/site/search/index.test.ts checks the result in the
 * built index.
 *
 * The budget: a first search costs under 100 KB (gzip, cold cache), and about 68 KB of
 * that is Pagefind itself (pagefind.js, its WebAssembly, the metadata). Pagefind splits
 * its word index into chunks of about 20 000 word positions (hard-coded), and indexes
 * Chinese as words and character pairs, so a page costs about 3.5 positions a character.
 * The whole index has to stay in one chunk of about 25 KB, or a query whose words fall
 * in two chunks fetches both. So each text is indexed once, where it belongs:
 * - navigation (pagers, tables of contents, a unit's report downloads, “第N项详情”), and
 *   on item pages the category heading above the title and the responsible units below
 *   the text (the text names them; the filters stay);
 * - repeats of item titles and text on overview pages (home, item lists, categories,
 *   units, the full plan's items): each item only on its own page;
 * - page furniture: the units table, download tables and labels, quoted plan sentences,
 *   notes, the photo checker's form. The report page's practical facts (deadline,
 *   recipient, contents, the checklist with the photo and caption rules, the statistics
 *   table's columns) are indexed: people ask for them.
 */

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
 * The text Pagefind indexed for an edition: its fragments (gzip, a 12-byte signature,
 * JSON), without the zero-width spaces it puts between Chinese words.
 * @param {string} bundle
 */
async function indexedText(bundle) {
  const dir = path.join(bundle, 'fragment');
  const texts = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const json = JSON.parse(
        gunzipSync(await readFile(path.join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      );
      return `${json.content}\n${Object.values(json.meta ?? {}).join('\n')}`;
    }),
  );
  return texts.join('\n').replace(/\u200b/g, '');
}

/**
 * @typedef {{ units: string[][], synonyms: Record<string, string>, pinyin: Record<string, string>, terms: string[], traditional: string } & Record<string, unknown>} Vocabulary
 */

/**
 * Moves an edition's search vocabulary (written by the page build) into its bundle
 * (its pinyin and its traditional characters in files of their own),
 * keeping only the words its index holds: a synonym or a term that leads to nothing in
 * this edition is left out of it. Returns the words that were missing.
 * @param {string} outDir
 * @param {string} edition
 * @param {string} bundle
 * @returns {Promise<Set<string>>}
 */
async function moveVocabulary(outDir, edition, bundle) {
  const draft = path.join(outDir, edition, vocabularyDraft);
  // A site without one (a test's few pages) searches without a vocabulary.
  if (!existsSync(draft)) return new Set();
  /** @type {Vocabulary} */
  const vocabulary = JSON.parse(await readFile(draft, 'utf8'));
  const text = await indexedText(bundle);
  /** @type {Set<string>} */
  const missing = new Set();
  for (const table of [vocabulary.synonyms, vocabulary.pinyin]) {
    for (const [word, target] of Object.entries(table)) {
      if (!text.includes(target)) {
        missing.add(target);
        delete table[word];
      }
    }
  }
  for (const term of vocabulary.terms) if (!text.includes(term)) missing.add(term);
  vocabulary.terms = vocabulary.terms.filter((term) => text.includes(term));
  const { pinyin, traditional, ...rest } = vocabulary;
  await writeFile(path.join(bundle, vocabularyFile), JSON.stringify(rest));
  const targets = pinyinTargets(rest);
  const positions = Object.fromEntries(Object.entries(pinyin).map(([key, word]) => [key, targets.indexOf(word)]));
  await writeFile(path.join(bundle, pinyinFile), JSON.stringify(positions));
  await writeFile(path.join(bundle, traditionalFile), JSON.stringify(traditional));
  await rm(draft);
  return missing;
}

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
    /** Words of the search vocabulary missing from each edition's index. @type {Set<string>[]} */
    const missing = [];
    for (const [edition, files] of byEdition) {
      const { index, errors } = await pagefind.createIndex();
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
      missing.push(await moveVocabulary(outDir, edition, outputPath));

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
    // A word of the vocabulary that is in no edition's index leads nowhere: a content problem.
    const nowhere = [...(missing[0] ?? [])].filter((word) => missing.every((m) => m.has(word)));
    if (nowhere.length > 0) {
      throw new ContentError(
        nowhere.map((word) => ({
          file: `${contentDir}/search-terms.yaml`,
          field: 'synonyms.target / keyTerms',
          value: `“${word}”不在任何年度的搜索索引中，搜到它什么也找不到`,
          allowed: '网站页面上出现的词语（方案原文、报送要求等的写法）：改为原文的写法，或删去这一条',
        })),
      );
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
