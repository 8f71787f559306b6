// @ts-check
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
 *   node scripts/lib/generate-content.mjs <out-dir> [times=10]
 *   node scripts/lib/generate-content.mjs <out-dir> --editions=10
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const defaultFrom = path.join(root, 'content');

/** @param {string} name @param {number} copy 0 for the original */
const copyName = (name, copy) => (copy === 0 ? name : `${name}第${copy + 1}组`);
/** @param {string} id @param {number} copy */
const copyId = (id, copy) => (copy === 0 ? id : `${id}-${copy + 1}`);

/** The edition folders of a content folder (a year, with edition.yaml), newest first. */
export function listEditions(/** @type {string} */ dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name) && existsSync(path.join(dir, e.name, 'edition.yaml')))
    .map((e) => e.name)
    .sort((a, b) => b.localeCompare(a));
}

/** The newest edition of a content folder; throws when there is none. */
function newestEdition(/** @type {string} */ dir) {
  const [newest] = listEditions(dir);
  if (!newest) throw new Error(`${dir}: no edition folder (content/<year>/edition.yaml)`);
  return newest;
}

/** The item files of an edition's items/ folder (as the build reads them: not starting with _). */
const itemFiles = (/** @type {string} */ dir) => readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f));

/** content/ copied to outDir (replaced). */
function copyContent(/** @type {string} */ from, /** @type {string} */ outDir, /** @type {(src: string) => boolean} */ filter = () => true) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  cpSync(from, outDir, { recursive: true, filter });
}

/**
 * The newest edition's plan `times` times larger (items and units repeated).
 * @param {string} outDir the new content folder (replaced)
 * @param {{ times?: number; from?: string }} [options]
 * @returns {{ edition: string; editions: number; items: number; units: number }}
 */
export function generateContent(outDir, { times = 10, from = defaultFrom } = {}) {
  const edition = newestEdition(from);
  const itemsDir = path.join(from, edition, 'items');
  copyContent(from, outDir, (src) => src !== itemsDir && !src.startsWith(itemsDir + path.sep));

  // Units: the registry kept as it is (comments, renamings), the copies appended.
  const unitsText = readFileSync(path.join(from, 'units.yaml'), 'utf8');
  /** @type {{ id: string; name: string; aliases?: string[]; renamed?: { from: number; name: string; aliases?: string[] }[] }[]} */
  const units = YAML.parse(unitsText);
  const copies = [];
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
    ? `\n# Generated for the build bench (scripts/lib/generate-content.mjs): copies 2…${times} of every unit.\n${YAML.stringify(copies)}`
    : '';
  writeFileSync(path.join(outDir, 'units.yaml'), `${unitsText.replace(/\s*$/, '\n')}${appended}`);

  // Items: front matter number and units, text number and 责任单位 line.
  const files = itemFiles(itemsDir);
  const count = files.length;
  const outItems = path.join(outDir, edition, 'items');
  mkdirSync(outItems, { recursive: true });
  for (const file of files) {
    const source = readFileSync(path.join(itemsDir, file), 'utf8');
    const number = Number(source.match(/^number:\s*(\d+)\s*$/m)?.[1]);
    if (!number) throw new Error(`${file}: no number`);
    for (let copy = 0; copy < times; copy++) {
      const n = number + copy * count;
      const [, front, ...rest] = source.split(/^---\s*$/m);
      const body = rest.join('---');
      const newFront = front
        .replace(/^number:\s*\d+\s*$/m, `number: ${n}`)
        .replace(/^([ \t]+-[ \t]+)(.+?)[ \t]*$/gm, (_, dash, name) => `${dash}${copyName(name.replace(/^(['"])(.*)\1$/, '$2'), copy)}`);
      const newBody = body
        .replace(new RegExp(`^(\\s*)${number}\\.`), `$1${n}.`)
        .replace(/([（(]责任单位：)([^（）()]+)([）)])(\s*)$/, (_, open, names, close, end) =>
          `${open}${names.split('、').map((/** @type {string} */ u) => copyName(u.trim(), copy)).join('、')}${close}${end}`,
        );
      const ext = path.extname(file);
      writeFileSync(path.join(outItems, `${String(n).padStart(3, '0')}${ext}`), `---${newFront}---${newBody}`);
    }
  }
  return { edition, editions: listEditions(outDir).length, items: count * times, units: units.length * times };
}

/** The bench's document number for a generated edition: never a real one. */
export const benchDocumentNumber = (/** @type {string} */ year) => `基准测试〔${year}〕1号`;

/**
 * content/ with generated editions added before the newest real one, `editions` in all.
 * @param {string} outDir the new content folder (replaced)
 * @param {{ editions?: number; from?: string }} [options]
 * @returns {{ edition: string; editions: number; years: string[]; generated: string[]; items: number; units: number }}
 */
/**
 * `text` with the year `from` replaced by `to` on the lines of the given YAML keys only
 * (date: 2024-08-30, dateText: 2024年8月30日), so prose keeps its words.
 * @param {string} text @param {string} from @param {string} to @param {string[]} keys
 */
function inYear(text, from, to, keys) {
  const line = new RegExp(`^(\\s*(?:${keys.join('|')}):\\s*)(.*)$`, 'gm');
  return text.replace(line, (_, key, value) => key + value.replaceAll(from, to));
}

/**
 * @param {string} outDir the new content folder (replaced)
 * @param {{ editions?: number; from?: string }} [options]
 */
export function generateEditions(outDir, { editions = 10, from = defaultFrom } = {}) {
  const newest = newestEdition(from);
  copyContent(from, outDir);
  const existing = new Set(listEditions(from));
  /** @type {string[]} */
  const generated = [];
  for (let year = Number(newest) - 1; existing.size + generated.length < editions; year--) {
    if (year < 1000) throw new Error(`cannot make ${editions} editions before ${newest}`);
    if (existing.has(String(year))) continue;
    generated.push(String(year));
  }
  const source = path.join(from, newest);
  for (const year of generated) {
    const dir = path.join(outDir, year);
    cpSync(source, dir, { recursive: true });

    // The notice: its own document number, plainly a bench value.
    const noticeFile = path.join(dir, 'notice.mdx');
    const notice = readFileSync(noticeFile, 'utf8');
    const renumbered = notice.replace(/^documentNumber:.*$/m, `documentNumber: ${benchDocumentNumber(year)}`);
    if (renumbered === notice) throw new Error(`${noticeFile}: no documentNumber line`);
    // Its dates in its own year (the build checks that an edition's dates are in its year).
    writeFileSync(noticeFile, inYear(renumbered, newest, year, ['date', 'dateText']));
    const reportFile = path.join(dir, 'report.yaml');
    writeFileSync(reportFile, inYear(readFileSync(reportFile, 'utf8'), newest, year, ['date', 'text']));

    // edition.yaml: the year in its name and full title (comments kept).
    const settingsFile = path.join(dir, 'edition.yaml');
    const doc = YAML.parseDocument(readFileSync(settingsFile, 'utf8'));
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out || out.startsWith('--')) {
    throw new Error('usage: node scripts/lib/generate-content.mjs <out-dir> [times=10] | --editions=N');
  }
  const editions = process.argv.find((a) => a.startsWith('--editions='))?.split('=')[1];
  console.log(
    editions
      ? generateEditions(path.resolve(out), { editions: Number(editions) })
      : generateContent(path.resolve(out), { times: Number(process.argv[3] ?? 10) }),
  );
}
