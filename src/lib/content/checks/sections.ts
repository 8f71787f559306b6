/** An edition's plan text (content/<year>/plan/): one preamble, first, and one place for the items. */
import type { ContentProblem } from '../../content-error';
import type { Entry } from '../plan';

/** `sections`: in order (by `order`). */
export function sectionProblems(sections: readonly Entry<'plan'>[], dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const kind of ['preamble', 'items'] as const) {
    const found = sections.filter((s) => s.data.kind === kind);
    if (found.length !== 1) {
      problems.push({
        file: `${dir}/plan/`,
        field: 'kind',
        value: `kind 为 ${kind} 的部分有 ${found.length} 个`,
        allowed: `恰好一个（${kind === 'preamble' ? '方案标题和开头段落，order 最小' : '活动内容的位置'}）`,
      });
    }
  }
  if (sections.length > 0 && sections[0].data.kind !== 'preamble') {
    problems.push({
      file: sections[0].filePath ?? `${dir}/plan/`,
      field: 'order',
      value: `排在最前的是 ${sections[0].data.kind}`,
      allowed: 'kind 为 preamble 的部分 order 最小',
    });
  }
  return problems;
}
