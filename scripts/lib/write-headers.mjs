#!/usr/bin/env node
// @ts-check
// Writes public/_headers (read by Netlify, Cloudflare Pages and similar hosts) from
// src/lib/security-headers.mjs. tests/quality/csp.test.ts fails when the two differ.
//   node scripts/lib/write-headers.mjs                           # public/_headers, base /
//   node scripts/lib/write-headers.mjs --base /zt/zlyd/ <file>   # rules under a base path
// public/_headers is the file for base / (every build copies it); the one for a base path
// goes to the file named, e.g. the built folder's _headers: `--base /zt/zlyd/ dist/_headers`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, normaliseBase } from '../../src/lib/security-headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const publicHeaders = path.join(root, 'public', '_headers');

const args = process.argv.slice(2);
let base = '/';
/** @type {string | undefined} */
let file;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base') base = args[++i] ?? '';
  else if (args[i].startsWith('--base=')) base = args[i].slice('--base='.length);
  else file = args[i];
}
base = normaliseBase(base);
const target = file ? path.resolve(file) : publicHeaders;
if (base !== '/' && target === publicHeaders) {
  console.error(`public/_headers is the file for base /; name the file to write for base ${base}, e.g. dist/_headers`);
  process.exit(2);
}
writeFileSync(target, headersFile(base));
console.log(`wrote ${path.relative(root, target)}${base === '/' ? '' : ` (base ${base})`}`);
