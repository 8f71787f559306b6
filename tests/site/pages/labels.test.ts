// The source's quirks stay inside the document text; the site's own labels are neutral:
// the heading's words without its ordinal (“1、 活动主题” → 活动主题), never an invented name.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, loadPage } from '../../helpers/dist';
import { readSource } from '../../helpers/source';

beforeAll(assertBuilt);
const source = readSource();
const themeHeading = source.plan.find((line) => /活动主题$/.test(line))!;

describe('labels from the document’s headings', () => {
  it('the plan keeps the theme heading verbatim, its contents label it neutrally', () => {
    const $ = loadPage('/2024/plan/');
    expect(themeHeading).toBe('1、 活动主题');
    expect(
      $('main h2')
        .map((_, el) => $(el).text())
        .get(),
    ).toContain(themeHeading);
    const toc = $('.plan-contents > ol > li > a')
      .map((_, el) => $(el).text())
      .get();
    expect(toc).toContain('活动主题');
    expect(toc.join()).not.toMatch(/1、|二、|三、/);
  });

  it('the home page labels the theme 活动主题', () => {
    const $ = loadPage('/2024/');
    expect($('.theme-label').text().trim()).toBe('活动主题');
  });

  it('breadcrumbs name a category by its heading without the ordinal', () => {
    const $ = loadPage('/2024/items/12/');
    const crumbs = $('.breadcrumbs li')
      .map((_, el) => $(el).text().trim())
      .get();
    const heading = $('.item .category a').text().trim();
    expect(heading).toMatch(/^（[一二三四五]）/);
    expect(crumbs).toContain(heading.replace(/^（[一二三四五]）/, ''));
  });
});
