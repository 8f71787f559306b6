// @ts-check
/**
 * A larger plan for build benchmarks, made from the real content/: the items repeated
 * `times` times with new numbers (the copies of item n are n + 25, n + 50, …), and the
 * units repeated with new ids and names (“区水务局第2组”, id water-2), each copy of an
 * item naming the same copy of its units, in its front matter and in its text's
 * 责任单位 line alike. Categories, notice, plan, slogans and report columns stay as
 * they are, so every cross-check of the build still holds.
 *
 *   node scripts/lib/generate-content.mjs <out-dir> [times=10]
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @param {string} name @param {number} copy 0 for the original */
const copyName = (name, copy) => (copy === 0 ? name : `${name}第${copy + 1}组`);
/** @param {string} id @param {number} copy */
const copyId = (id, copy) => (copy === 0 ? id : `${id}-${copy + 1}`);

/**
 * @param {string} outDir the new content folder (replaced)
 * @param {{ times?: number; from?: string }} [options]
 * @returns {{ items: number; units: number }}
 */
export function generateContent(outDir, { times = 10, from = path.join(root, 'content') } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(from, outDir, { recursive: true, filter: (src) => !src.startsWith(path.join(from, 'items')) });

  // Units: the registry's comments kept, every unit repeated.
  const unitsText = readFileSync(path.join(from, 'units.yaml'), 'utf8');
  const header = unitsText.split('\n').filter((l) => l.startsWith('#')).join('\n');
  /** @type {{ id: string; name: string; aliases?: string[] }[]} */
  const units = YAML.parse(unitsText);
  const copies = [];
  for (let copy = 0; copy < times; copy++) {
    for (const unit of units) {
      copies.push({
        id: copyId(unit.id, copy),
        name: copyName(unit.name, copy),
        ...(unit.aliases?.length ? { aliases: unit.aliases.map((a) => copyName(a, copy)) } : {}),
      });
    }
  }
  writeFileSync(path.join(outDir, 'units.yaml'), `${header}\n\n${YAML.stringify(copies)}`);

  // Items: front matter number and units, text number and 责任单位 line.
  const itemsDir = path.join(from, 'items');
  const files = readdirSync(itemsDir).filter((f) => /\.mdx?$/.test(f));
  const count = files.length;
  mkdirSync(path.join(outDir, 'items'), { recursive: true });
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
      writeFileSync(path.join(outDir, 'items', `${String(n).padStart(3, '0')}${ext}`), `---${newFront}---${newBody}`);
    }
  }
  return { items: count * times, units: units.length * times };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node scripts/lib/generate-content.mjs <out-dir> [times]');
  console.log(generateContent(path.resolve(out), { times: Number(process.argv[3] ?? 10) }));
}
