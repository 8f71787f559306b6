/**
 * Neutral labels from the document's own headings. Inside the document text a heading
 * stays as the source prints it (“1、 活动主题”, “（三）推进重点领域质量提升”); a label
 * elsewhere (breadcrumbs, a box's title) is the same heading without its ordinal, so a
 * quirk of the source's numbering never leaks into the site's own words.
 */

// 一、 二、 …  1、 1. 1．  （一） （1） (1)  第一章 …, each followed by optional spaces.
const ORDINAL =
  /^\s*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+[、．.]|\d+[、．.]|第[一二三四五六七八九十百\d]+[章节部分条项])\s*/u;

/** The heading without its leading ordinal (and spaces): “1、 活动主题” → “活动主题”. */
export function headingLabel(heading: string): string {
  const label = heading.replace(ORDINAL, '').trim();
  return label || heading.trim();
}
