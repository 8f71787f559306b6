/**
 * The broken content fixtures (tests/fixtures/bad-content/<name>/, laid over a copy of
 * content/) and what the check must say for each: the line where the file has one.
 */
import path from 'node:path';

export const badContent = path.resolve(__dirname, '../fixtures/bad-content');

/** What each broken fixture must make the check say (the line where the file has one). */
export const cases: Record<string, string[]> = {
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
