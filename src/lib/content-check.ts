/**
 * The content check of one content folder, in-process: the same reader, schemas and
 * cross-checks as the build (src/lib/content/read.ts, src/lib/content/edition.ts), with
 * each slogan checked the way its posters are drawn, and the very text
 * `npm run check` (scripts/check.ts) prints. The folder is a parameter, so tests check
 * many fixture folders in one process; the CLI passes the one QM_CONTENT_DIR names.
 */
import { performance } from 'node:perf_hooks';
import { readContent } from './content/read';
import { buildEditions } from './content/edition';
import { ContentError, type ContentProblem } from './content-error';
import { posterProblems } from './posters/check';
import { posterSlogan } from './posters/slogan';

export interface ContentCheck {
  /** Every problem found, each with its line where it has one; empty when the content passed. */
  problems: ContentProblem[];
  /** 1 when there are problems (the CLI's exit code), else 0. */
  exitCode: 0 | 1;
  /**
   * What `npm run check` prints: the problems and what to do (on stderr), or the line
   * saying it passed (on stdout; left out with --quiet).
   */
  output: string;
}

/**
 * Checks `contentDir` (its problems name files by this path). `since`: when the wait
 * began, on performance.now()'s clock (the CLI passes 0, the process's start); the
 * output says how long it took from then.
 */
export async function checkContentFolder(contentDir: string, { since = performance.now() } = {}): Promise<ContentCheck> {
  const read = await readContent(contentDir);
  // The checks across files need every file read: a file left out would make problems of
  // its own (a missing item number…), so they wait until each file is right.
  // Besides the content's own checks, each slogan is checked the way its posters are drawn.
  const model =
    read.problems.length === 0
      ? buildEditions(read.entries, { contentDir, sloganProblems: (slogan, plan) => posterProblems(posterSlogan(slogan, plan)) })
      : undefined;
  const found = model?.problems ?? read.problems;
  const seconds = ((performance.now() - since) / 1000).toFixed(1);
  if (found.length === 0) {
    return {
      problems: [],
      exitCode: 0,
      output: `内容检查通过：${model!.editions.size} 个年度，${read.files} 个文件，用时 ${seconds} 秒。`,
    };
  }
  const error = new ContentError(found);
  const lines = [error.message];
  if (!model) lines.push('（各文件之间是否一致，改好以上各处后再检查。）');
  lines.push(`\n请按上面每一条修改后再运行 npm run check。（用时 ${seconds} 秒）`);
  return { problems: error.problems, exitCode: 1, output: lines.join('\n') };
}
