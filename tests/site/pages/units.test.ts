// Each unit's page holds exactly the items the source assigns to it, under either name form.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, loadPage } from '../../helpers/dist';
import { readSource } from '../../helpers/source';

const source = readSource();
beforeAll(assertBuilt);

/** Unit pages as the unit index lists them: name → URL. */
function unitIndex() {
  const $ = loadPage('/2024/units/');
  return new Map(
    $('.unit-table tbody th a')
      .map((_, el) => [[$(el).text().trim(), $(el).attr('href')!]] as [string, string][])
      .get(),
  );
}

/** Every name a unit page answers to: its heading and the other forms it lists. */
function namesOnPage(url: string): string[] {
  const $ = loadPage(url);
  const aliases = $('[data-pagefind-meta="aliases"]').text();
  return [$('h1').text().trim(), ...(aliases ? aliases.split('、') : [])];
}

const index = unitIndex();
const pageForName = new Map<string, string>();
for (const url of index.values()) for (const name of namesOnPage(url)) pageForName.set(name, url);

describe('unit index', () => {
  it('lists the 30 units of item 1, each once', () => {
    expect(index.size).toBe(30);
    expect([...index.keys()].sort()).toEqual([...source.items[0].units].sort());
  });

  it('is in the plan’s order: item 1’s list of units', () => {
    expect([...index.keys()]).toEqual(source.items[0].units);
  });

  it('ranks no unit: no badges, no busiest-units list, no bars', () => {
    const $ = loadPage('/2024/units/');
    expect($('main').text()).not.toMatch(/较多|最多|排名|排行/);
    expect($('main svg').length).toBe(0);
  });

  it('shows how many items each unit carries', () => {
    const $ = loadPage('/2024/units/');
    const row = $('.unit-table tbody tr').filter((_, el) => $(el).find('th a').text().trim() === '区市场监管局');
    expect(row.find('td').first().text()).toContain('7 项');
  });
});

describe('both name forms lead to the same unit page', () => {
  it.each([
    ['区文旅局', '区文化和旅游局'],
    ['区工信局', '区工业和信息化局'],
  ])('%s and %s', (short, long) => {
    expect(pageForName.get(short)).toBeDefined();
    expect(pageForName.get(short)).toBe(pageForName.get(long));
  });
});

describe('every unit page holds exactly its items', () => {
  const expected = new Map<string, number[]>();
  for (const item of source.items) {
    for (const name of item.units) {
      const url = pageForName.get(name);
      if (!url) throw new Error(`no unit page answers to ${name}`);
      expected.set(url, [...(expected.get(url) ?? []), item.number]);
    }
  }

  it.each([...index.entries()])('%s', (name, url) => {
    const $ = loadPage(url);
    const numbers = $('[data-unit-item]')
      .map((_, el) => Number($(el).attr('data-unit-item')))
      .get();
    expect(numbers).toEqual(expected.get(url) ?? []);
    // Each item shown in full, as the source has it.
    const texts = $('[data-item-text]')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(texts).toEqual(numbers.map((n) => source.items[n - 1].text));
    // Sole or shared, said for each item.
    $('[data-unit-item]').each((_, el) => {
      const number = Number($(el).attr('data-unit-item'));
      const shared = source.items[number - 1].units.length > 1;
      expect($(el).find('.tag').text()).toBe(shared ? '与其他单位共同承担' : '独立承担');
    });
  });
});
