/**
 * The content check on a copy of content/ with a fixture's files laid over it: in-process
 * (checkContentFolder, src/lib/content-check.ts: what `npm run check` prints, without
 * starting a process), or as the command itself (runCheck, for the few tests of the CLI).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check';
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

/** A copy of content/ (with `fixture` over it, then `patch`) in a folder of its own under .cache/. */
export function fixtureContent(
  fixture: string | undefined,
  patch: (contentDir: string) => void = () => {},
): { contentDir: string; cleanUp(): void } {
  mkdirSync(path.join(projectRoot, '.cache'), { recursive: true });
  const workDir = mkdtempSync(path.join(projectRoot, '.cache', 'qm-check-'));
  const contentDir = contentWithFixture(fixture, workDir);
  patch(contentDir);
  return { contentDir, cleanUp: () => rmSync(workDir, { recursive: true, force: true }) };
}

/** The content check, in this process, of content/ with `fixture` over it; `patch` changes the copy further. */
export async function checkWithFixture(fixture: string | undefined, patch?: (contentDir: string) => void): Promise<CheckRun> {
  const content = fixtureContent(fixture, patch);
  try {
    const check = await checkContentFolder(content.contentDir);
    return { exitCode: check.exitCode, output: check.output + '\n', ...content };
  } catch (error) {
    content.cleanUp();
    throw error;
  }
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
