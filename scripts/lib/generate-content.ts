/**
 * Larger content for build benchmarks, made from the real content/ (bench fixtures only:
 * generated into temp folders, never published). Two modes:
 *
 * - generateContent(outDir, { times }): a plan `times` times larger in the newest edition.
 *   Its items are repeated with new numbers (the copies of item n are n + 25, n + 50, …),
 *   and the units repeated with new ids and names (“区水务局第2组”, id water-2), appended
 *   to content/units.yaml; each copy of an item names the same copy of its units, in its
 *   front matter and in its text's 责任单位 line alike. Everything else (other editions,
 *   categories, notice, plan, slogans, report.yaml, site.yaml) is copied as it is, so every
 *   cross-check of the build still holds.
 *
 * - generateEditions(outDir, { editions }): content/ copied, plus `editions - 1` generated
 *   editions made from the newest real one (content/2024/), in the years before it
 *   (2015 … 2023 for ten editions), so the real edition stays the newest (the site's home,
 *   and the /2024/ URLs of scripts/lib/page-types.mjs). Each generated edition is the
 *   newest one's folder with its own notice documentNumber (基准测试〔2015〕1号, plainly a
 *   bench value: the build rejects a number two editions share) and the year in its
 *   edition.yaml name and fullName; everything else is copied word for word.
 *
 * Frontmatter is read with src/lib/frontmatter.ts and edited as a YAML document (the
 * `yaml` package), never with regular expressions. By hand: `npx tsx scripts/generate-content.ts`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML, { isScalar, type Document } from 'yaml';
import { readFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const defaultFrom = path.join(root, 'content');

/** A copy's name; copy 0 is the original. */
const copyName = (name: string, copy: number) => (copy === 0 ? name : `${name}第${copy + 1}组`);
/** A copy's id. */
const copyId = (id: string, copy: number) => (copy === 0 ? id : `${id}-${copy + 1}`);

/** The edition folders of a content folder (a year, with edition.yaml), newest first. */
export function listEditions(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name) && existsSync(path.join(dir, e.name, 'edition.yaml')))
    .map((e) => e.name)
    .sort((a, b) => b.localeCompare(a));
}

/** The newest edition of a content folder; throws when there is none. */
function newestEdition(dir: string): string {
  const [newest] = listEditions(dir);
  if (!newest) throw new Error(`${dir}: no edition folder (content/<year>/edition.yaml)`);
  return newest;
}

/** The item files of an edition's items/ folder (as the build reads them: not starting with _). */
const itemFiles = (dir: string) => readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f));

/** content/ copied to outDir (replaced). */
function copyContent(from: string, outDir: string, filter: (src: string) => boolean = () => true) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  cpSync(from, outDir, { recursive: true, filter });
}

interface UnitEntry {
  id: string;
  name: string;
  aliases?: string[];
  renamed?: { from: number; name: string; aliases?: string[] }[];
}

/** A YAML document's text with its edits, comments kept (frontmatter or a .yaml file). */
const yamlDocument = (text: string): Document => YAML.parseDocument(text);

/**
 * The newest edition's plan `times` times larger (items and units repeated).
 * @param outDir the new content folder (replaced)
 */
export function generateContent(
  outDir: string,
  { times = 10, from = defaultFrom }: { times?: number; from?: string } = {},
): { edition: string; editions: number; items: number; units: number } {
  const edition = newestEdition(from);
  const itemsDir = path.join(from, edition, 'items');
  copyContent(from, outDir, (src) => src !== itemsDir && !src.startsWith(itemsDir + path.sep));

  // Units: the registry kept as it is (comments, renamings), the copies appended.
  const unitsText = readFileSync(path.join(from, 'units.yaml'), 'utf8');
  const units: UnitEntry[] = YAML.parse(unitsText);
  const copies: UnitEntry[] = [];
  for (let copy = 1; copy < times; copy++) {
    for (const unit of units) {
      copies.push({
        id: copyId(unit.id, copy),
        name: copyName(unit.name, copy),
        ...(unit.aliases?.length ? { aliases: unit.aliases.map((a) => copyName(a, copy)) } : {}),
        ...(unit.renamed?.length
          ? {
              renamed: unit.renamed.map((r) => ({
                from: r.from,
                name: copyName(r.name, copy),
                ...(r.aliases?.length ? { aliases: r.aliases.map((a) => copyName(a, copy)) } : {}),
              })),
            }
          : {}),
      });
    }
  }
  const appended = copies.length
    ? `\n# Generated for the build bench (scripts/lib/generate-content.ts): copies 2…${times} of every unit.\n${YAML.stringify(copies)}`
    : '';
  writeFileSync(path.join(outDir, 'units.yaml'), `${unitsText.replace(/\s*$/, '\n')}${appended}`);

  // Items: front matter number and units, text number and 责任单位 line.
  const files = itemFiles(itemsDir);
  const count = files.length;
  const outItems = path.join(outDir, edition, 'items');
  mkdirSync(outItems, { recursive: true });
  for (const file of files) {
    const source = readFileSync(path.join(itemsDir, file), 'utf8');
    const data = readFrontmatter(source);
    const number = Number(data.number);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${file}: no number`);
    const { yaml, body } = splitFrontmatter(source);
    const unitNames = Array.isArray(data.units) ? data.units.map(String) : [];
    for (let copy = 0; copy < times; copy++) {
      const n = number + copy * count;
      const front = yamlDocument(yaml);
      front.set('number', n);
      front.set('units', front.createNode(unitNames.map((name) => copyName(name, copy))));
      const newBody = body.replace(new RegExp(`^(\\s*)${number}\\.`), `$1${n}.`).replace(
        /([（(]责任单位：)([^（）()]+)([）)])(\s*)$/,
        (_, open: string, names: string, close: string, end: string) =>
          `${open}${names
            .split('、')
            .map((u) => copyName(u.trim(), copy))
            .join('、')}${close}${end}`,
      );
      const ext = path.extname(file);
      writeFileSync(path.join(outItems, `${String(n).padStart(3, '0')}${ext}`), `---\n${String(front)}---\n${newBody}`);
    }
  }
  return { edition, editions: listEditions(outDir).length, items: count * times, units: units.length * times };
}

/** The bench's document number for a generated edition: never a real one. */
export const benchDocumentNumber = (year: string) => `基准测试〔${year}〕1号`;

/**
 * A YAML document with the year `from` replaced by `to` in the values of the given keys
 * only, at any depth (date: 2024-08-30, dateText: 2024年8月30日), so prose keeps its words.
 */
function inYear(doc: Document, from: string, to: string, keys: string[]): Document {
  YAML.visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && keys.includes(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') {
        pair.value.value = pair.value.value.replaceAll(from, to);
      }
    },
  });
  return doc;
}

/**
 * content/ with generated editions added before the newest real one, `editions` in all.
 * @param outDir the new content folder (replaced)
 */
export function generateEditions(
  outDir: string,
  { editions = 10, from = defaultFrom }: { editions?: number; from?: string } = {},
): { edition: string; editions: number; years: string[]; generated: string[]; items: number; units: number } {
  const newest = newestEdition(from);
  copyContent(from, outDir);
  const existing = new Set(listEditions(from));
  const generated: string[] = [];
  for (let year = Number(newest) - 1; existing.size + generated.length < editions; year--) {
    if (year < 1000) throw new Error(`cannot make ${editions} editions before ${newest}`);
    if (existing.has(String(year))) continue;
    generated.push(String(year));
  }
  const source = path.join(from, newest);
  for (const year of generated) {
    const dir = path.join(outDir, year);
    cpSync(source, dir, { recursive: true });

    // The notice: its own document number, plainly a bench value, and its dates in its
    // own year (the build checks that an edition's dates are in its year).
    const noticeFile = path.join(dir, 'notice.mdx');
    const notice = splitFrontmatter(readFileSync(noticeFile, 'utf8'));
    const front = yamlDocument(notice.yaml);
    if (!front.has('documentNumber')) throw new Error(`${noticeFile}: no documentNumber`);
    front.set('documentNumber', benchDocumentNumber(year));
    writeFileSync(noticeFile, `---\n${String(inYear(front, newest, year, ['date', 'dateText']))}---\n${notice.body}`);
    const reportFile = path.join(dir, 'report.yaml');
    writeFileSync(reportFile, String(inYear(yamlDocument(readFileSync(reportFile, 'utf8')), newest, year, ['date', 'text'])));

    // edition.yaml: the year in its name and full title (comments kept).
    const settingsFile = path.join(dir, 'edition.yaml');
    const doc = yamlDocument(readFileSync(settingsFile, 'utf8'));
    for (const key of ['name', 'fullName']) {
      const value = String(doc.get(key) ?? '');
      doc.set(key, value.includes(newest) ? value.replaceAll(newest, year) : `${year}年${value}`);
    }
    writeFileSync(settingsFile, String(doc));
  }
  const years = listEditions(outDir);
  const items = years.reduce((sum, y) => sum + itemFiles(path.join(outDir, y, 'items')).length, 0);
  const units = YAML.parse(readFileSync(path.join(from, 'units.yaml'), 'utf8')).length;
  return { edition: newest, editions: years.length, years, generated: generated.reverse(), items, units };
}
