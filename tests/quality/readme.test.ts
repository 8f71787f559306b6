// The README's nginx example is the generator's output, so the documented headers
// cannot drift from src/lib/security-headers.mjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nginxConfig, nginxHeadersSnippet } from '../../scripts/lib/nginx-config.mjs';
import { projectRoot } from '../helpers/build-fixture';

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
});
