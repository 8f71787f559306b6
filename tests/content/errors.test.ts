// A wrong edit fails the build with a message naming the file, the field, the bad value
// and what is allowed. Each case builds a copy of content/ with one fixture laid over it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithFixture } from '../helpers/build-fixture';

const fixtures = path.resolve(__dirname, '../fixtures/bad-content');

/** What each broken fixture must make the build say. */
const cases: Record<string, string[]> = {
  'malformed-frontmatter': ['items/05.mdx 的 frontmatter 字段', '不是有效的 YAML', '引号要成对'],
  'invalid-number': ['items/06.mdx', 'number', '须为正整数', '现在是 "六"'],
  'missing-title': ['items/15.mdx', 'title', '须为非空文字', '（未填写）'],
  'unknown-unit': ['items/07.mdx', 'units 字段', '“区知识产权保护局”不在单位名录中', '区知识产权局'],
  'unknown-category': ['items/08.mdx', 'category 字段', '“propaganda”不是已有的类别', '“publicity”'],
  'duplicate-number': ['items/09.mdx、', 'items/10.mdx', 'number 字段', '编号 9 重复出现 2 次', '每个编号只用一次'],
  'number-gap': ['number 字段', '没有编号为 12 的一项', '编号从 1 到 24 连续'],
  'empty-body': ['items/14.mdx', '正文 字段', '正文是空的'],
  'title-not-in-text': ['items/17.mdx', 'title 字段', '“推介本区绿色农产品”不在该项原文中', '逐字摘取'],
  'units-mismatch': ['items/15.mdx', 'units 字段', '正文的责任单位是 “区科技局”', '两者一致'],
  'duplicate-alias': ['units.yaml', 'culture-tourism.name/aliases', '名称“区工信局”已属于单位 industry-it'],
  'invalid-unit-id': ['units.yaml', 'id', '只能用小写英文字母、数字和连字符'],
};

describe.concurrent('content errors fail the build', () => {
  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const build = await buildWithFixture(path.join(fixtures, name));
    try {
      expect(build.exitCode, build.output).not.toBe(0);
      for (const text of expected) expect(build.output).toContain(text);
    } finally {
      build.cleanUp();
    }
  });
});

describe('a failed build', () => {
  it('leaves the previously published dist/ as it was', async () => {
    const build = await buildWithFixture(path.join(fixtures, 'unknown-unit'), {
      script: 'scripts/build.mjs',
      args: [],
      prepare: (outDir) => {
        mkdirSync(outDir);
        writeFileSync(path.join(outDir, 'index.html'), 'the site as last published');
      },
    });
    try {
      expect(build.exitCode).not.toBe(0);
      expect(build.output).toContain('保持原样未被替换');
      expect(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toBe('the site as last published');
      expect(existsSync(path.join(build.outDir, 'items'))).toBe(false);
    } finally {
      build.cleanUp();
    }
  });
});
