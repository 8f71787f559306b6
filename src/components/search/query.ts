/**
 * What a person typed, understood before Pagefind sees it: traditional characters as
 * simplified, pinyin as the term it spells, an item reference (第二十二项) as the item,
 * question and filler words dropped, unit names in any form (formal, former, colloquial,
 * “滨海新区…”) as the name this edition uses, and everyday words as the document's words.
 * Pure: the vocabulary comes from the build (src/lib/search-vocabulary.ts, from
 * content/search-terms.yaml).
 */

/** One edition's vocabulary, as the build writes it (pagefind/<year>/vocabulary.json). */
export interface Vocabulary {
  /** Question and filler words, longest first: dropped anywhere in a query. */
  fillers: string[];
  /** Single characters dropped at the start or end of a word (吗, 呢, 的 …). */
  particles: string;
  /** How people write 区 in a unit's name (滨海新区水务局, 新区水务局). */
  districtPrefixes: string[];
  /** Each unit: its name in this edition, then its other forms (no spaces). */
  units: string[][];
  /** Everyday word → the site's word. */
  synonyms: Record<string, string>;
  /** The plan's key terms (kept whole when a query holds them). */
  terms: string[];
  /** Pinyin without tones or spaces → the term. */
  pinyin: Record<string, string>;
  /** Traditional → simplified: a string of character pairs. */
  traditional: string;
  /** How many items the edition has (item references beyond it are left as typed). */
  items: number;
}

export const emptyVocabulary: Vocabulary = {
  fillers: [],
  particles: '',
  districtPrefixes: [],
  units: [],
  synonyms: {},
  terms: [],
  pinyin: {},
  traditional: '',
  items: 0,
};

export interface Understood {
  /** The words to search for, in order, each once. */
  words: string[];
  /** The item the query refers to by number (第22项, 第二十二项), if any. */
  item?: number;
  /** The unit the query names, when it names nothing else (its name in this edition). */
  unit?: string;
}

const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const numeralChars = '0-9零〇一二两三四五六七八九十百';

/** A number written in Arabic or Chinese numerals (二十二, 廿 not included) as a number. */
export function parseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  // Digit by digit (二〇二四), when there is no 十 or 百.
  if (!/[十百]/.test(text)) return Number([...text].map((c) => digits[c]).join(''));
  let total = 0;
  let current = 0;
  for (const c of text) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = digits[c];
    }
  }
  return total + current;
}

/** Traditional characters as simplified, by the build's map of this site's characters. */
export function toSimplified(text: string, pairs: string): string {
  if (!pairs) return text;
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return [...text].map((c) => map.get(c) ?? c).join('');
}

/** Runs of Latin letters (with spaces and apostrophes between them) read as pinyin, where the vocabulary knows them. */
export function fromPinyin(text: string, pinyin: Record<string, string>): string {
  return text.replace(/[a-z][a-z' ]*[a-z]/g, (run) => {
    const key = run.replace(/[' ]/g, '');
    if (key in pinyin) return ` ${pinyin[key]} `;
    // A unit's name with its 区 (qushuiwuju).
    if (key.startsWith('qu') && key.slice(2) in pinyin) return ` ${pinyin[key.slice(2)]} `;
    // Several terms in a row (dianzidong …) are left as typed; so are words that are not pinyin.
    return run;
  });
}

/** 第二十二项 / 第22项 / 二十二项 → 22; dates' Chinese numerals as digits (十月九日 → 10月9日). */
function takeItemReference(text: string, items: number): { text: string; item?: number } {
  let item: number | undefined;
  const rest = text.replace(new RegExp(`第\\s*([${numeralChars}]+)\\s*[项条]?|([${numeralChars}]+)\\s*项`, 'g'), (whole, a, b) => {
    const n = parseNumeral(a ?? b);
    if (item === undefined && n !== undefined && n >= 1 && n <= items) {
      item = n;
      return ' ';
    }
    return whole;
  });
  const dated = rest
    .replace(new RegExp(`([零〇一二两三四五六七八九十]+)(?=[月日号])`, 'g'), (n) => String(parseNumeral(n) ?? n))
    .replace(/(\d)号/g, '$1日');
  return { text: dated, item };
}

/** The longest dictionary word at `at`, or undefined. */
function longestAt(text: string, at: number, words: Map<string, string>, longest: number): [string, string] | undefined {
  for (let length = Math.min(longest, text.length - at); length >= 2; length--) {
    const piece = text.slice(at, at + length);
    const to = words.get(piece);
    if (to !== undefined) return [piece, to];
  }
  return undefined;
}

/**
 * The dictionary a query is read with: unit forms → unit names, everyday words → the
 * document's words, and the document's words (and unit names) as themselves, so that a
 * longer word is never broken up by a shorter synonym inside it (报送 stays 报送).
 */
function dictionary(v: Vocabulary): { words: Map<string, string>; longest: number } {
  const words = new Map<string, string>();
  for (const target of Object.values(v.synonyms)) words.set(target, target);
  for (const [name] of v.units) words.set(name, name);
  for (const term of [...v.terms, ...Object.values(v.pinyin)]) words.set(term, term);
  for (const [word, target] of Object.entries(v.synonyms)) if (!words.has(word)) words.set(word, target);
  // The city before the district (天津市 in 天津市滨海新区): a prefix minus the longest other prefix it ends with.
  const cities = v.districtPrefixes.flatMap((p) => {
    const inner = v.districtPrefixes.filter((q) => q !== p && p.endsWith(q)).sort((a, b) => b.length - a.length)[0];
    return inner ? [p.slice(0, p.length - inner.length)] : [];
  });
  for (const [name, ...others] of v.units) {
    for (const form of [name, ...others]) {
      words.set(form, name);
      if (form.startsWith('区')) for (const prefix of v.districtPrefixes) words.set(prefix + form.slice(1), name);
      // A formal name without the city, or without the district (滨海新区水务局, 水务局).
      for (const prefix of v.districtPrefixes) {
        if (form.startsWith(prefix) && form.length - prefix.length >= 3) {
          words.set(form.slice(prefix.length), name);
          words.set(`区${form.slice(prefix.length)}`, name);
        }
      }
      for (const city of cities) if (form.startsWith(city)) words.set(form.slice(city.length), name);
    }
  }
  let longest = 0;
  for (const w of words.keys()) longest = Math.max(longest, w.length);
  return { words, longest };
}

const cache = new WeakMap<Vocabulary, ReturnType<typeof dictionary>>();

/** Reads one run of text (no spaces) with the dictionary, longest match first; other text stays as typed. */
function readRun(typed: string, v: Vocabulary): string[] {
  const dict = cache.get(v) ?? dictionary(v);
  cache.set(v, dict);
  const run = trimParticles(typed, v.particles);
  // A whole run may be a one-character word (报 → 报送); inside a run only longer words
  // count, so 交通局 is not read as 交 + 通局.
  const whole = dict.words.get(run);
  if (whole !== undefined) return [whole];
  const out: string[] = [];
  let other = '';
  const flush = () => {
    const word = trimParticles(other, v.particles);
    if (word) out.push(word);
    other = '';
  };
  for (let at = 0; at < run.length;) {
    const hit = longestAt(run, at, dict.words, dict.longest);
    if (hit) {
      flush();
      out.push(hit[1]);
      at += hit[0].length;
    } else {
      other += run[at];
      at++;
    }
  }
  flush();
  return out;
}

function trimParticles(word: string, particles: string): string {
  let w = word;
  while (w && particles.includes(w[0])) w = w.slice(1);
  while (w && particles.includes(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/** Whether the vocabulary knows a word (a unit's name, a document word, a synonym). */
export function isKnownWord(word: string, v: Vocabulary): boolean {
  const dict = cache.get(v) ?? dictionary(v);
  cache.set(v, dict);
  return dict.words.has(word);
}

/** The query as words to search for: see the module's comment. */
export function understand(typed: string, v: Vocabulary): Understood {
  let text = typed.normalize('NFKC').toLowerCase();
  text = toSimplified(text, v.traditional);
  text = fromPinyin(text, v.pinyin);
  const reference = takeItemReference(text, v.items);
  text = reference.text;
  for (const filler of v.fillers) text = text.split(filler).join('');
  const runs = text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  const words = [...new Set(runs.flatMap((run) => readRun(run, v)))];
  const names = new Set(v.units.map(([name]) => name));
  const unit = words.length === 1 && names.has(words[0]) ? words[0] : undefined;
  return { words, item: reference.item, unit };
}
