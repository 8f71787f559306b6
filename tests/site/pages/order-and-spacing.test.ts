// What an upgrade of the framework can change without a word: the order the units come in
// (Astro 6+ hands collection entries back sorted by id) and the spaces between elements
// (Astro 7's 'jsx' whitespace compression joins `1.` and `深入…` into `1.深入…`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as readYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, loadPage } from '../../helpers/dist';
import { readCsv } from '../../helpers/csv';

beforeAll(assertBuilt);

// content/units.yaml read on its own, not through the site's reader.
const registry = (readYaml(readFileSync(path.resolve(__dirname, '../../../content/units.yaml'), 'utf8')) as { id: string }[]).map(
  (u) => u.id,
);
const inRegistryOrder = (ids: string[]) => [...ids].sort((a, b) => registry.indexOf(a) - registry.indexOf(b));
const unitIdOf = (href: string) => /\/units\/([^/]+)\/$/.exec(href)?.[1] ?? href;

describe('units keep the order of content/units.yaml', () => {
  it('has several units, not in id order (so a sort by id shows)', () => {
    expect(registry.length).toBeGreaterThan(10);
    expect(registry).not.toEqual([...registry].sort());
  });

  it('on the units index', () => {
    const $ = loadPage('/2024/units/');
    const ids = $('main tr[data-filter-item] a[href*="/units/"]')
      .map((_, a) => unitIdOf($(a).attr('href')!))
      .get();
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(inRegistryOrder(ids));
  });

  it('in the search page’s unit filter', () => {
    const $ = loadPage('/search/');
    const names = $('select option')
      .map((_, o) => $(o).text().trim())
      .get();
    const units = JSON.parse(readFileSync(path.join(distDir, '2024/data/units.json'), 'utf8')) as { id: string; name: string }[];
    // An option reads 区文化和旅游局 （区文旅局） for a unit with a short name.
    const shown = names.map((n) => units.find((u) => n === u.name || n.startsWith(`${u.name} `))?.name).filter(Boolean);
    expect(shown).toEqual(units.map((u) => u.name));
  });

  it('in units.json', () => {
    const ids = (JSON.parse(readFileSync(path.join(distDir, '2024/data/units.json'), 'utf8')) as { id: string }[]).map((u) => u.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(inRegistryOrder(ids));
  });

  it('in assignments.csv, unit by unit', () => {
    const [header, ...rows] = readCsv(readFileSync(path.join(distDir, '2024/data/assignments.csv')));
    const column = header.indexOf('unit_id');
    const ids = [...new Set(rows.map((row) => row[column]))];
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual(inRegistryOrder(ids));
  });
});

describe('spaces between elements stay', () => {
  const text = ($: ReturnType<typeof loadPage>, selector: string) =>
    $(selector)
      .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
      .get();

  it('between an item’s number and its title in the item list', () => {
    const links = text(loadPage('/2024/items/'), 'main a[href*="/items/"]').filter((t) => /^\d+\./.test(t));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^\d+\. \S/);
  });

  it('between the XLSX and CSV buttons of a unit on the report page', () => {
    const cells = text(loadPage('/2024/report/'), 'main .files');
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) expect(cell).toBe('XLSX CSV');
  });
});
