// The search page's pure rules: URL state, unit names, ordering, excerpts.
import { describe, expect, it } from 'vitest';
import {
  ALL_YEARS,
  editionsOf,
  excerptParts,
  filtersOf,
  itemNumberOf,
  kindOf,
  mergePartial,
  searchFromState,
  stateFromSearch,
  unitNamedBy,
  withUnitFirst,
} from '../../../src/components/search/model';

const units = [
  { name: '区文化和旅游局', aliases: ['区文旅局'], url: '/2024/units/culture-tourism/' },
  { name: '区水务局', aliases: [], url: '/2024/units/water/' },
];

describe('URL state', () => {
  it('round-trips words and filters, and leaves empty fields out', () => {
    const state = { q: '电动自行车', unit: '区公安局', category: '', year: '' };
    expect(searchFromState(state)).toBe(`?q=${encodeURIComponent('电动自行车')}&unit=${encodeURIComponent('区公安局')}`);
    expect(stateFromSearch(searchFromState(state))).toEqual(state);
    expect(searchFromState({ q: '', unit: '', category: '', year: '' })).toBe('');
    expect(stateFromSearch('?q=+%20养老%20')).toEqual({ q: '养老', unit: '', category: '', year: '' });
    expect(filtersOf({ q: 'x', unit: '', category: '宣传活动', year: '' })).toEqual({ category: '宣传活动' });
  });

  it('searches the current edition unless a year or all years are chosen', () => {
    const state = { q: 'x', unit: '', category: '', year: '' };
    const years = ['2025', '2024'];
    expect(editionsOf(state, years)).toEqual(['2025']);
    expect(editionsOf({ ...state, year: '2024' }, years)).toEqual(['2024']);
    expect(editionsOf({ ...state, year: ALL_YEARS }, years)).toEqual(['2025', '2024']);
    expect(editionsOf({ ...state, year: '1999' }, years)).toEqual(['2025']);
    expect(filtersOf({ ...state, year: '2024', unit: '区水务局' })).toEqual({ unit: '区水务局' });
    expect(stateFromSearch('?q=x&year=2024').year).toBe('2024');
    expect(searchFromState({ ...state, year: '2024' })).toBe('?q=x&year=2024');
  });
});

describe('a query that names a unit', () => {
  it('matches the name, an alias, and either without 区', () => {
    expect(unitNamedBy('区文旅局', units)?.url).toBe('/2024/units/culture-tourism/');
    expect(unitNamedBy(' 区文化和旅游局 ', units)?.url).toBe('/2024/units/culture-tourism/');
    expect(unitNamedBy('文旅局', units)?.url).toBe('/2024/units/culture-tourism/');
    expect(unitNamedBy('水务局', units)?.url).toBe('/2024/units/water/');
    expect(unitNamedBy('旅游', units)).toBeUndefined();
    expect(unitNamedBy('局', units)).toBeUndefined();
  });

  it('puts the unit page first, then its items, then the rest, each once', () => {
    const r = (url: string) => ({ url });
    const ordered = withUnitFirst(
      units[0],
      [r('/2024/items/13/'), r('/2024/units/culture-tourism/'), r('/2024/categories/key-sectors/')],
      [r('/2024/items/1/'), r('/2024/items/13/')],
    );
    expect(ordered.map((x) => x.url)).toEqual([
      '/2024/units/culture-tourism/',
      '/2024/items/1/',
      '/2024/items/13/',
      '/2024/categories/key-sectors/',
    ]);
  });
});

describe('results', () => {
  it('knows the kind of page and the item number', () => {
    expect(kindOf('/2024/items/13/')).toBe('item');
    expect(kindOf('/2024/units/water/')).toBe('unit');
    expect(kindOf('/2024/categories/services/')).toBe('category');
    expect(kindOf('/2024/plan/')).toBe('page');
    expect(itemNumberOf({ number: '第13项' }, '/2024/items/13/')).toBe(13);
    expect(itemNumberOf({}, '/2024/items/7/')).toBe(7);
  });

  it('keeps only text and <mark> from an excerpt', () => {
    expect(excerptParts('对15家<mark>旅行社</mark>进行检查 &lt;b&gt; &amp; <mark>A</mark>')).toEqual([
      { text: '对15家', mark: false },
      { text: '旅行社', mark: true },
      { text: '进行检查 <b> & ', mark: false },
      { text: 'A', mark: true },
    ]);
  });
});

describe('highlighting and partial matches', () => {
  it('one mark per word: the segments Pagefind marks one by one are joined', () => {
    const excerpt = '开展<mark>电</mark>\u200b<mark>动</mark>\u200b<mark>自行</mark>\u200b<mark>车</mark>、消防产品\u200b质量';
    expect(excerptParts(excerpt)).toEqual([
      { text: '开展', mark: false },
      { text: '电动自行车', mark: true },
      { text: '、消防产品质量', mark: false },
    ]);
    // Two words with text between them stay two marks.
    expect(
      excerptParts('<mark>旅行社</mark>进行<mark>检查</mark>')
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['旅行社', '检查']);
  });

  it('pages with more of the words first, then by their scores, each once', () => {
    const merged = mergePartial([
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 9 },
      ],
      [
        { id: 'a', score: 1 },
        { id: 'c', score: 20 },
      ],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});
