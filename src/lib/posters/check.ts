/**
 * What a slogan must be for its posters to be drawn: every character in the poster font,
 * and the text short enough for every size. Shared by the renderer, which refuses to draw
 * otherwise, and the content check (npm run check), which says so before any build.
 */
import { ContentError, type ContentProblem } from '../content-error';
import { fitSlogan, posterSizesOf, type PosterSize } from './design';
import { FONT_NAME, missingCharacters } from './font';
import type { PosterSlogan } from './render';

type CheckedSlogan = Pick<PosterSlogan, 'id' | 'text' | 'label' | 'kicker' | 'file' | 'siteUrl'>;

function sloganFile(slogan: CheckedSlogan): string {
  return slogan.file ?? `content/<年份>/slogans/${slogan.id}.md`;
}

/** Each character of the text, label or kicker that the poster font lacks. */
export function glyphProblems(slogan: CheckedSlogan): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ['text', 'label', 'kicker'] as const) {
    for (const ch of missingCharacters(slogan[field])) {
      const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({
        file: sloganFile(slogan),
        field,
        value: `海报字体 ${FONT_NAME} 中没有字符“${ch}”（${code}），无法生成海报`,
        allowed: `${FONT_NAME} 所含的汉字、标点、字母和数字；请核对是否误输入了生僻字或特殊符号，改为常用写法`,
      });
    }
  }
  return problems;
}

/**
 * Throws a ContentError naming the file, the field and each character the font lacks,
 * so a poster is never drawn with a gap or a box where a character should be.
 */
export function checkGlyphs(slogan: CheckedSlogan): void {
  const problems = glyphProblems(slogan);
  if (problems.length > 0) throw new ContentError(problems);
}

/** The sizes (of `sizes`, by default every size the slogan is drawn in) its text cannot fit. */
export function fitProblems(slogan: CheckedSlogan, sizes: readonly PosterSize[] = posterSizesOf(slogan)): ContentProblem[] {
  return sizes
    .filter((size) => !fitSlogan(slogan.text, size))
    .map((size) => ({
      file: sloganFile(slogan),
      field: 'text',
      value: `“${slogan.text}”太长，${size.name} 海报放不下`,
      allowed: '更短的口号（40 个字以内）',
    }));
}

/** Everything that would stop the slogan's posters from being drawn. */
export const posterProblems = (slogan: CheckedSlogan): ContentProblem[] => [...glyphProblems(slogan), ...fitProblems(slogan)];
