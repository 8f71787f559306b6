/**
 * 更新日期 and 修订记录 from git, on real builds: the content copied into a repository of
 * its own with three commits at fixed dates (the second changes item 9, the third only the
 * original source.txt), built once; then a shallow clone of that repository, built once,
 * which must warn and show no 更新日期 rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../helpers/axe';
import { buildWithFixture, type FixtureBuild } from '../../helpers/build-fixture';
import { useServedSite } from '../../helpers/site';

const FIRST = { date: '2031-04-01T09:00:00+08:00', shown: '2031年4月1日', message: '初次发布' };
// 23:30 UTC is already the next day in Beijing.
const SECOND = { date: '2031-05-06T23:30:00+00:00', shown: '2031年5月7日', message: '第9项：<b>订正</b> & 核对' };
const THIRD = { date: '2031-06-01T09:00:00+08:00', shown: '2031年6月1日', message: '只改原件' };
const PUBLISHED = { field: 'publishDate: 2031-03-31', shown: '2031年3月31日' };

function commitAll(dir: string, { date, message }: { date: string; message: string }): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      [
        '-C',
        dir,
        '-c',
        'user.name=测试',
        '-c',
        'user.email=test@example.invalid',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=/dev/null',
        ...args,
      ],
      { env, stdio: 'pipe' },
    );
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

/**
 * The content in a repository of its own (its folder's parent, as content/ sits in the
 * project): publishDate set, three commits. Returns the repository.
 */
function makeHistory(contentDir: string): string {
  const repository = path.dirname(contentDir);
  const notice = path.join(contentDir, '2024/notice.mdx');
  writeFileSync(notice, readFileSync(notice, 'utf8').replace(/^---\n/, `---\n${PUBLISHED.field}\n`));
  execFileSync('git', ['init', '-q', repository]);
  commitAll(repository, FIRST);
  const item = path.join(contentDir, '2024/items/09.mdx');
  writeFileSync(item, readFileSync(item, 'utf8').replace(/^---\n/, '---\n# 核对过原文\n'));
  commitAll(repository, SECOND);
  appendFileSync(path.join(contentDir, '2024/source.txt'), '\n');
  commitAll(repository, THIRD);
  return repository;
}

/** `repository` cloned with only its newest commit, its content/ at `contentDir`. */
function shallowClone(repository: string, contentDir: string): void {
  const root = path.dirname(contentDir);
  const clone = path.join(root, 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository}`, clone], { stdio: 'pipe' });
  rmSync(contentDir, { recursive: true, force: true });
  renameSync(path.join(clone, 'content'), contentDir);
  renameSync(path.join(clone, '.git'), path.join(root, '.git'));
}

let full: FixtureBuild;
let shallow: FixtureBuild;
const page = (build: FixtureBuild, urlPath: string) => cheerio.load(readFileSync(path.join(build.outDir, urlPath, 'index.html'), 'utf8'));
const dates = (build: FixtureBuild, urlPath: string) => page(build, urlPath)('[data-page-dates]').text();

beforeAll(async () => {
  let repository = '';
  full = await buildWithFixture(undefined, { patch: (contentDir) => (repository = makeHistory(contentDir)) });
  if (full.exitCode !== 0) throw new Error(full.output);
  // The same repository, cloned with only its newest commit. (One build after the other:
  // two Astro builds of MDX content from one project folder at once can trip each other.)
  shallow = await buildWithFixture(undefined, { patch: (contentDir) => shallowClone(repository, contentDir) });
  if (shallow.exitCode !== 0) throw new Error(shallow.output);
}, 300_000);

afterAll(() => {
  full?.cleanUp();
  shallow?.cleanUp();
});

// Registered after the builds, so it serves the one with history (and closes before the clean-up).
const site = useServedSite(() => full.outDir);

describe('a build with the content’s history', () => {
  it('dates each page by the last commit that changed what it shows, in China time', () => {
    expect(dates(full, '2024/items/9/')).toContain(`更新日期：${SECOND.shown}`);
    // Item 9's unit shows its text; another unit does not.
    expect(dates(full, '2024/units/market-regulation/')).toContain(`更新日期：${SECOND.shown}`);
    expect(dates(full, '2024/items/1/')).toContain(`更新日期：${FIRST.shown}`);
    expect(dates(full, '2024/units/water/')).toContain(`更新日期：${FIRST.shown}`);
    expect(dates(full, '2024/notice/')).toContain(`更新日期：${FIRST.shown}`);
    // The site's home is the current edition's.
    expect(dates(full, '')).toBe(dates(full, '2024/'));
    expect(dates(full, '')).toContain('更新日期');
    // The third commit changed only the original, which no page shows.
    expect(full.output).not.toContain('提示：');
    for (const url of ['2024/', '2024/plan/', '2024/report/', '2024/slogans/', '2024/categories/']) {
      expect(dates(full, url), url).not.toContain(THIRD.shown);
    }
  });

  it('shows the notice’s 发布日期 on the pages of the plan', () => {
    expect(dates(full, '2024/items/1/')).toContain(`发布日期：${PUBLISHED.shown}`);
    expect(dates(full, '2024/units/water/')).toContain(`发布日期：${PUBLISHED.shown}`);
  });

  it('lists the edition’s commits on 修订记录, newest first, with the pages they changed', () => {
    const $ = page(full, '2024/history/');
    const entries = $('[data-history] > li');
    expect(entries.length).toBe(2);
    const [second, first] = entries.toArray().map((li) => $(li));
    expect(second.find('time').text()).toBe(SECOND.shown);
    expect(second.text()).toContain(SECOND.message);
    expect(
      second
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/2024/items/9/']);
    expect(second.find('a').text()).toBe('第9项');
    expect(first.find('time').text()).toBe(FIRST.shown);
    expect(first.text()).toContain(FIRST.message);
    const links = first
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(
      expect.arrayContaining([
        '/2024/',
        '/2024/notice/',
        '/2024/plan/',
        '/2024/items/1/',
        '/2024/items/25/',
        '/2024/units/',
        '/2024/report/',
        '/2024/slogans/',
      ]),
    );
    // The message is text: its <b> is shown, not made bold.
    expect(second.find('b').length).toBe(0);
    // Pages link to it; it stays out of the search index.
    expect(page(full, '2024/items/1/')('[data-page-dates] a').attr('href')).toBe('/2024/history/');
    expect($('[data-pagefind-body]').length).toBe(0);
  });
});

it.each(['/2024/history/', '/2024/items/9/'])('%s has no accessibility violations on a phone', async (url) => {
  const page = await site.browser.newPage({ viewport: { width: 375, height: 812 } });
  try {
    await page.goto(site.url + url, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.close();
  }
});

describe('a build from a shallow clone', () => {
  it('warns once, in plain words, and shows no 更新日期', () => {
    const warnings = shallow.output.split('\n').filter((line) => line.includes('提示：'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('浅克隆');
    expect(shallow.output).not.toMatch(/\n\s+at /);
    for (const url of ['2024/items/9/', '2024/items/1/', '2024/notice/', '2024/units/water/']) {
      expect(dates(shallow, url), url).not.toContain('更新日期');
      expect(dates(shallow, url), url).toContain(`发布日期：${PUBLISHED.shown}`);
    }
  });

  it('says 修订记录 is not available in this copy', () => {
    const $ = page(shallow, '2024/history/');
    expect($('[data-history] li').length).toBe(0);
    expect($('[data-history-unavailable]').text()).toContain('没有完整的修改历史');
    expect(page(shallow, '2024/items/1/')('[data-page-dates] a').length).toBe(0);
  });
});
