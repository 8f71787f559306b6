/**
 * `npm run check`: the content check alone, the same schemas and cross-checks as the
 * build (src/lib/content/read.ts, src/lib/content/edition.ts), in about a second. Prints
 * every problem with its file, line, field, value and what is allowed; exits 1 if any.
 * The build runs it first (scripts/build.mjs).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content/read';
import { buildEditions } from '../src/lib/content/edition';
import { ContentError } from '../src/lib/content-error';
import { posterProblems } from '../src/lib/posters/check';
import { posterSlogan } from '../src/lib/posters/slogan';

let values: { quiet?: boolean };
try {
  ({ values } = parseArgs({ options: { quiet: { type: 'boolean', short: 'q' } } }));
} catch {
  console.error('用法：npm run check（检查 content/ 中的全部内容；不带文件名等参数）');
  process.exit(2);
}
const read = await readContent();
// The checks across files need every file read: a file left out would make problems of
// its own (a missing item number…), so they wait until each file is right.
// Besides the content's own checks, each slogan is checked the way its posters are drawn.
const model =
  read.problems.length === 0
    ? buildEditions(read.entries, { sloganProblems: (slogan, plan) => posterProblems(posterSlogan(slogan, plan)) })
    : undefined;
const problems = model?.problems ?? read.problems;
// From the process's start: the time a person waits for the answer.
const seconds = (performance.now() / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(new ContentError(problems).message);
  if (!model) console.error('（各文件之间是否一致，改好以上各处后再检查。）');
  console.error(`\n请按上面每一条修改后再运行 npm run check。（用时 ${seconds} 秒）`);
  process.exitCode = 1;
} else if (!values.quiet) {
  console.log(`内容检查通过：${model!.editions.size} 个年度，${read.files} 个文件，用时 ${seconds} 秒。`);
}
