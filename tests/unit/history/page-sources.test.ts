// Which files are behind which page, and which date and history entries follow from a log.
import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../../src/lib/content/plan';
import { parseGitLog, LOG_FORMAT } from '../../../src/lib/content/history/git-log';
import {
  editionChanges,
  editionPageSources,
  lastChange,
  sourceMatches,
  type PageSource,
} from '../../../src/lib/content/history/page-sources';

function twoItemPlan(): Plan {
  const entry = (collection: string, id: string, file: string, data: object, body = '') =>
    ({ collection, id, data, body, filePath: `content/${file}` }) as never;
  return buildPlan({
    edition: '2030',
    notice: [
      entry('notice', '2030', '2030/notice.mdx', {
        title: 'AB',
        titleLines: ['A', 'B'],
        date: new Date('2030-08-30'),
        dateText: '2030年8月30日',
      }),
    ],
    plan: [
      entry(
        'plan',
        '2030/00-preamble',
        '2030/plan/00-preamble.mdx',
        { order: 0, kind: 'preamble', heading: '方案', anchor: 'preamble' },
        '按照要求。',
      ),
      entry('plan', '2030/02-activities', '2030/plan/02-activities.mdx', {
        order: 2,
        kind: 'items',
        heading: '二、活动内容',
        anchor: 'activities',
      }),
    ],
    categories: [
      entry('categories', '2030/first', '2030/categories/first.md', { order: 1, heading: '（一）第一类', shortTitle: '一' }),
      entry('categories', '2030/second', '2030/categories/second.md', { order: 2, heading: '（二）第二类', shortTitle: '二' }),
    ],
    units: [
      { id: 'water', data: { id: 'water', name: '区水务局', aliases: [] } } as never,
      { id: 'tourism', data: { id: 'tourism', name: '区文化和旅游局', aliases: [] } } as never,
    ],
    items: [
      entry(
        'items',
        '2030/01',
        '2030/items/01.mdx',
        { number: 1, title: '某项工作', units: ['区水务局'], category: 'first' },
        '1.某项工作。（责任单位：区水务局）',
      ),
      entry(
        'items',
        '2030/02',
        '2030/items/02.mdx',
        { number: 2, title: '另一项', units: ['区文化和旅游局'], category: 'second' },
        '2.另一项。（责任单位：区文化和旅游局）',
      ),
    ],
  });
}

const byUrl = (pages: PageSource[], url: string) => {
  const page = pages.find((p) => p.url === url);
  if (!page) throw new Error(`no page ${url}`);
  return page;
};

/** A log as `git log --format=LOG_FORMAT --name-only` prints it. */
function log(commits: { hash: string; date: string; subject: string; files: string[] }[]): string {
  return commits
    .map((c) => `${LOG_FORMAT.replace('%H', c.hash).replace('%cI', c.date).replace('%s', c.subject)}\n\n${c.files.join('\n')}\n`)
    .join('');
}

describe('editionPageSources', () => {
  const plan = twoItemPlan();
  const pages = editionPageSources(plan, 'content');
  const paths = plan.edition.paths;

  it('names each page’s own files relative to the content folder', () => {
    expect(byUrl(pages, paths.item(1)).own).toEqual(['2030/items/01.mdx']);
    expect(byUrl(pages, paths.notice).own).toEqual(['2030/notice.mdx']);
    expect(byUrl(pages, paths.plan).own).toEqual(['2030/plan/00-preamble.mdx', '2030/plan/02-activities.mdx']);
    expect(byUrl(pages, paths.category('first')).own).toEqual(['2030/categories/first']);
    expect(byUrl(pages, paths.units).own).toEqual(['units.yaml']);
    expect(byUrl(pages, paths.report).own).toEqual(['2030/report.yaml']);
    expect(byUrl(pages, paths.slogans).own).toEqual(['2030/slogans/']);
  });

  it('gives a unit page its own items, their categories, the unit names and the report rules', () => {
    const water = byUrl(pages, paths.unit('water'));
    expect(water.own).toEqual([]);
    expect(water.shows).toEqual(expect.arrayContaining(['units.yaml', '2030/report.yaml', '2030/items/01.mdx', '2030/categories/first']));
    expect(water.shows).not.toContain('2030/items/02.mdx');
  });

  it('labels pages with neutral labels', () => {
    expect(byUrl(pages, paths.category('first')).label).toBe('第一类');
    expect(byUrl(pages, paths.item(2)).label).toBe('第2项');
  });

  it('matches Markdown entries whatever their extension, folders by prefix, nothing else', () => {
    expect(sourceMatches('2030/categories/first', '2030/categories/first.mdx')).toBe(true);
    expect(sourceMatches('2030/slogans/', '2030/slogans/theme.md')).toBe(true);
    expect(sourceMatches('2030/items/01.mdx', '2030/items/010.mdx')).toBe(false);
    expect(sourceMatches('2030/notice.mdx', '2031/notice.mdx')).toBe(false);
    expect(sourceMatches('2030/categories/first', '2030/categories/first-aid.md')).toBe(false);
  });

  const commits = parseGitLog(
    log([
      { hash: 'c3', date: '2030-09-03T23:30:00+00:00', subject: '改第二项 <b>粗体</b>', files: ['2030/items/02.mdx'] },
      { hash: 'c2', date: '2030-09-02T10:00:00+08:00', subject: '只改原件', files: ['2030/source.txt', 'search-terms.yaml'] },
      {
        hash: 'c1',
        date: '2030-09-01T10:00:00+08:00',
        subject: '初稿',
        files: ['2030/items/01.mdx', '2030/items/02.mdx', '2030/notice.mdx', '2031/items/01.mdx'],
      },
    ]),
  );

  it('dates a page by the newest commit that changed a file behind it', () => {
    expect(lastChange(byUrl(pages, paths.item(2)), commits)?.hash).toBe('c3');
    expect(lastChange(byUrl(pages, paths.item(1)), commits)?.hash).toBe('c1');
    // Unit 文旅 shows item 2; unit 水务 only item 1.
    expect(lastChange(byUrl(pages, paths.unit('tourism')), commits)?.hash).toBe('c3');
    expect(lastChange(byUrl(pages, paths.unit('water')), commits)?.hash).toBe('c1');
    // Nothing behind the slogans page was ever committed: no date.
    expect(lastChange(byUrl(pages, paths.slogans), commits)).toBeUndefined();
  });

  it('lists the edition’s commits newest first with the pages whose own files changed', () => {
    const changes = editionChanges(pages, commits);
    expect(changes.map((c) => c.commit.hash)).toEqual(['c3', 'c1']);
    expect(changes[0].pages.map((p) => p.url)).toEqual([paths.item(2)]);
    expect(changes[1].pages.map((p) => p.url)).toEqual([paths.notice, paths.item(1), paths.item(2)]);
  });
});

describe('parseGitLog', () => {
  it('reads hash, committer date, subject and files; skips commits without files', () => {
    const commits = parseGitLog(
      log([
        { hash: 'aaa', date: '2030-09-03T23:30:00+00:00', subject: '修改：第 2 项 | 标点', files: ['2030/items/02.mdx', '单位/名录.yaml'] },
        { hash: 'bbb', date: '2030-09-01T10:00:00+08:00', subject: '合并', files: [] },
      ]),
    );
    expect(commits).toEqual([
      {
        hash: 'aaa',
        date: new Date('2030-09-03T23:30:00Z'),
        subject: '修改：第 2 项 | 标点',
        files: ['2030/items/02.mdx', '单位/名录.yaml'],
      },
    ]);
  });

  it('reads nothing from nothing', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});
