/**
 * One edition's facts for the scripts that run outside the build (check-report): its
 * reporting rules from content/<year>/report.yaml and its units, under that year's names,
 * from content/units.yaml and the items' `units` fields. Read with the `yaml` package;
 * the build validates the same files with the schemas.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { namesInYear } from '../../src/lib/plan';
import { newestFirst } from '../../src/lib/editions';
import type { RuleSettings } from '../../src/lib/report/rules';
import type { RegisteredUnit } from '../../src/lib/report/unit-match';
import { COLUMN_DEFAULTS, type ReportColumn, type TableItem, type TableUnit } from '../../src/lib/report/table';
import { matchUnitName } from '../../src/lib/unit-names';

export const contentRoot = (): string => process.env.QM_CONTENT_DIR ?? path.join(import.meta.dirname, '..', '..', 'content');

/** The editions in content/, newest first (folders named by a year, with edition.yaml). */
export async function listEditions(dir = contentRoot()): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const years: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || !/^\d{4}$/.test(e.name)) continue;
    if ((await readdir(path.join(dir, e.name))).includes('edition.yaml')) years.push(e.name);
  }
  return newestFirst(years);
}

/** The YAML between the first two `---` lines of a Markdown/MDX file. */
function frontmatter(text: string): Record<string, unknown> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0].trim() !== '---') return {};
  const end = lines.indexOf('---', 1);
  return (parseYaml(lines.slice(1, end < 0 ? undefined : end).join('\n')) ?? {}) as Record<string, unknown>;
}

/**
 * The edition a command works on: `--edition` when given, else the newest. Undefined (and
 * the reason printed) when there is no such edition, so the command exits with 2.
 */
export async function chooseEdition(asked: string | undefined): Promise<{ year: string; editions: string[] } | undefined> {
  const editions = await listEditions();
  const year = asked ?? editions[0];
  if (!year || !editions.includes(year)) {
    console.error(`没有 ${year ?? '任何'} 年度：可用 ${editions.join('、') || '（content/ 下没有年度文件夹）'}。`);
    return undefined;
  }
  return { year, editions };
}

export interface EditionFacts {
  year: string;
  settings: RuleSettings;
  /** The edition's units (those with items), in registry order, with that year's names. */
  units: RegisteredUnit[];
}

export async function readEdition(year: string, dir = contentRoot()): Promise<EditionFacts> {
  const folder = path.join(dir, year);
  const report = parseYaml(await readFile(path.join(folder, 'report.yaml'), 'utf8')) as RuleSettings & { deadline: { date: Date | string } };
  const registry = parseYaml(await readFile(path.join(dir, 'units.yaml'), 'utf8'));
  if (!Array.isArray(registry)) throw new Error(`${path.join(dir, 'units.yaml')} 应为单位列表`);
  const named = registry.map((u) => ({ id: String(u.id), ...namesInYear(u, year) }));
  const written = new Set<string>();
  const itemsDir = path.join(folder, 'items');
  for (const file of await readdir(itemsDir)) {
    if (!/\.mdx?$/.test(file) || file.startsWith('_')) continue;
    const units = frontmatter(await readFile(path.join(itemsDir, file), 'utf8')).units;
    if (Array.isArray(units)) for (const name of units) written.add(String(name));
  }
  const units = named.filter((u) => [u.name, ...u.aliases].some((n) => written.has(n)));
  return { year, settings: report, units };
}

/** A unit as the statistics tables need it (src/lib/report/table.ts), with that year's names. */
export interface TableUnitFacts extends TableUnit {
  aliases: string[];
  items: TableItem[];
}

export interface EditionTables {
  year: string;
  tableName: string;
  columns: ReportColumn[];
  /** The edition's units (those with items), in registry order, the order plan.units has. */
  units: TableUnitFacts[];
  /** The items in number order, each with its category. */
  items: (TableItem & { category: { id: string; heading: string; order: number } })[];
}

/**
 * What the statistics tables of an edition are made of, read from content/<year>/ the
 * way the build's plan (src/lib/plan.ts) connects them: items with their category and
 * units, units with their items. The build checks the content; this trusts it.
 */
export async function readEditionTables(year: string, dir = contentRoot()): Promise<EditionTables> {
  const folder = path.join(dir, year);
  const report = parseYaml(await readFile(path.join(folder, 'report.yaml'), 'utf8')) as {
    table: { name: string };
    columns: Partial<ReportColumn>[];
  };
  const columns = report.columns.map((c) => ({ ...COLUMN_DEFAULTS, ...c }) as ReportColumn);
  const categories = new Map<string, { id: string; heading: string; order: number }>();
  for (const file of await readdir(path.join(folder, 'categories'))) {
    if (!/\.mdx?$/.test(file) || file.startsWith('_')) continue;
    const data = frontmatter(await readFile(path.join(folder, 'categories', file), 'utf8'));
    const id = file.replace(/\.mdx?$/, '');
    categories.set(id, { id, heading: String(data.heading), order: Number(data.order) });
  }
  const registry = parseYaml(await readFile(path.join(dir, 'units.yaml'), 'utf8')) as { id: string }[];
  const all: TableUnitFacts[] = registry.map((u) => ({ id: String(u.id), ...namesInYear(u as never, year), items: [] }));
  const items: EditionTables['items'] = [];
  for (const file of await readdir(path.join(folder, 'items'))) {
    if (!/\.mdx?$/.test(file) || file.startsWith('_')) continue;
    const data = frontmatter(await readFile(path.join(folder, 'items', file), 'utf8'));
    const units = (Array.isArray(data.units) ? data.units : []).flatMap((name) => {
      const unit = matchUnitName(String(name), all);
      return unit ? [unit] : [];
    });
    items.push({ number: Number(data.number), title: String(data.title), category: categories.get(String(data.category))!, units });
  }
  items.sort((a, b) => a.number - b.number);
  for (const item of items) for (const unit of item.units as TableUnitFacts[]) unit.items.push(item);
  return { year, tableName: report.table.name, columns, units: all.filter((u) => u.items.length > 0), items };
}
