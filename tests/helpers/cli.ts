/** Runs one of the project's commands (scripts/*.ts with tsx) and returns its exit code and what it printed. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './build-fixture';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');

export async function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(tsx, [script, '--', ...args], { cwd: projectRoot, env: { ...process.env, ...env } });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
