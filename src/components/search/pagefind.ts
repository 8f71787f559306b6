/**
 * Pagefind's search API, loaded on first use: nothing of it is fetched until a person
 * starts to search (focus or typing in the box, or a URL that already holds a search).
 * The index, the WebAssembly and the fragments all come from this site's pagefind/<year>/,
 * one bundle per edition.
 */
import { sitePaths } from '../../lib/paths';
import { emptyVocabulary, type Vocabulary } from './query';
import { pinyinTargets } from '../../lib/search-files.mjs';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
  preload(query: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/**
 * Ranking for this site, checked by tests/browser/search/ranking.test.ts. Each item's text is
 * indexed once, on its own page (overview pages' repeats are left out of the index in
 * src/integrations/pagefind.mjs), so items come first for their words. Pagefind's length
 * penalty (pageLength 0.75, its default) and a little less saturation (1.2, default 1.4)
 * keep a page that repeats a word from outranking the page that is about it. A unit's page comes first for its own name
 * through search.ts (unitNamedBy), not through ranking.
 */
export const ranking = {
  pageLength: 0.75,
  termFrequency: 1.0,
  termSaturation: 1.2,
};

const loading = new Map<string, Promise<PagefindApi>>();

/** The script of an edition's search bundle, under the site's base path. */
export const pagefindUrl = (edition: string) => `${sitePaths.searchBundle(edition)}pagefind.js`;

/**
 * Pagefind over the given editions' indexes: the first edition's bundle, with the others
 * merged into it (mergeIndex) for a search across years. Each set of editions is its own
 * Pagefind instance (a merged one is loaded under its own URL, so merging never changes
 * the single-year instance); each is loaded once.
 */
export function loadPagefind(editions: readonly string[]): Promise<PagefindApi> {
  const key = editions.join(',');
  let api = loading.get(key);
  if (!api) {
    api = (async () => {
      const [first, ...others] = editions;
      const url = others.length ? `${pagefindUrl(first)}?editions=${key}` : pagefindUrl(first);
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // On the main thread: the worker would be one more 12 KB file for a 70-page index.
      // The indexed URLs already carry the base path (src/integrations/pagefind.mjs); without
      // baseUrl '/', Pagefind would prefix the folder it was loaded from a second time.
      await pagefind.options({ ranking, excerptLength: 24, noWorker: true, baseUrl: '/' });
      for (const other of others) await pagefind.mergeIndex(sitePaths.searchBundle(other), { baseUrl: '/' });
      await pagefind.init();
      return pagefind;
    })();
    loading.set(key, api);
    // A failed load (offline, missing index) may be retried by the next search.
    api.catch(() => loading.delete(key));
  }
  return api;
}

const vocabularies = new Map<string, Promise<Vocabulary>>();
const pinyins = new Map<string, Promise<Record<string, number>>>();
const traditionals = new Map<string, Promise<string>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Fetched once per URL; a failed fetch may be retried by the next search. */
function once<T>(cache: Map<string, Promise<T>>, url: string): Promise<T> {
  let promise = cache.get(url);
  if (!promise) {
    promise = fetchJson<T>(url);
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
  }
  return promise;
}

/** pinyin.json's positions as the words they point at (src/lib/search-files.mjs). */
function wordsOf(positions: Record<string, number> | undefined, v: Vocabulary): Record<string, string> {
  const targets = pinyinTargets(v);
  return Object.fromEntries(Object.entries(positions ?? {}).map(([key, at]) => [key, targets[at]]));
}

/**
 * The search vocabulary of the given editions (src/lib/search-vocabulary.ts), merged for
 * a search across years. Its two maps only when asked: the pinyin for a query in Latin
 * letters, the traditional characters when a query found nothing or only part.
 */
export async function loadVocabulary(editions: readonly string[], maps: { pinyin: boolean; traditional: boolean }): Promise<Vocabulary> {
  // Without its vocabulary (not fetched), an edition is searched with the words as typed.
  const [own, pinyin, traditional] = await Promise.all([
    Promise.all(editions.map((e) => once(vocabularies, sitePaths.searchVocabulary(e)).catch(() => emptyVocabulary))),
    maps.pinyin ? Promise.all(editions.map((e) => once(pinyins, sitePaths.searchPinyin(e)).catch(() => ({})))) : [],
    maps.traditional ? Promise.all(editions.map((e) => once(traditionals, sitePaths.searchTraditional(e)).catch(() => ''))) : [],
  ]);
  return own.reduce<Vocabulary>(
    (all, v, i) => ({
      fillers: [...new Set([...all.fillers, ...v.fillers])].sort((a, b) => b.length - a.length),
      particles: all.particles + v.particles,
      districtPrefixes: [...new Set([...all.districtPrefixes, ...v.districtPrefixes])],
      units: [...all.units, ...v.units],
      synonyms: { ...v.synonyms, ...all.synonyms },
      terms: [...new Set([...all.terms, ...v.terms])],
      pinyin: { ...wordsOf(pinyin[i], v), ...all.pinyin },
      traditional: all.traditional + (traditional[i] ?? ''),
      items: Math.max(all.items, v.items),
    }),
    emptyVocabulary,
  );
}
