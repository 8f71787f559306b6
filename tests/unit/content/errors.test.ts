// A wrong edit gets a short, plain message: the file, the line, the field, the value found,
// what is allowed and, for a near miss, what it was probably meant to be. The check runs
// here in-process on each fixture (src/lib/content-check.ts, what `npm run check` prints);
// tests/site/content/errors.test.ts shows the command and the build say the same, with no
// stack trace or tool noise.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badContent, cases } from '../../helpers/bad-content';
import { checkWithFixture, noise } from '../../helpers/check-fixture';

describe.concurrent('the content check on a content mistake', () => {
  it.each(Object.entries(cases))('%s', async (name, expected) => {
    const run = await checkWithFixture(path.join(badContent, name));
    try {
      expect(run.exitCode, run.output).toBe(1);
      for (const text of expected) expect(run.output).toContain(text);
      for (const pattern of noise) expect(run.output).not.toMatch(pattern);
      // Short: the problems and a closing line, nothing else.
      const lines = run.output.trim().split('\n').filter((line) => line.trim() !== '');
      expect(lines.length, run.output).toBeLessThanOrEqual(5);
    } finally {
      run.cleanUp();
    }
  });
});

describe('the content check on the content as it is', () => {
  it('passes, and says how many editions and files it read', async () => {
    const run = await checkWithFixture(undefined);
    try {
      expect(run.exitCode, run.output).toBe(0);
      expect(run.output).toMatch(/^内容检查通过：\d+ 个年度，\d+ 个文件，用时 [\d.]+ 秒。\n$/);
    } finally {
      run.cleanUp();
    }
  });
});

describe('next year’s edition by copying a folder', () => {
  /** content/2098/, a copy of content/2024/ as it was copied: nothing changed yet. */
  const copy2024 = (contentDir: string) => cpSync(path.join(contentDir, '2024'), path.join(contentDir, '2098'), { recursive: true });

  it('fails while the copy keeps last year’s document number and dates, naming each file', async () => {
    const run = await checkWithFixture(undefined, copy2024);
    try {
      expect(run.exitCode).toBe(1);
      expect(run.output).toMatch(/2024\/notice\.mdx、\S*2098\/notice\.mdx 的 documentNumber 字段/);
      expect(run.output).toContain('文号“津滨质量组办〔2024〕4号”在 2024、2098 2 个年度重复');
      expect(run.output).toMatch(/2098\/notice\.mdx（第 \d+ 行）的 date 字段：2024-08-30 不在 2098 年/);
      expect(run.output).toMatch(/2098\/report\.yaml（第 \d+ 行）的 deadline\.date 字段：2024-10-09 不在 2098 年/);
    } finally {
      run.cleanUp();
    }
  });
});

describe('the folder checked is the one passed, not the process’s', () => {
  it('names the files of that folder, and finds what is wrong only there', async () => {
    const run = await checkWithFixture(undefined, (contentDir) =>
      cpSync(path.join(contentDir, '2024'), path.join(contentDir, '2024 - 副本'), { recursive: true }),
    );
    try {
      expect(run.exitCode).toBe(1);
      expect(run.output).toContain(`${run.contentDir}/2024 - 副本/ 的 文件夹名 字段`);
    } finally {
      run.cleanUp();
    }
  });
});
