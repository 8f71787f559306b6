// A content mistake, told by the commands themselves: `npm run check` prints what the check
// prints in-process (tests/unit/content/errors.test.ts checks every fixture that way) with
// no stack trace and exits 1; the build runs the check first and stops there; Astro alone
// (build, check, dev) says a problem it meets in the check's words.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/lib/content-check';
import { badContent as fixtures, cases } from '../../helpers/bad-content';
import { buildWithFixture } from '../../helpers/build-fixture';
import { fixtureContent, noise, runCheck } from '../../helpers/check-fixture';

/** Output with its timing left out, and npm's two lines naming the command. */
const comparable = (output: string) =>
  output
    .replace(/用时 [\d.]+ 秒/g, '用时 … 秒')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('> '))
    .join('\n');

describe.concurrent('npm run check', () => {
  it('on a mistake: prints what the check prints in-process, no stack trace, exit code 1', async () => {
    const content = fixtureContent(path.join(fixtures, 'near-miss-unit'));
    try {
      const run = await runCheck({ QM_CONTENT_DIR: content.contentDir });
      expect(run.exitCode, run.output).toBe(1);
      for (const text of cases['near-miss-unit']) expect(run.output).toContain(text);
      for (const pattern of noise) expect(run.output).not.toMatch(pattern);
      const inProcess = await checkContentFolder(content.contentDir);
      expect(comparable(run.output)).toBe(comparable(inProcess.output));
    } finally {
      content.cleanUp();
    }
  });

  it('on the content as it is: passes, and says how many editions and files it read', async () => {
    const run = await runCheck({});
    expect(run.exitCode, run.output).toBe(0);
    expect(run.output).toMatch(/\n内容检查通过：\d+ 个年度，\d+ 个文件，用时 [\d.]+ 秒。\n$/);
  });
});

describe('the build', () => {
  it('runs the check first and stops there: the same message, no stack trace, dist/ left as it was', async () => {
    const build = await buildWithFixture(path.join(fixtures, 'near-miss-unit'), {
      script: 'scripts/build.mjs',
      args: [],
      prepare: (outDir) => {
        mkdirSync(outDir);
        writeFileSync(path.join(outDir, 'index.html'), 'the site as last published');
      },
    });
    try {
      expect(build.exitCode).not.toBe(0);
      for (const text of cases['near-miss-unit']) expect(build.output).toContain(text);
      for (const pattern of noise) expect(build.output).not.toMatch(pattern);
      // Astro never started.
      expect(build.output).not.toContain('[build]');
      expect(build.output).toContain('保持原样未被替换');
      expect(readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toBe('the site as last published');
      expect(existsSync(path.join(build.outDir, 'items'))).toBe(false);
    } finally {
      build.cleanUp();
    }
  });

  // `astro build` by itself (as `astro check` and `astro dev` read the content too): a
  // problem between files (from the model), a value the schema refuses and a file that is
  // not YAML, each in the check's words.
  it.each(['near-miss-unit', 'wrong-type', 'malformed-frontmatter'])(
    'says a content problem Astro meets itself without a stack trace (astro build alone): %s',
    { timeout: 180_000 },
    async (name) => {
      const build = await buildWithFixture(path.join(fixtures, name));
      try {
        expect(build.exitCode).not.toBe(0);
        for (const text of cases[name]) expect(build.output).toContain(text);
        for (const pattern of noise) expect(build.output).not.toMatch(pattern);
      } finally {
        build.cleanUp();
      }
    },
  );
});
