/**
 * Nothing of one year's plan in the code: no year, document number, deadline, office,
 * district, unit or other wording of an edition appears in src/ outside comments. The
 * words looked for come from content/ itself (every edition, the unit registry, the site
 * settings), plus the shapes such values take (a year, a date, a document number).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml, splitFrontmatter } from '../../../src/lib/frontmatter';
import { projectRoot } from '../../helpers/build-fixture';

const src = path.join(projectRoot, 'src');
const content = path.join(projectRoot, 'content');

/** Source files of the site, as [relative path, text without comments]. */
function sourceFiles(): [string, string][] {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|astro|css)$/.test(f));
  return files.map((f) => [path.join('src', f), withoutComments(readFileSync(path.join(src, f), 'utf8'))]);
}

/** Block comments, HTML comments and line comments (a // after a space or at a line's start, so URLs stay). */
export function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[\s;{(,])\/\/.*$/gm, '$1');
}

/**
 * Values that are the schemas' own words, not a plan's: a column's status (one of
 * 参考格式/正式格式), and the word the slogans page looks for (电子显示屏, a plain word
 * the poster sizes use as well). And of the search vocabulary (search-terms.yaml), the
 * question words and particles of everyday speech that a search drops (有哪些, 的项目).
 */
const notPlanWords = new Set(['status', 'slogansMarker', 'fillers', 'particles']);

/**
 * The site's own labels, which people type and the search vocabulary therefore leads to
 * (search-terms.yaml synonyms and keyTerms): the report kit's headings and the name of the
 * month itself. Every other word of the vocabulary (unit names in every form, the district's
 * prefixes, the plan's terms) is looked for.
 */
const siteLabels = new Set(['截止时间', '报送时间', '报送对象', '报送至', '照片说明', '统计表', '质量月']);

/** Every text value in a parsed YAML document or frontmatter, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (notPlanWords.has(key) ? [] : strings(v)));
  }
  return [];
}

/** A value worth looking for: it has Chinese in it (ids, slugs and numbers are code's own words) and 3 or more characters. */
const isPlanWord = (text: string) => /[\u4e00-\u9fff]/.test(text) && [...text.trim()].length >= 3;

/**
 * Every value of every content file (each edition, the unit registry, the site settings)
 * and every sentence of the texts, which code must not spell out.
 */
function planWords(): string[] {
  const words = new Set<string>();
  const add = (text: string) => {
    if (isPlanWord(text) && !siteLabels.has(text.trim())) words.add(text.trim());
  };
  // The search vocabulary (search-terms.yaml) too: the words people type and the names
  // they mean belong in content, not in the search code.
  for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(content, file);
    if (/\.ya?ml$/.test(file)) strings(readYaml(readFileSync(full, 'utf8'))).forEach(add);
    if (/\.mdx?$/.test(file)) {
      const { yaml, body } = splitFrontmatter(readFileSync(full, 'utf8'));
      strings(readYaml(yaml)).forEach(add);
      // The text's sentences and clauses; each of them is the plan's own words.
      body
        .split(/[。；！？：，\n]/)
        .filter((part) => [...part.trim()].length >= 6)
        .forEach(add);
    }
  }
  return [...words];
}

/** The shapes of an edition's values, whatever the words. */
const shapes: [string, RegExp][] = [
  ['a year', /(?<!\d)20\d\d(?!\d)/],
  ['a document number', /〔\d{4}〕/],
  ['a date in words', /\d{1,2}月\d{1,2}日/],
];

describe('no plan in src/', () => {
  const files = sourceFiles();

  it('reads the site’s source files without their comments', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(withoutComments('a // 2024年\nb /* 区水务局 */ c <!-- 津滨 --> "https://x.cn/a"')).toBe('a \nb  c  "https://x.cn/a"');
  });

  it('spells out no value or sentence of any edition, the unit registry or the site settings', () => {
    const words = planWords();
    expect(words).toEqual(
      expect.arrayContaining([
        '区市场监管局',
        '津滨质量组办〔2024〕4号',
        '2024年10月9日（周三）下班前',
        '开展文旅领域专项检查',
        '食品药品监督管理局',
        '天津市滨海新区',
      ]),
    );
    expect(words.length).toBeGreaterThan(250);
    expect(words).not.toContain('参考格式');
    expect(words).not.toContain('有哪些');
    const found = files.flatMap(([file, text]) => words.filter((w) => text.includes(w)).map((w) => `${file}: “${w}”`));
    expect(found).toEqual([]);
  });

  it.each(shapes)('writes no %s', (_, shape) => {
    const found = files.flatMap(([file, text]) =>
      text.split('\n').flatMap((line, i) => (shape.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
