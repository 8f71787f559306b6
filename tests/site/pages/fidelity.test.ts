// The site reproduces the source verbatim: every paragraph, unchanged, where it belongs.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, blockTexts, loadPage } from '../../helpers/dist';
import { readSource } from '../../helpers/source';

const source = readSource();

beforeAll(assertBuilt);

describe('the source as the tests read it', () => {
  it('has the notice, the plan and 25 numbered items in 5 categories', () => {
    expect(source.notice[0]).toBe('津滨质量组办〔2024〕4号');
    expect(source.categoryHeadings).toHaveLength(5);
    expect(source.items.map((i) => i.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('the notice page', () => {
  const blocks = blockTexts(loadPage('/2024/notice/'), 'article');
  it.each(source.notice)('holds “%s” as a paragraph of its own', (paragraph) => {
    expect(blocks).toContain(paragraph);
  });
});

describe('the full plan page', () => {
  const blocks = blockTexts(loadPage('/2024/plan/'), '[data-plan-document]');
  it.each(source.plan)('holds “%s” unchanged', (paragraph) => {
    expect(blocks).toContain(paragraph);
  });
  it('keeps the source order', () => {
    const positions = source.plan.map((p) => blocks.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  it('keeps the source’s own quirks', () => {
    expect(blocks).toContain('1、 活动主题');
    expect(blocks).toContain('加强质量支撑 推动质量强区');
    expect(blocks.some((b) => b.includes('<天津市滨海新区质量强区建设纲要>'))).toBe(true);
  });
});

describe('item pages', () => {
  it.each(source.items.map((item) => [item.number, item] as const))('item %i holds exactly its own text', (number, item) => {
    const $ = loadPage(`/2024/items/${number}/`);
    const texts = $('[data-item-text]')
      .map((_, el) => $(el).text().trim())
      .get();
    expect(texts).toEqual([item.text]);
    // No other item's text leaks onto the page.
    const main = $('main').text();
    for (const other of source.items) {
      if (other.number !== number) expect(main).not.toContain(other.text);
    }
    expect($('main').text()).toContain(item.categoryHeading);
  });
});

describe('category pages', () => {
  it.each(source.categoryHeadings)('“%s” has a page with its items, in order', (heading) => {
    const index = loadPage('/2024/categories/');
    const href = index('main h2 a')
      .filter((_, el) => index(el).text().trim() === heading)
      .attr('href');
    expect(href).toBeTruthy();
    const $ = loadPage(href!);
    expect($('h1').text().trim()).toBe(heading);
    const expected = source.items.filter((i) => i.categoryHeading === heading).map((i) => i.text);
    expect(
      $('[data-item-text]')
        .map((_, el) => $(el).text().trim())
        .get(),
    ).toEqual(expected);
  });
});
