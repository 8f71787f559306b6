/**
 * The search page's pure parts: the state in the URL, unit names, result ordering and
 * excerpt cleaning. No DOM beyond what a test can give it, no Pagefind: search.ts wires
 * these to the page.
 */
import { matchUnitName, normaliseUnitName } from '../../lib/unit-names';

/** What a search is: the words and the two filters, all optional. */
export interface SearchState {
  q: string;
  unit: string;
  category: string;
  /** An edition's year, `all` for every year, or '' for the current edition (the default). */
  year: string;
}

/** The year filter's value for every edition. */
export const ALL_YEARS = 'all';

export const emptyState: SearchState = { q: '', unit: '', category: '', year: '' };

/** The state in a URL's query string (`?q=…&unit=…&category=…`). */
export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    unit: (params.get('unit') ?? '').trim(),
    category: (params.get('category') ?? '').trim(),
    year: (params.get('year') ?? '').trim(),
  };
}

/** The query string for a state, without empty fields (`''` when there is nothing). */
export function searchFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.unit) params.set('unit', state.unit);
  if (state.category) params.set('category', state.category);
  if (state.year) params.set('year', state.year);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const isEmpty = (state: SearchState) => !state.q && !state.unit && !state.category;

/**
 * The editions a state searches, each its own index: the one chosen, the current one
 * (`years[0]`, newest first) when none is, or every one for 全部年度.
 */
export function editionsOf(state: SearchState, years: readonly string[]): string[] {
  if (state.year === ALL_YEARS) return [...years];
  return [years.includes(state.year) ? state.year : years[0]];
}

/** The Pagefind filters for a state (the year is not a filter: each edition has its own index). */
export function filtersOf(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.unit) filters.unit = state.unit;
  if (state.category) filters.category = state.category;
  return filters;
}

/** A unit as the search page knows it: from the unit <select>'s options. */
export interface UnitName {
  name: string;
  aliases: string[];
  url: string;
}

/**
 * The unit a query names, under its full name or any alias, with or without the leading
 * “区” (“文旅局” is 区文旅局), by the site's one rule (src/lib/unit-names.ts). Undefined
 * when the query is anything else.
 */
export function unitNamedBy(query: string, units: readonly UnitName[]): UnitName | undefined {
  if (normaliseUnitName(query).length < 2) return undefined;
  return matchUnitName(query, units, { optionalPrefix: '区' });
}

/** The page a result points at, for its label and ordering. */
export type ResultKind = 'item' | 'unit' | 'category' | 'page';

/** An edition's page under any base path: …/<year>/items/13/ (see src/lib/paths.ts). */
const editionPage = (section: string, id: string) => new RegExp(`/\\d{4}/${section}/(${id})/$`);
const itemPage = editionPage('items', '\\d+');
const unitPage = editionPage('units', '[^/]+');
const categoryPage = editionPage('categories', '[^/]+');

/** The edition a page belongs to, from its URL (…/2024/items/9/ → 2024). */
export const editionOfUrl = (url: string): string | undefined => url.match(/\/(\d{4})\//)?.[1];

export function kindOf(url: string): ResultKind {
  if (itemPage.test(url)) return 'item';
  if (unitPage.test(url)) return 'unit';
  if (categoryPage.test(url)) return 'category';
  return 'page';
}

export const kindLabels: Record<ResultKind, string> = {
  item: '活动项目',
  unit: '责任单位',
  category: '活动类别',
  page: '页面',
};

/**
 * Results for a query that names a unit: the unit's own page first, then the unit's
 * items in plan order, then whatever else matched, each once. `byRank` is the
 * text search's order; `unitItems` the filter search for the unit; `unitPage` the unit's
 * page when the caller has found it (else looked for in `byRank` by URL). Results are
 * the same page when they have the same `id` (Pagefind's page id, known before a
 * result's data is loaded) or, without one, the same `url`.
 */
export function withUnitFirst<T extends { id?: string; url?: string }>(
  unit: UnitName,
  byRank: readonly T[],
  unitItems: readonly T[],
  unitPage?: T,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const add = (result: T | undefined) => {
    const key = result && (result.id ?? result.url);
    if (result && key !== undefined && !seen.has(key)) {
      seen.add(key);
      out.push(result);
    }
  };
  add(unitPage ?? byRank.find((r) => r.url === unit.url));
  unitItems.forEach(add);
  byRank.forEach(add);
  return out;
}

/**
 * Results of a query's words searched one by one, as one list: a page found for more of
 * the words first, then by the sum of its scores (one index's scores compare: a page
 * that is about a word scores high, a page that shares only a character of it low).
 * Each page once.
 */
export function mergePartial<T extends { id: string; score: number }>(perWord: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, { result: T; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = byId.get(result.id);
      if (seen) {
        seen.words++;
        seen.score += result.score;
      } else {
        byId.set(result.id, { result, words: 1, score: result.score });
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((r) => r.result);
}

/** Pagefind's item number meta (“第13项”) as a number, for ordering filter-only results. */
export function itemNumberOf(meta: Record<string, string | undefined>, url: string): number {
  const fromMeta = meta.number?.match(/\d+/)?.[0];
  const fromUrl = url.match(itemPage)?.[1];
  return Number(fromMeta ?? fromUrl ?? Number.MAX_SAFE_INTEGER);
}

/**
 * An excerpt as text and marked runs only. Pagefind's excerpt is HTML with <mark> around
 * the matches; everything else in it is text, and it is kept as text. Marks with
 * nothing but zero-width spaces between them are one mark.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decodeEntities(m[1]), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), mark: false });
  // Pagefind marks each segment of a Chinese word (电, 动, 自行, 车) with zero-width
  // spaces between them: one word is one mark.
  const merged: { text: string; mark: boolean }[] = [];
  for (const part of parts) {
    const text = part.text.replace(/\u200b/g, '');
    const previous = merged[merged.length - 1];
    if (text === '') continue;
    if (previous && previous.mark === part.mark) previous.text += text;
    else merged.push({ text, mark: part.mark });
  }
  return merged;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** The few entities Pagefind writes, and numeric ones; tags left in the text stay visible as text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const key = name.toLowerCase();
    if (key in entities) return entities[key];
    if (key.startsWith('#x')) return String.fromCodePoint(parseInt(key.slice(2), 16));
    if (key.startsWith('#')) return String.fromCodePoint(parseInt(key.slice(1), 10));
    return whole;
  });
}

/** Words the search page shows. */
export const searchText = {
  loading: '正在载入搜索……',
  searching: '正在搜索……',
  failed: '搜索暂时无法使用。可以按类别或单位查找：',
  count: (n: number, state: SearchState) => {
    const what = [state.q && `“${state.q}”`, state.unit, state.category].filter(Boolean).join('，');
    return `${what ? `${what}：` : ''}找到 ${n} 条结果`;
  },
  partial: '没有同时包含全部词语的结果，以下为部分匹配。',
  none: (state: SearchState) => {
    const what = [state.q && `“${state.q}”`, state.unit, state.category].filter(Boolean).join('，');
    return `没有找到与${what}相关的内容。`;
  },
  noneHint: '可以换一个词，去掉筛选条件，或按类别、单位查找：',
  year: (year: string) => `${year}年`,
  more: (n: number) => `再显示 ${n} 条`,
  cleared: '已清空搜索框',
  units: '责任单位：',
};
