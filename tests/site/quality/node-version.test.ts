// The Node the project's commands run on (README, 运行环境): npm puts node_modules/.bin
// first, where `npm install` put Node 24; on an older Node each command stops at once
// with a Chinese message (scripts/lib/require-node.mjs), not a tool's English refusal.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, shellEnv } from '../../helpers/build-fixture';

const script = path.join(projectRoot, 'scripts/lib/require-node.mjs');

/** require-node.mjs run by this Node pretending to be `version`. */
function checkAs(version: string) {
  const pretend = `Object.defineProperty(process.versions,'node',{value:'${version}'});Object.defineProperty(process,'version',{value:'v${version}'})`;
  return spawnSync(process.execPath, ['--import', `data:text/javascript,${pretend}`, script], { encoding: 'utf8', env: shellEnv() });
}

describe('the Node version check', () => {
  it('stops on Node 20 and says in Chinese what to do', () => {
    const run = checkAs('20.20.2');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('需要 Node.js 22.12 或更高版本');
    expect(run.stderr).toContain('v20.20.2');
    expect(run.stderr).toContain('npm install');
    expect(run.stderr).not.toMatch(/Error|\n\s+at /);
  });

  it('stops just below what engines asks, and lets it through', () => {
    expect(checkAs('22.11.0').status).toBe(1);
    expect(checkAs('22.12.0').status).toBe(0);
    expect(checkAs('26.0.0').status).toBe(0);
  });

  it('lets the pinned Node through, saying nothing', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  it('npm runs the project’s commands on Node 24, whatever the machine’s own Node', () => {
    const run = spawnSync('npm', ['exec', '--', 'node', '-p', 'process.version'], { cwd: projectRoot, encoding: 'utf8', env: shellEnv() });
    expect(run.stdout.trim()).toMatch(/^v24\./);
  });
});
