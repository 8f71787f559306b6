/**
 * The search vocabulary of one edition, compiled at build time for the search page
 * (src/components/search/query.ts reads it): content/search-terms.yaml with the unit
 * names of the year, the pinyin of unit names and key terms (pinyin-pro), and a map from
 * traditional to simplified characters for the characters this site uses (opencc-js).
 * Both libraries run here only; the browser gets the few KB of JSON this returns.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Vocabulary } from '../components/search/query';
import type { Edition } from './content/edition';
import type { Plan } from './content/plan';
import type { SearchTermsData } from '../schemas/search-terms';

/** A term's pinyin as people type it: no tones, no spaces, lower case (知识产权 → zhishichanquan). */
export const pinyinOf = (term: string): string =>
  pinyin(term, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

/**
 * Traditional → simplified for every character of `text` that has another traditional
 * form, as one string of pairs (traditional, simplified, …). Each character alone and
 * the text as a whole (OpenCC picks 發 or 髮 by the word), so both forms are known.
 */
export function traditionalPairs(text: string): string {
  const simplified = [...new Set(text.replace(/[^\p{Script=Han}]/gu, ''))];
  const map = new Map<string, string>();
  const add = (from: string, to: string) => {
    if (from !== to && [...from].length === 1 && !map.has(from) && !simplified.includes(from)) map.set(from, to);
  };
  for (const convert of toTraditional) {
    for (const c of simplified) add(convert(c), c);
    const whole = [...convert(simplified.join(''))];
    if (whole.length === simplified.length) whole.forEach((t, i) => add(t, simplified[i]));
  }
  return [...map].flat().join('');
}

/** Every text of the edition a person may search for: its characters make the traditional map. */
function editionText(plan: Plan, terms: SearchTermsData): string {
  return [
    plan.notice.body ?? '',
    plan.preamble.body ?? '',
    ...plan.sections.map((s) => s.body ?? ''),
    ...plan.categories.map((c) => c.heading),
    ...plan.items.map((i) => `${i.title}${i.entry.body ?? ''}`),
    ...plan.units.flatMap((u) => u.names),
    JSON.stringify(plan.report ?? {}),
    JSON.stringify(terms),
  ].join('\n');
}

/**
 * The edition's vocabulary, from content/search-terms.yaml as its Edition holds it (each
 * unit with every form of its name, checked by src/lib/content/checks/search-terms.ts).
 */
export function buildVocabulary(edition: Edition): Vocabulary {
  if (!edition.searchTerms) throw new Error('没有 content/search-terms.yaml');
  const { plan } = edition;
  const { data: terms, unitForms: forms } = edition.searchTerms;

  const synonyms: Record<string, string> = {};
  for (const { words, target } of terms.synonyms) for (const word of words) if (word !== target) synonyms[word] = target;
  // Forms the search page derives itself (天津市滨海新区水务局 from 区水务局) are left out.
  const derived = (name: string, form: string) =>
    name.startsWith('区') && terms.districtPrefixes.some((prefix) => form === prefix + name.slice(1));

  // Pinyin of unit names (without the leading 区, which the search page allows for) and
  // of key terms; the first term keeps a pinyin that two terms share.
  const pinyinMap: Record<string, string> = {};
  const addPinyin = (term: string, to = term) => {
    const key = pinyinOf(term.replace(/^区/, ''));
    if (key.length >= 4 && !(key in pinyinMap)) pinyinMap[key] = to;
  };
  for (const unit of plan.units) {
    const colloquial = terms.units.find((entry) => entry.id === unit.id)?.colloquial ?? [];
    for (const form of [...unit.names, ...colloquial]) addPinyin(form, unit.name);
  }
  for (const term of [...terms.keyTerms, ...terms.synonyms.map((s) => s.target)]) addPinyin(term);

  return {
    fillers: [...terms.fillers].sort((a, b) => b.length - a.length),
    particles: terms.particles.join(''),
    districtPrefixes: terms.districtPrefixes,
    units: plan.units.map((unit) => [...forms.get(unit.id)!].filter((form, i) => i === 0 || !derived(unit.name, form))),
    synonyms,
    terms: terms.keyTerms,
    pinyin: pinyinMap,
    traditional: traditionalPairs(editionText(plan, terms)),
    items: plan.items.length,
  };
}
