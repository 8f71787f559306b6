import { didYouMean } from './suggest';

/**
 * A problem in what the office edits. Each one names the file, the field, the value
 * found and what would be allowed, so an editor can fix it without reading code.
 */
export interface ContentProblem {
  file: string;
  field: string;
  value: string;
  allowed: string;
  /** The allowed value nearest to a near miss (src/lib/suggest.ts), when there is one. */
  suggestion?: string;
}

export function formatProblem(p: ContentProblem): string {
  const hint = p.suggestion ? didYouMean(p.suggestion) : '';
  return `${p.file} 的 ${p.field} 字段：${p.value}。${hint}允许：${p.allowed}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `内容检查未通过，共 ${problems.length} 处问题，网站未生成：\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
