// @ts-check
/**
 * The search vocabulary's files. The build writes each edition's vocabulary as
 * /<year>/search-vocabulary.json (src/pages/[edition]/search-vocabulary.json.ts); the
 * search index step checks it against the index and moves it into the edition's search
 * bundle as vocabulary.json, where the search page fetches it with Pagefind. Its pinyin
 * goes to pinyin.json, fetched only for a query in Latin letters, and its traditional
 * characters to traditional.json, fetched only when a query finds nothing or only part.
 */
export const vocabularyDraft = 'search-vocabulary.json';
export const vocabularyFile = 'vocabulary.json';
export const pinyinFile = 'pinyin.json';
export const traditionalFile = 'traditional.json';

/**
 * The words pinyin.json points at, by position: unit names, key terms, synonyms' targets
 * (each once, in this order), from the vocabulary as written to vocabulary.json. The
 * file holds `{ pinyin: position }`, which is a third of the size of the words themselves.
 * @param {{ units: string[][], terms: string[], synonyms: Record<string, string> }} vocabulary
 * @returns {string[]}
 */
export const pinyinTargets = (vocabulary) => [
  ...new Set([...vocabulary.units.map(([name]) => name), ...vocabulary.terms, ...Object.values(vocabulary.synonyms)]),
];
