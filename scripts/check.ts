/**
 * `npm run check`: the content check alone, the same schemas and cross-checks as the
 * build (src/lib/content-check.ts), in about a second. Prints every problem with its
 * file, line, field, value and what is allowed; exits 1 if any. The build runs it first
 * (scripts/build.mjs). The folder is content/, or the one QM_CONTENT_DIR names.
 */
import { parseArgs } from 'node:util';
import { checkContentFolder } from '../src/lib/content-check';
import { contentDir } from '../src/lib/content-dir';

let values: { quiet?: boolean };
try {
  ({ values } = parseArgs({ options: { quiet: { type: 'boolean', short: 'q' } } }));
} catch {
  console.error('用法：npm run check（检查 content/ 中的全部内容；不带文件名等参数）');
  process.exit(2);
}
// The time from the process's start: what a person waits for the answer.
const check = await checkContentFolder(contentDir, { since: 0 });
if (check.exitCode !== 0) {
  console.error(check.output);
  process.exitCode = check.exitCode;
} else if (!values.quiet) {
  console.log(check.output);
}
