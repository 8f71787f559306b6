// A wrong edit gets a short, plain message: the file, the line, the field, the value found,
// what is allowed and, for a near miss, what it was probably meant to be. `npm run check`
// says it in a second; the build runs the same check first and stops there; neither
// prints a stack trace or tool noise for a content problem.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithFixture } from '../helpers/build-fixture';
import { checkWithFixture, noise } from '../helpers/check-fixture';

const fixtures = path.resolve(__dirname, '../fixtures/bad-content');

/** What each broken fixture must make the check say (the line where the file has one). */
const cases: Record<string, string[]> = {
  'malformed-frontmatter': ['items/05.mdx（第 4 行）的 frontmatter 字段', '不是有效的 YAML', '引号要成对'],
  'invalid-number': ['items/06.mdx（第 2 行）的 number 字段', '须为正整数', '"六"'],
  'missing-title': ['items/15.mdx 的 title 字段', '须为非空文字', '（未填写）'],
  'unknown-unit': ['items/07.mdx（第 5 行）的 units 字段', '“区知识产权保护局”不在单位名录中', '是不是要写“区知识产权局”？'],
  'unknown-category': ['items/08.mdx（第 3 行）的 category 字段', '“propaganda”不是已有的类别', '“publicity”'],
  'duplicate-number': ['items/09.mdx、', 'items/10.mdx', 'number 字段', '编号 9 重复出现 2 次', '每个编号只用一次'],
  'number-gap': ['number 字段', '没有编号为 12 的一项', '编号从 1 到 24 连续'],
  'empty-body': ['items/14.mdx（第 8 行）的 正文 字段', '正文是空的'],
  'title-not-in-text': ['items/17.mdx（第 4 行）的 title 字段', '“推介本区绿色农产品”不在该项原文中', '逐字摘取'],
  'units-mismatch': ['items/15.mdx（第 5 行）的 units 字段', '正文的责任单位是 “区科技局”', '两者一致'],
  'duplicate-alias': ['units.yaml（第 49 行）的 culture-tourism.name/aliases 字段', '名称“区工信局”已属于单位 industry-it'],
  'invalid-unit-id': ['units.yaml（第 42 行）', 'id 字段', '只能用小写英文字母、数字和连字符'],
  // A near miss is told what it was probably meant to be, not the whole list.
  'near-miss-unit': ['items/03.mdx（第 5 行）的 units 字段', '“区市场监督管理局”不在单位名录中', '是不是要写“区市场监管局”？', '（共 '],
  'near-miss-scope': ['slogans/district-theme.md（第 8 行）的 scope 字段', '只能是 district、national 之一', '是不是要写“district”？'],
  'near-miss-category': ['items/08.mdx（第 3 行）的 category 字段', '“publicty”不是已有的类别', '是不是要写“publicity”？'],
  // A field name the schema does not know would otherwise be dropped without a word.
  'unknown-field': ['items/11.mdx（第 4 行）的 titel 字段', '没有“titel”这个字段', '是不是要写“title”？', 'items/11.mdx 的 title 字段'],
  'mdx-syntax': ['items/12.mdx（第 9 行）的 正文 字段', 'MDX 无法读取', '加反斜杠'],
  // Text MDX would run as code ({责任单位} is a variable): the build would fail on it.
  'mdx-expression': ['items/12.mdx（第 9 行）的 正文 字段', '“{各参建单位}”在 MDX 中是代码', '加反斜杠'],
  'reserved-unit-id': ['units.yaml（第 42 行）的 all-units.id 字段', '用作单位 id 会与它冲突', '不能是 all-units'],
  'missing-photo': ['returns/water.yaml（第 5 行）的 photos[0].file 字段', '照片“./工地检查.jpg”不在这个文件旁边'],
  'bad-yaml-file': ['report.yaml（第 13 行）', '不是有效的 YAML', '缩进对齐'],
  // Read as the build reads it (js-yaml): without the zeros it is text, not a date.
  'date-without-zero': ['notice.mdx（第 15 行）的 date 字段', '"2024-8-30"', '月和日各写两位'],
  'wrong-type': ['edition.yaml（第 15 行）的 past 字段', '"否"', '须为 true 或 false'],
};

describe.concurrent('npm run check on a content mistake', () => {
  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const run = await checkWithFixture(path.join(fixtures, name));
    try {
      expect(run.exitCode, run.output).toBe(1);
      for (const text of expected) expect(run.output).toContain(text);
      for (const pattern of noise) expect(run.output).not.toMatch(pattern);
      // Short: npm's two lines naming the command, the problems and a closing line, nothing else.
      const lines = run.output.trim().split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
      expect(lines.length, run.output).toBeLessThanOrEqual(7);
    } finally {
      run.cleanUp();
    }
  });
});

describe('npm run check on the content as it is', () => {
  it('passes, and says how many editions and files it read', async () => {
    const run = await checkWithFixture(undefined);
    try {
      expect(run.exitCode, run.output).toBe(0);
      expect(run.output).toMatch(/\n内容检查通过：\d+ 个年度，\d+ 个文件，用时 [\d.]+ 秒。\n$/);
    } finally {
      run.cleanUp();
    }
  });
});

describe('the build', () => {
  it('runs the check first and stops there: the same message, no stack trace, dist/ left as it was', async () => {
    const build = await buildWithFixture(path.join(fixtures, 'near-miss-unit'), {
      script: 'scripts/build.mjs',
      args: [],
      prepare: (outDir) => {
        mkdirSync(outDir);
        writeFileSync(path.join(outDir, 'index.html'), 'the site as last published');
      },
    });
    try {
      expect(build.exitCode).not.toBe(0);
      for (const text of cases['near-miss-unit']) expect(build.output).toContain(text);
      for (const pattern of noise) expect(build.output).not.toMatch(pattern);
      // Astro never started.
      expect(build.output).not.toContain('[build]');
      expect(build.output).toContain('保持原样未被替换');
      expect(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toBe('the site as last published');
      expect(existsSync(path.join(build.outDir, 'items'))).toBe(false);
    } finally {
      build.cleanUp();
    }
  });

  // `astro build` by itself (as `astro check` and `astro dev` read the content too): a
  // problem between files (from the model), a value the schema refuses and a file that is
  // not YAML, each in the check's words.
  it.each(['near-miss-unit', 'wrong-type', 'malformed-frontmatter'])(
    'says a content problem Astro meets itself without a stack trace (astro build alone): %s',
    { timeout: 180_000 },
    async (name) => {
      const build = await buildWithFixture(path.join(fixtures, name));
      try {
        expect(build.exitCode).not.toBe(0);
        for (const text of cases[name]) expect(build.output).toContain(text);
        for (const pattern of noise) expect(build.output).not.toMatch(pattern);
      } finally {
        build.cleanUp();
      }
    },
  );
});
