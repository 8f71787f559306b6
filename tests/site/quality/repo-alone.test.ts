// A clone of the repository alone is enough: nothing outside it is read. The repository's
// files (what git has, without node_modules or anything built) are copied into an empty
// temporary folder with no sibling folders, and there the content check and the fidelity
// tests, which compare the site with the original documents, must pass.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, shellEnv } from '../../helpers/build-fixture';
import { assertBuilt, distDir } from '../../helpers/dist';

let work: string;
let repo: string;

beforeAll(() => {
  assertBuilt();
  work = mkdtempSync(path.join(os.tmpdir(), 'qm-alone-'));
  repo = path.join(work, 'repo');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: projectRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(path.join(projectRoot, f)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    cpSync(path.join(projectRoot, file), path.join(repo, file));
  }
  // What `npm ci` and `npm run build` would make: the installed packages and the built site.
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  cpSync(distDir, path.join(repo, 'dist'), { recursive: true });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// The shell's environment without anything pointing back into this checkout or at Vitest's own run.
const env = Object.fromEntries(Object.entries(shellEnv()).filter(([name]) => !name.startsWith('QM_')));
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: repo, encoding: 'utf8', env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 240_000 });

describe('the repository alone, copied where it has no neighbours', () => {
  it('has nothing beside it', () => {
    expect(readdirSync(work)).toEqual(['repo']);
    expect(existsSync(path.join(repo, 'content', '2024', 'source.txt'))).toBe(true);
  });

  it('passes the content check', () => {
    const check = run('npm', ['run', '--silent', 'check']);
    expect(check.stdout + check.stderr).toContain('内容检查通过');
    expect(check.status).toBe(0);
  });

  it('passes the fidelity tests against its own copy of the original documents', { timeout: 240_000 }, () => {
    const tests = run('npx', ['vitest', 'run', 'tests/site/pages/fidelity.test.ts', '--reporter=dot']);
    const output = tests.stdout + tests.stderr;
    expect(output, output.slice(-2000)).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
    expect(tests.status).toBe(0);
  });
});
