/**
 * Runs the content check (`npm run check`, scripts/check.ts) on a copy of content/ with a
 * fixture's files laid over it, and returns what it printed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contentWithFixture, projectRoot } from './build-fixture';

/** Signs of a stack trace or of a tool talking instead of the content check. */
export const noise: readonly RegExp[] = [
  /\n\s+at .+[:(]/,
  /Stack trace/i,
  /Error reference/,
  /\[ERROR\]/,
  /UnhandledRejection/,
  /node:internal/,
  /\.ts:\d+:\d+/,
];

export interface CheckRun {
  exitCode: number;
  output: string;
  contentDir: string;
  cleanUp(): void;
}

/** `patch` changes the copy further before the check. */
export function checkWithFixture(fixture: string | undefined, patch: (contentDir: string) => void = () => {}): Promise<CheckRun> {
  mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
  const workDir = mkdtempSync(path.join(projectRoot, '.cache', 'qm-check-'));
  const contentDir = contentWithFixture(fixture, workDir);
  patch(contentDir);
  return runCheck({ QM_CONTENT_DIR: contentDir }).then((run) => ({
    ...run,
    contentDir,
    cleanUp: () => rmSync(workDir, { recursive: true, force: true }),
  }));
}

/** `npm run check` as package.json has it, in `cwd`, with `env` added. */
export function runCheck(env: Record<string, string>, cwd = projectRoot): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'check'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}
