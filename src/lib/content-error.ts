import { didYouMean } from './suggest';
import { lineOf } from './locate';

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
  /** The line of the file it is on (src/lib/locate.ts), when it is about one place. */
  line?: number;
}

export function formatProblem(p: ContentProblem): string {
  const hint = p.suggestion ? didYouMean(p.suggestion) : '';
  const where = p.line ? `（第 ${p.line} 行）` : ' ';
  return `${p.file}${where}的 ${p.field} 字段：${p.value}。${hint}允许：${p.allowed}`;
}

/** Every problem, one per line, as `npm run check` and a failed build print them. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return `内容检查未通过，共 ${problems.length} 处问题，网站未生成：\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
}

/**
 * Thrown when the content has problems. It is not a bug in the code, so it carries no stack
 * trace: Astro prints only its message (the problems, each with its line).
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const located = problems.map((p) => (p.line ? p : { ...p, line: lineOf(p.file, p.field) }));
    super(formatProblems(located));
    this.name = 'ContentError';
    this.problems = located;
    this.stack = '';
  }
}
