/**
 * Nothing of one year's plan in the code: no year, document number, deadline, office,
 * district, unit or other wording of an edition appears in src/ outside comments. The
 * words looked for come from content/ itself (every edition, the unit registry, the site
 * settings), plus the shapes such values take (a year, a date, a document number).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../helpers/build-fixture';
import { listEditions } from '../../scripts/lib/edition-files';

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

const yamlFile = (...parts: string[]) => parseYaml(readFileSync(path.join(content, ...parts), 'utf8'));
const frontmatter = (file: string) => parseYaml(readFileSync(file, 'utf8').split(/^---\s*$/m)[1] ?? '') ?? {};

/** Every value of an edition, the registry and the site settings that code must not spell out. */
async function planWords(): Promise<string[]> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && [...value.trim()].length >= 3) words.add(value.trim());
  };
  const site = yamlFile('site.yaml');
  Object.values(site).forEach(add);
  for (const unit of yamlFile('units.yaml')) {
    [unit.name, ...(unit.aliases ?? [])].forEach(add);
    for (const r of unit.renamed ?? []) [r.name, ...(r.aliases ?? [])].forEach(add);
  }
  for (const year of await listEditions(content)) {
    const edition = yamlFile(year, 'edition.yaml');
    // slogansMarker is left out: a plain word (电子显示屏) that poster sizes use as well.
    [edition.name, edition.fullName, edition.footer].forEach(add);
    const report = yamlFile(year, 'report.yaml');
    [report.sourceMarker, report.sourceRef, report.deadline.text, report.recipient, report.recipientLocation, report.table.name].forEach(add);
    report.contents.forEach(add);
    const notice = frontmatter(path.join(content, year, 'notice.mdx'));
    [notice.documentNumber, notice.title, notice.issuer, notice.issuerSeat, notice.recipients, notice.dateText].forEach(add);
    for (const dir of ['categories', 'slogans']) {
      for (const f of readdirSync(path.join(content, year, dir))) {
        const data = frontmatter(path.join(content, year, dir, f));
        [data.heading, data.text, data.label].forEach(add);
      }
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

  it('spells out no value of any edition, the unit registry or the site settings', async () => {
    const words = await planWords();
    expect(words).toEqual(expect.arrayContaining(['区市场监管局', '津滨质量组办〔2024〕4号', '2024年10月9日（周三）下班前']));
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
