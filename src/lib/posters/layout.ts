/**
 * Line breaking and fitting of the slogan: the largest type size at which every line fits
 * the slogan box, so nothing is ever cut off. Measured with the font's own advance widths.
 */
import { measure, type LoadedFont, loadFont } from './font';

/** Punctuation that may not start a line, and that may not end one (Chinese line-breaking rules). */
const NO_LINE_START = new Set([...'，。、；：！？”’）》」』〕】…—,.;:!?)]%']);
const NO_LINE_END = new Set([...'“‘（《「『〔【(']);

export interface FitOptions {
  /** Width and height of the box the slogan must stay inside, in px. */
  boxWidth: number;
  boxHeight: number;
  maxFontSize: number;
  minFontSize: number;
  lineHeight: number;
  /** Letter spacing as a fraction of the font size. */
  letterSpacing: number;
  font?: LoadedFont;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
  /** Widest line, in px, including letter spacing. */
  width: number;
  height: number;
}

type Granularity = 'phrase' | 'word' | 'char';

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Unbreakable units of a phrase: words (ICU's Chinese dictionary) or single characters; Latin runs stay whole. */
function units(phrase: string, granularity: Granularity): string[] {
  if (granularity === 'word') return [...words.segment(phrase)].map((s) => s.segment);
  return phrase.match(/[A-Za-z0-9][A-Za-z0-9.%\-+/]*|./gsu) ?? [];
}

/** Glue punctuation to its neighbour, so no line starts or ends with the wrong mark. */
function glued(phrase: string, granularity: Granularity): string[] {
  const out: string[] = [];
  let openPending = '';
  for (const u of units(phrase, granularity)) {
    if (NO_LINE_START.has(u) && out.length > 0 && !openPending) out[out.length - 1] += u;
    else if (NO_LINE_END.has(u)) openPending += u;
    else {
      out.push(openPending + u);
      openPending = '';
    }
  }
  if (openPending) {
    if (out.length > 0) out[out.length - 1] += openPending;
    else out.push(openPending);
  }
  return out;
}

/**
 * Splits one phrase into as few lines as fit `maxWidth`, balanced so the last line is not
 * a lone character. Returns undefined when a single unit is wider than the line.
 */
function breakPhrase(phrase: string, maxWidth: number, w: (s: string) => number, granularity: Granularity): string[] | undefined {
  if (w(phrase) <= maxWidth) return [phrase];
  if (granularity === 'phrase') return undefined;
  const parts = glued(phrase, granularity);
  if (parts.some((p) => w(p) > maxWidth)) return undefined;
  const total = w(phrase);
  for (let count = Math.ceil(total / maxWidth); count <= parts.length; count++) {
    const target = total / count;
    const lines: string[] = [];
    let line = '';
    for (const part of parts) {
      const remaining = count - lines.length;
      if (line && (w(line + part) > maxWidth || (remaining > 1 && w(line + part) > target * 1.02))) {
        lines.push(line);
        line = part;
      } else line += part;
    }
    if (line) lines.push(line);
    if (lines.length <= count && lines.every((l) => w(l) <= maxWidth)) return lines;
  }
  return undefined;
}

/** Each phrase (space-separated) on its own line(s): the usual way a slogan is set. */
function phrasePerLine(phrases: string[], maxWidth: number, w: (s: string) => number, g: Granularity): string[] | undefined {
  const lines: string[] = [];
  for (const phrase of phrases) {
    const broken = breakPhrase(phrase, maxWidth, w, g);
    if (!broken) return undefined;
    lines.push(...broken);
  }
  return lines;
}

/** Phrases packed onto lines, joined by a space, when one per line would need smaller type. */
function packed(phrases: string[], maxWidth: number, w: (s: string) => number, g: Granularity): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases) {
    const joined = line ? `${line} ${phrase}` : phrase;
    if (w(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    const broken = breakPhrase(phrase, maxWidth, w, g);
    if (!broken) return undefined;
    lines.push(...broken.slice(0, -1));
    line = broken[broken.length - 1];
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Where the slogan breaks and at what size. Phrases are kept whole while that still allows
 * at least half the largest size; otherwise lines break between words, and only when a
 * single word is too wide, between characters. At each step, the largest size that fits
 * wins (whole px, from max down to min). Undefined when nothing fits at the minimum size.
 */
export function fitText(text: string, o: FitOptions): FittedText | undefined {
  const font = o.font ?? loadFont();
  const phrases = text.trim().split(/\s+/u);
  const tiers: [Granularity, number][] = [
    ['phrase', Math.max(o.minFontSize, Math.ceil(o.maxFontSize / 2))],
    ['word', o.minFontSize],
    ['char', o.minFontSize],
  ];
  for (const [granularity, minSize] of tiers) {
    for (let size = Math.floor(o.maxFontSize); size >= minSize; size--) {
      const w = (s: string) => measure(s, size, size * o.letterSpacing, font);
      const maxLines = Math.floor(o.boxHeight / (size * o.lineHeight));
      if (maxLines < 1) continue;
      for (const strategy of [phrasePerLine, packed]) {
        const lines = strategy(phrases, o.boxWidth, w, granularity);
        if (lines && lines.length <= maxLines) {
          return {
            lines,
            fontSize: size,
            width: Math.max(...lines.map(w)),
            height: lines.length * size * o.lineHeight,
          };
        }
      }
    }
  }
  return undefined;
}
