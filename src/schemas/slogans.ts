import { z } from 'astro/zod';
import { matching, oneOf, positiveInteger, text } from './fields';

/** Longest slogan, in characters, that every poster size still sets at a readable size. */
export const SLOGAN_MAX_LENGTH = 40;

/**
 * One slogan (附件1 活动口号, or a theme) shown on /slogans/ and rendered as posters:
 * content/slogans/<id>.md. The file name is the id used in the poster URLs.
 */
export const sloganSchema = z.object({
  // Word for word as published; phrases separated by one space, where posters break lines.
  text: matching(text(SLOGAN_MAX_LENGTH), /^\S+( \S+)*$/u, '须为一行文字，词组之间只用一个半角空格分隔，不能换行或连用空格'),
  // Place on the page and in poster lists.
  order: positiveInteger(),
  // district: 滨海新区的主题或口号; national: 全国的.
  scope: oneOf(['district', 'national'] as const),
  // Which slogan it is, as the source names it, e.g. 2024年滨海新区“质量月”活动主题.
  label: text(40),
  // Where the text comes from, shown beside it: never publish a slogan without saying so.
  source: text(80),
});

export type SloganData = z.infer<typeof sloganSchema>;
