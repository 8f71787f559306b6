/** An edition's notice (content/<year>/notice.mdx): exactly one, its title lines and date right. */
import type { ContentProblem } from '../../content-error';
import type { Entry } from '../plan';
import { dateProblems } from './dates';

export function noticeProblems(notices: readonly Entry<'notice'>[], dir: string, year: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const [notice, ...extraNotices] = notices;
  if (!notice || extraNotices.length > 0) {
    problems.push({
      file: `${dir}/notice.mdx`,
      field: '文件',
      value: `找到 ${notices.length} 个通知文件`,
      allowed: '每个年度恰好一个通知文件 notice.mdx',
    });
  } else {
    if (notice.data.titleLines.join('') !== notice.data.title) {
      problems.push({
        file: notice.filePath ?? 'notice',
        field: 'titleLines',
        value: `连起来是“${notice.data.titleLines.join('')}”`,
        allowed: `与 title “${notice.data.title}”逐字相同`,
      });
    }
    problems.push(...dateProblems(notice.filePath ?? `${dir}/notice.mdx`, 'date', notice.data.date, notice.data.dateText, year));
  }
  return problems;
}
