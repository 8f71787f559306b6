/**
 * Pagefind's search API, loaded on first use: nothing of it is fetched until a person
 * starts to search (focus or typing in the box, or a URL that already holds a search).
 * The index, the WebAssembly and the fragments all come from this site's /pagefind/.
 */
import { sitePaths } from '../../lib/paths';

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
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  preload(query: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

/** Where the build writes the index (src/integrations/pagefind.mjs), under the site's base path. */
export const pagefindUrl = `${sitePaths.pagefind}pagefind.js`;

/**
 * Ranking for this site, checked by tests/search/ranking.test.ts. Each item's text is
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

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = pagefindUrl;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // On the main thread: the worker would be one more 12 KB file for a 70-page index.
    // The indexed URLs already carry the base path (src/integrations/pagefind.mjs); without
    // baseUrl '/', Pagefind would prefix the folder it was loaded from a second time.
    await api.options({ ranking, excerptLength: 24, noWorker: true, baseUrl: '/' });
    await api.init();
    return api;
  })();
  // A failed load (offline, missing index) may be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
