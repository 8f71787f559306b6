#!/usr/bin/env node
// Builds the site into a staging folder and only replaces dist/ when the whole build
// (pages, posters, search index) succeeded: a failed build never leaves a broken or
// half-written site where the publisher would pick it up.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../src/lib/base-path.mjs';
import { headersFile } from './lib/headers-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env.QM_DIST_DIR ?? 'dist');
const staging = path.join(root, `.build-${process.pid}`);
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

// The content check first (npm run check): a content mistake stops here, in a second,
// with the check's plain message and nothing else.
const check = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'check.ts'), '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
if (check.status !== 0) {
  console.error(`\n构建未开始，${path.relative(root, target) || 'dist'}/ 保持原样未被替换。`);
  process.exit(check.status ?? 1);
}

const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, QM_OUT_DIR: staging },
});

if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n构建失败，${path.relative(root, target) || 'dist'}/ 保持原样未被替换。请按上面的提示修改内容后重新构建。`);
  process.exit(result.status ?? 1);
}

// public/_headers holds the rules for a site at the domain's root; under a base path
// (SITE_BASE) the built folder gets the same headers with the base's paths.
const base = normaliseBase(process.env.SITE_BASE);
if (base !== '/') writeFileSync(path.join(staging, '_headers'), headersFile(base));

const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`\n构建完成：${path.relative(root, target)}/`);
