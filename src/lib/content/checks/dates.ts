/** A date field of an edition against its year and the words written beside it. */
import type { ContentProblem } from '../../content-error';

/** A date written in words in `text` (2024年10月9日), if there is one. */
function writtenDate(text: string): { y: number; m: number; d: number } | undefined {
  const m = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

const ymd = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * A date field of an edition: in the edition's year (a folder copied from last year keeps
 * last year's dates), and the same day as the words beside it say.
 */
export function dateProblems(file: string, field: string, date: Date, text: string, year: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (String(date.getUTCFullYear()) !== year) {
    problems.push({
      file,
      field,
      value: `${ymd(date)} 不在 ${year} 年`,
      allowed: `${year} 年度的日期（复制上一年度的文件夹后，请改为本年度的日期）`,
    });
  }
  const words = writtenDate(text);
  if (words && (words.y !== date.getUTCFullYear() || words.m !== date.getUTCMonth() + 1 || words.d !== date.getUTCDate())) {
    problems.push({
      file,
      field,
      value: `${ymd(date)} 与文字“${text}”说的不是同一天`,
      allowed: `与文字一致：${words.y}-${String(words.m).padStart(2, '0')}-${String(words.d).padStart(2, '0')}`,
    });
  }
  return problems;
}
