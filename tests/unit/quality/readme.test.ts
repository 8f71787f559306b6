// The README's nginx example is the generator's output, so the documented headers
// cannot drift from src/lib/security-headers.mjs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxConfig, nginxHeadersSnippet } from '../../../scripts/lib/nginx-config.mjs';
import { projectRoot } from '../../helpers/build-fixture';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the two commands a newcomer types', () => {
    const top = readme.split('\n').slice(0, 20).join('\n');
    expect(top).toContain('npm install && npm start');
    expect(top).toContain('npm test');
  });

  it('shows the nginx configuration exactly as npm run nginx-config writes it', () => {
    const block = readme.match(/```nginx\n([\s\S]*?)```/)?.[1];
    expect(block).toBe(nginxHeadersSnippet() + '\n' + nginxConfig());
  });

  it('names only npm scripts that package.json has', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts);
    const named = [...new Set([...readme.matchAll(/npm run ([a-z][\w:-]*)/g)].map((m) => m[1]))];
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('names only files and folders that exist (a * matching at least one)', () => {
    // Whole `code` spans that are a path in the project; placeholders such as <年份> are not checked.
    const paths = [...readme.matchAll(/`((?:content|src|scripts|tests|public|\.vscode|\.ci)(?:\/[^`\s]*)?)`/g)]
      .map((m) => m[1])
      .filter((p) => !/[<…]/.test(p));
    expect(paths.length).toBeGreaterThan(20);
    const exists = (p: string) => {
      if (!p.includes('*')) return existsSync(path.join(projectRoot, p));
      const folder = p.slice(0, p.indexOf('*')).replace(/[^/]*$/, '');
      const pattern = new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      const files = readdirSync(path.join(projectRoot, folder), { recursive: true }) as string[];
      return files.some((f) => pattern.test(`${folder}${f.replace(/\\/g, '/')}`));
    };
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});
