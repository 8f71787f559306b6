/**
 * The search page: search as you type, filters, results from Pagefind, the state in the
 * URL (?q=…&unit=…&category=…) so a search can be shared, and keyboard use (↓/↑ between
 * the box and the results, Esc clears). No inline script or style: bundled by Astro.
 */
import { loadPagefind, loadVocabulary, type PagefindApi, type PagefindResult, type PagefindResultData } from './pagefind';
import { isKnownWord, understand } from './query';
import {
  ALL_YEARS,
  editionOfUrl,
  editionsOf,
  excerptParts,
  filtersOf,
  isEmpty,
  itemNumberOf,
  kindLabels,
  kindOf,
  mergePartial,
  searchFromState,
  searchText,
  stateFromSearch,
  unitNamedBy,
  withUnitFirst,
  type SearchState,
  type UnitName,
} from './model';

/**
 * Results shown first, then per “再显示” press. Each shown result fetches its fragment
 * (~0.5–1 KB gzip); the first search's budget (100 KB, scripts/bench/search.ts) has
 * room for four after Pagefind, its index and the search vocabulary (2 KB; 3 KB with
 * the pinyin or traditional map).
 */
const FIRST_PAGE = 4;
const PAGE_SIZE = 10;
/** How far down the text results to look for a named unit's own page (usually first). */
const UNIT_PAGE_LOOKAHEAD = 5;
const TYPING_DELAY_MS = 120;

/**
 * A result: Pagefind's page id at once, its fragment (url, title, excerpt, filters) only
 * once fetched, when it is shown or needed for ordering.
 */
interface Pending {
  id: string;
  result: PagefindResult;
  url?: string;
  data?: PagefindResultData;
}
interface Loaded extends Pending {
  url: string;
  data: PagefindResultData;
}
const pendingOf = (result: PagefindResult): Pending => ({ id: result.id, result });

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

export function startSearch(): void {
  const panel = document.querySelector<HTMLElement>('[data-search]');
  if (!panel) return;
  const form = required<HTMLFormElement>(panel, '[data-search-form]');
  const input = required<HTMLInputElement>(panel, '[data-search-input]');
  const unitSelect = required<HTMLSelectElement>(panel, '[data-search-filter="unit"]');
  const categorySelect = required<HTMLSelectElement>(panel, '[data-search-filter="category"]');
  const yearSelect = required<HTMLSelectElement>(panel, '[data-search-filter="year"]');
  // The current edition: what an empty year in the URL means.
  const currentYear = yearSelect.dataset.current ?? '';
  const status = required<HTMLElement>(panel, '[data-search-status]');
  const list = required<HTMLOListElement>(panel, '[data-search-results]');
  const moreWrap = required<HTMLElement>(panel, '[data-search-more-wrap]');
  const moreButton = required<HTMLButtonElement>(panel, '[data-search-more]');
  const none = required<HTMLElement>(panel, '[data-search-none]');
  const noneHint = required<HTMLElement>(panel, '[data-search-none-hint]');
  const template = required<HTMLTemplateElement>(document, '[data-search-result-template]');
  const allYears = required<HTMLElement>(panel, '[data-search-all-years]');
  const allYearsLink = required<HTMLAnchorElement>(panel, '[data-search-all-years] a');

  // The editions, newest (current) first, as the year select lists them.
  const years = [...yearSelect.options].map((o) => o.value).filter((v) => v !== ALL_YEARS);
  const inYear = (option: HTMLOptionElement, year: string) =>
    option.value === '' || year === ALL_YEARS || (option.dataset.years ?? '').split(' ').includes(year);
  /** The units of the editions searched, each with its page in the first of them. */
  const unitsIn = (year: string): UnitName[] =>
    [...unitSelect.options]
      .filter((option) => option.value !== '' && inYear(option, year))
      .map((option) => {
        const urls = new Map((option.dataset.urls ?? '').split('|').map((pair) => pair.split('=') as [string, string]));
        return {
          name: option.value,
          aliases: (option.dataset.aliases ?? '').split('|').filter(Boolean),
          url: urls.get(year) ?? [...urls.values()][0] ?? '',
        };
      });
  /** Only the units and categories of the chosen year can be chosen. */
  const showOptionsOf = (year: string) => {
    for (const select of [unitSelect, categorySelect]) {
      for (const option of select.options) {
        const shown = inYear(option, year);
        option.hidden = !shown;
        option.disabled = !shown;
      }
      if (select.selectedOptions[0]?.disabled) select.value = '';
    }
    for (const ul of none.querySelectorAll<HTMLElement>('[data-none-year]')) {
      ul.hidden = ul.dataset.noneYear !== (year === ALL_YEARS ? years[0] : year);
    }
  };

  let generation = 0;
  let pending: Pending[] = [];
  let shown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const currentState = (): SearchState => ({
    q: input.value.trim(),
    unit: unitSelect.value,
    category: categorySelect.value,
    year: yearSelect.value === currentYear ? '' : yearSelect.value,
  });

  const applyState = (state: SearchState) => {
    input.value = state.q;
    unitSelect.value = [...unitSelect.options].some((o) => o.value === state.unit) ? state.unit : '';
    categorySelect.value = [...categorySelect.options].some((o) => o.value === state.category) ? state.category : '';
    yearSelect.value = [...yearSelect.options].some((o) => o.value === state.year) ? state.year : currentYear;
    showOptionsOf(yearSelect.value);
    unitSelect.value = [...unitSelect.options].some((o) => o.value === state.unit && !o.disabled) ? state.unit : '';
    categorySelect.value = [...categorySelect.options].some((o) => o.value === state.category && !o.disabled) ? state.category : '';
  };

  const writeUrl = (state: SearchState) => {
    const next = `${location.pathname}${searchFromState(state)}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
  };

  const clearResults = () => {
    list.replaceChildren();
    moreWrap.hidden = true;
    none.hidden = true;
    pending = [];
    shown = 0;
  };

  const byItemNumber = (a: Loaded, b: Loaded) => itemNumberOf(a.data.meta, a.url) - itemNumberOf(b.data.meta, b.url);

  const renderResult = ({ data }: Loaded): HTMLLIElement => {
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const kind = kindOf(data.url);
    const link = required<HTMLAnchorElement>(li, '[data-result-link]');
    link.href = data.url;
    required<HTMLElement>(li, '[data-result-number]').textContent = kind === 'item' ? (data.meta.number ?? '') : '';
    required<HTMLElement>(li, '[data-result-title]').textContent = data.meta.title ?? data.url;
    required<HTMLElement>(li, '[data-result-kind]').textContent = kindLabels[kind];
    required<HTMLElement>(li, '[data-result-category]').textContent = data.meta.category ?? '';
    // Across years, each result says which year's plan it is from.
    const year = yearSelect.value === ALL_YEARS ? editionOfUrl(data.url) : undefined;
    const yearTag = required<HTMLElement>(li, '[data-result-year]');
    yearTag.hidden = !year;
    yearTag.textContent = year ? searchText.year(year) : '';
    const resultUnits = data.filters.unit ?? [];
    required<HTMLElement>(li, '[data-result-units]').textContent =
      resultUnits.length > 0 ? `${searchText.units}${resultUnits.join('、')}` : '';
    const excerpt = required<HTMLElement>(li, '[data-result-excerpt]');
    for (const part of excerptParts(data.excerpt)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    return li;
  };

  /** Fetches each result's fragment (its title, excerpt, filters) unless already fetched. */
  const load = (results: readonly Pending[]): Promise<Loaded[]> =>
    Promise.all(
      results.map(async (r) => {
        if (!r.data) {
          r.data = await r.result.data();
          r.url = r.data.url;
        }
        return r as Loaded;
      }),
    );

  /** The first of `results` whose page is `url`, fetching fragments one at a time. */
  const findPage = async (results: readonly Pending[], url: string): Promise<Loaded | undefined> => {
    for (const r of results) {
      const [loaded] = await load([r]);
      if (loaded.url === url) return loaded;
    }
    return undefined;
  };

  /** Shows the next page of results; the first call also announces the count. */
  const showMore = async (run: number) => {
    // At least a page, and every result right after it that is already fetched (a
    // unit's page and items, fetched to order them, cost nothing more to show).
    let end = Math.min(pending.length, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
    while (end < pending.length && pending[end].data) end++;
    const slice = pending.slice(shown, end);
    const loaded = await load(slice);
    if (run !== generation) return;
    list.append(...loaded.map(renderResult));
    shown += slice.length;
    const left = pending.length - shown;
    moreWrap.hidden = left <= 0;
    moreButton.textContent = searchText.more(Math.min(left, PAGE_SIZE));
  };

  /** What a search found, and whether only some of its words matched. */
  interface Found {
    results: Pending[];
    partial: boolean;
  }

  /**
   * A query's words, all of them on one page; when no page has them all, each word alone,
   * pages with more of the words first.
   */
  const byWords = async (api: PagefindApi, words: readonly string[], filters: Record<string, string>): Promise<Found> => {
    const found = await api.search(words.join(' '), { filters });
    if (found.results.length > 0 || words.length === 0) return { results: found.results.map(pendingOf), partial: false };
    // One word Pagefind could not find whole is not cut up: its pieces would find only
    // pages that share a character with it.
    const pieces = words;
    if (pieces.length < 2) return { results: [], partial: false };
    const each = await Promise.all(pieces.map((word) => api.search(word, { filters }).then((r) => r.results)));
    return { results: mergePartial(each).map(pendingOf), partial: true };
  };

  const search = async (api: PagefindApi, state: SearchState, editions: readonly string[]): Promise<Found> => {
    const filters = filtersOf(state);
    const units = unitsIn(state.year === ALL_YEARS ? ALL_YEARS : editionsOf(state, years)[0]);
    if (!state.q) {
      // Filters alone: every matching item, in plan order (a unit or a category has at
      // most 7 items: few fragments to fetch, and all are shown at once).
      const found = await api.search(null, { filters });
      const loaded = await load(found.results.map(pendingOf));
      return { results: loaded.sort(byItemNumber), partial: false };
    }
    const latin = /[a-z]/i.test(state.q);
    const understood = async (traditional: boolean) => {
      const vocabulary = await loadVocabulary(editions, { pinyin: latin, traditional });
      const query = understand(state.q, vocabulary);
      // 第22项: that item first, then whatever else the query names.
      const [itemResults, found] = await Promise.all([
        query.item === undefined
          ? []
          : api.search(null, { filters: { ...filters, item: String(query.item) } }).then((r) => r.results.map(pendingOf)),
        query.words.length > 0 || query.item === undefined
          ? byWords(api, query.words.length > 0 ? query.words : [state.q], filters)
          : { results: [], partial: false },
      ]);
      return { query, itemResults, found, vocabulary };
    };
    let { query, itemResults, found, vocabulary } = await understood(false);
    // Perhaps traditional characters: the map is fetched only when the query found
    // nothing, only part, or holds a word it does not know with a character that is on
    // no page (asked of the index, which is loaded already: no fragment is fetched).
    if (itemResults.length === 0 && /\p{Script=Han}/u.test(state.q)) {
      let missed = found.results.length === 0 || found.partial;
      const unknown = query.words.filter((word) => /\p{Script=Han}/u.test(word) && !isKnownWord(word, vocabulary));
      if (!missed && unknown.length > 0) {
        const chars = [...new Set(unknown.join('').match(/\p{Script=Han}/gu))];
        const counts = await Promise.all(chars.map((c) => api.search(c).then((r) => r.results.length)));
        missed = counts.some((n) => n === 0);
      }
      if (missed) {
        const again = await understood(true);
        if (again.query.words.join(' ') !== query.words.join(' ')) ({ query, itemResults, found } = again);
      }
    }
    const byRank = [...itemResults, ...found.results.filter((r) => !itemResults.some((i) => i.id === r.id))];
    const named = query.unit ?? (query.words.length === 1 ? query.words[0] : state.q);
    const unit = !state.unit && !state.category && query.item === undefined ? unitNamedBy(named, units) : undefined;
    if (!unit) return { results: byRank, partial: found.partial };
    // A unit's name: its page, then its items in plan order, then everything else that
    // matched (not fetched until shown: results are told apart by their page id).
    const [unitPage, unitItems] = await Promise.all([
      findPage(byRank.slice(0, UNIT_PAGE_LOOKAHEAD), unit.url),
      // In plan order by the items' sort key (the number, zero-padded: Pagefind sorts it as
      // text); no fragment is fetched before it is shown.
      api.search(null, { filters: { ...filters, unit: unit.name }, sort: { item: 'asc' } }).then((r) => r.results.map(pendingOf)),
    ]);
    return { results: withUnitFirst<Pending>(unit, byRank, unitItems, unitPage), partial: false };
  };

  const run = async () => {
    const state = currentState();
    writeUrl(state);
    const mine = ++generation;
    if (isEmpty(state)) {
      clearResults();
      status.textContent = '';
      return;
    }
    status.textContent = searchText.searching;
    try {
      const editions = editionsOf(state, years);
      const api = await loadPagefind(editions);
      const { results, partial } = await search(api, state, editions);
      if (mine !== generation) return;
      clearResults();
      pending = results;
      if (results.length === 0) {
        status.textContent = searchText.none(state);
        noneHint.textContent = searchText.noneHint;
        // Searched one year of several: offer every year.
        allYears.hidden = years.length < 2 || state.year === ALL_YEARS;
        allYearsLink.href = `${location.pathname}${searchFromState({ ...state, year: ALL_YEARS })}`;
        none.hidden = false;
        return;
      }
      await showMore(mine);
      if (mine === generation) status.textContent = `${partial ? searchText.partial : ''}${searchText.count(results.length, state)}`;
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      clearResults();
      status.textContent = searchText.failed;
      noneHint.textContent = '';
      allYears.hidden = true;
      none.hidden = false;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_DELAY_MS);
  };

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];

  // Start fetching Pagefind as soon as a person shows they mean to search.
  const warmUp = () => {
    const editions = editionsOf(currentState(), years);
    void loadPagefind(editions).catch(() => undefined);
    void loadVocabulary(editions, { pinyin: false, traditional: false }).catch(() => undefined);
  };
  input.addEventListener('focus', warmUp, { once: true });
  input.addEventListener('input', schedule);
  unitSelect.addEventListener('change', run);
  categorySelect.addEventListener('change', run);
  yearSelect.addEventListener('change', () => {
    showOptionsOf(yearSelect.value);
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run().then(() => resultLinks()[0]?.focus());
  });
  moreButton.addEventListener('click', () => {
    const first = shown;
    void showMore(generation).then(() => resultLinks()[first]?.focus());
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      clearTimeout(timer);
      void run().then(() => {
        status.textContent = searchText.cleared;
      });
    } else if (event.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });

  list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    event.preventDefault();
    if (event.key === 'Escape') input.focus();
    else if (event.key === 'ArrowDown') (links[at + 1] ?? links[at]).focus();
    else if (at === 0) input.focus();
    else links[at - 1].focus();
  });

  // Back/forward within the page's own history entries, and the first load.
  window.addEventListener('popstate', () => {
    applyState(stateFromSearch(location.search));
    void run();
  });
  const initial = stateFromSearch(location.search);
  applyState(initial);
  if (!isEmpty(initial)) void run();
}
