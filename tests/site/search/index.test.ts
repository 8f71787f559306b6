// The search index the build writes, and the build step that writes it: Chinese pages
// indexed as Chinese (segmented, so words inside longer runs of text are found), only
// page content, filters from the data, and a build that fails when indexing fails.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, loadPage } from '../../helpers/dist';
import { indexedFragments as fragmentsOf } from '../../helpers/pagefind';
import { buildSearchIndex } from '../../../src/integrations/pagefind.mjs';
import { ContentError, formatProblem } from '../../../src/lib/content-error';

const indexedFragments = () => fragmentsOf('2024');

describe('the built index', () => {
  it('is one Chinese (zh-cn) index holding every content page', () => {
    assertBuilt();
    const entry = JSON.parse(readFileSync(path.join(distDir, 'pagefind/2024/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    // 25 items, 30 units, 5 categories, and the overview pages; not 404 or the search page.
    expect(entry.languages['zh-cn'].page_count).toBeGreaterThanOrEqual(60);
  });

  it('comes with the pages that need it: <html lang="zh-CN"> everywhere', () => {
    for (const url of ['/', '/2024/items/13/', '/2024/units/culture-tourism/', '/search/']) {
      expect(loadPage(url)('html').attr('lang')).toBe('zh-CN');
    }
  });

  it('item pages carry the filters and metadata the search page shows', () => {
    const $ = loadPage('/2024/items/13/');
    expect(
      $('[data-pagefind-filter="unit"]')
        .map((_, el) => $(el).text().trim())
        .get(),
    ).toEqual(['区文化和旅游局']);
    expect($('[data-pagefind-filter^="category:"]').attr('data-pagefind-filter')).toBe('category:质量提升');
    expect($('[data-pagefind-meta="title"]').text()).toBe('开展文旅领域专项检查');
    const one = loadPage('/2024/items/1/');
    expect(one('[data-pagefind-filter="unit"]').length).toBe(30);
  });

  it('indexes each item’s text once, on its own page; a unit page weighs its names', () => {
    const fragments = indexedFragments();
    const text = '对15家旅行社进行检查';
    expect(fragments.get('/2024/items/13/')).toContain(text);
    for (const url of ['/2024/plan/', '/2024/categories/key-sectors/', '/2024/units/culture-tourism/', '/2024/units/market-regulation/']) {
      expect(fragments.get(url), url).toBeDefined();
      expect(fragments.get(url), url).not.toContain(text);
    }
    expect(fragments.get('/2024/units/culture-tourism/')).toContain('区文旅局');
    expect(fragments.has('/404.html')).toBe(false);
    expect(fragments.has('/search/')).toBe(false);
    // A category page is found by its heading, not by its items' text.
    expect(fragments.get('/2024/categories/key-sectors/')).toContain('推进重点领域质量提升');
    const unit = loadPage('/2024/units/culture-tourism/');
    expect(unit('h1[data-pagefind-weight="10"]').text()).toBe('区文化和旅游局');
    expect(unit('[data-pagefind-meta="aliases"][data-pagefind-weight="10"]').text()).toBe('区文旅局');
  });
});

describe('what the index leaves out, and what it keeps', () => {
  // Checked in the built index, whatever marks the parts: a rename of a class, or a
  // component that loses its data-pagefind-ignore, shows here.
  const fragments = indexedFragments();
  const indexed = (url: string) => {
    const text = fragments.get(url);
    expect(text, url).toBeDefined();
    return text!;
  };

  it('leaves out navigation, repeats and page furniture', () => {
    const item = indexed('/2024/items/13/');
    expect(item).not.toContain('上一项'); // the pager
    expect(item).not.toContain('本项由'); // the responsible units below the text
    expect(item).not.toContain('提升质量服务效能'); // the neighbour's category heading above the title
    const plan = indexed('/2024/plan/');
    expect(plan).not.toContain('详情');
    expect(plan).not.toContain('对15家旅行社进行检查');
    const home = indexed('/2024/');
    expect(home).not.toContain('开展文旅领域专项检查'); // item titles in the category lists
    expect(home).not.toContain('海报下载');
    expect(indexed('/2024/items/')).not.toContain('开展文旅领域专项检查'); // the list of all items
    const units = indexed('/2024/units/');
    expect(units).not.toContain('承担项目较多的单位');
    expect(units).not.toContain('区水务局'); // the table of units
    const unit = indexed('/2024/units/water/');
    expect(unit).not.toContain('水利工程建设质量提升宣传'); // its items' text
    const report = indexed('/2024/report/');
    for (const furniture of [
      'XLSX',
      'check-report',
      '自查工具需要浏览器启用',
      '本网站拟定的参考格式',
      '活动项目 JSON',
      '按长边、短边理解',
    ]) {
      expect(report, furniture).not.toContain(furniture);
    }
    const slogans = indexed('/2024/slogans/');
    expect(slogans).not.toContain('几乎所有显示屏');
  });

  it('keeps the report page’s practical facts: deadline, recipient, photo and caption rules, the table’s columns', () => {
    const report = indexed('/2024/report/');
    for (const fact of [
      '截止时间',
      '2024年10月9日（周三）下班前',
      '报送至',
      '区质量强区建设协调推进领导小组办公室',
      '1024×768',
      '精选1至2张',
      '1至50个字',
      '2024年“质量月”活动统计表',
      '开展活动情况',
      '参与人数（人次）',
      '媒体宣传报道（篇）',
    ]) {
      expect(report, fact).toContain(fact);
    }
  });

  it('no text that is only in a part marked data-pagefind-ignore reaches the index', () => {
    let checked = 0;
    for (const [url, text] of fragments) {
      const $ = loadPage(url);
      const kept = $('main').clone();
      kept.find('[data-pagefind-ignore]').remove();
      const keptText = kept.text().replace(/\s+/g, '');
      $('main [data-pagefind-ignore]').each((_, el) => {
        $(el)
          .find('*')
          .addBack()
          .contents()
          .filter((_, node) => node.type === 'text')
          .each((_, node) => {
            const words = $(node).text().replace(/\s+/g, '');
            if ([...words].length < 8 || keptText.includes(words)) return;
            checked++;
            expect(text.replace(/\s+/g, ''), `${url}: ${words}`).not.toContain(words);
          });
      });
    }
    // Else the loop above checks nothing (no page marks any part, or the marks moved).
    expect(checked).toBeGreaterThan(fragments.size);
  });
});

describe('the first search’s weight', () => {
  it('the whole index is one chunk (a query never fetches two), and a small one', () => {
    // Pagefind splits its word index at about 20 000 word positions; in two chunks a
    // query whose words fall in both fetched both (43 KB instead of 25).
    const chunks = readdirSync(path.join(distDir, 'pagefind/2024/index'));
    expect(chunks).toHaveLength(1);
    expect(readFileSync(path.join(distDir, 'pagefind/2024/index', chunks[0])).length).toBeLessThan(27 * 1024);
  });
});

describe('the build step', () => {
  const temp: string[] = [];
  afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qm-pagefind-'));
    temp.push(dir);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    }
    return dir;
  };
  const page = (lang: string, body: string, searchable = true) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>标题</h1><p>${body}</p></main></body></html>`;

  it('indexes Chinese pages, one index per edition, and leaves pages without a searchable body out', async () => {
    const dir = site({
      '2024/items/1/index.html': page('zh-CN', '对15家旅行社进行检查，加强对旅行社的监管。'),
      '2025/items/1/index.html': page('zh-CN', '开展电动自行车检查。'),
      '2025/items/2/index.html': page('zh-CN', '开展食品安全检查。'),
      'index.html': page('zh-CN', '首页重复本年度的内容。'),
      'search/index.html': page('zh-CN', '搜索', false),
    });
    const result = await buildSearchIndex(dir);
    expect(result.pages).toBe(3);
    expect(Object.fromEntries(Object.entries(result.editions).map(([y, e]) => [y, [e.pages, Object.keys(e.languages)]]))).toEqual({
      2024: [1, ['zh-cn']],
      2025: [2, ['zh-cn']],
    });
    expect(existsSync(path.join(dir, 'pagefind/2024/pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(dir, 'pagefind/2024/fragment')).length).toBe(1);
    expect(readdirSync(path.join(dir, 'pagefind/2025/fragment')).length).toBe(2);
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(false);
  });

  it('fails when the pages are not marked as Chinese (no segmentation)', async () => {
    const dir = site({ '2024/index.html': page('en', '对15家旅行社进行检查。') });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/zh-cn.*lang="zh-CN"/s);
  });

  const vocabulary = (synonyms: Record<string, string>, terms: string[] = []) =>
    JSON.stringify({
      fillers: [],
      particles: '',
      districtPrefixes: [],
      units: [['区水务局']],
      synonyms,
      terms,
      pinyin: { shuiwuju: '区水务局' },
      traditional: '檢检',
      items: 1,
    });

  it('moves the search vocabulary into the edition’s bundle, its maps into files of their own', async () => {
    const dir = site({
      '2024/items/1/index.html': page('zh-CN', '区水务局对15家旅行社进行检查。'),
      '2024/search-vocabulary.json': vocabulary({ 旅游团: '旅行社' }, ['旅行社']),
    });
    await buildSearchIndex(dir);
    expect(existsSync(path.join(dir, '2024/search-vocabulary.json'))).toBe(false);
    const moved = JSON.parse(readFileSync(path.join(dir, 'pagefind/2024/vocabulary.json'), 'utf8'));
    expect(moved.synonyms).toEqual({ 旅游团: '旅行社' });
    expect(moved.traditional).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/2024/traditional.json'), 'utf8'))).toBe('檢检');
    // Pinyin points at its word by position (units first).
    expect(JSON.parse(readFileSync(path.join(dir, 'pagefind/2024/pinyin.json'), 'utf8'))).toEqual({ shuiwuju: 0 });
  });

  it('fails, naming the file and the word, when a synonym leads to a word in no index', async () => {
    const dir = site({
      '2024/items/1/index.html': page('zh-CN', '区水务局对15家旅行社进行检查。'),
      '2024/search-vocabulary.json': vocabulary({ 山寨: '假冒', 旅游团: '旅行社' }),
    });
    const error = await buildSearchIndex(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const { problems } = error as ContentError;
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0])).toMatch(
      /search-terms\.yaml（第 \d+ 行）的 synonyms\.target \/ keyTerms 字段：“假冒”不在任何年度的搜索索引中/,
    );
    expect(problems[0].allowed).toContain('改为原文的写法');
  });

  it('fails when there is nothing to index', async () => {
    const dir = site({ 'readme.txt': 'no pages' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/没有找到任何年度的页面/);
  });
});
