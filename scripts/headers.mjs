#!/usr/bin/env node
// @ts-check
// Writes public/_headers (read by Netlify, Cloudflare Pages and similar hosts) from
// src/lib/security-headers.mjs and src/lib/cache-rules.mjs (scripts/lib/headers-file.mjs).
// tests/browser/quality/csp.test.ts fails when the file and the rules differ.
//   npm run headers                                    # public/_headers, base /
//   npm run headers -- --base /zt/zlyd/ dist/_headers  # rules under a base path, to that file
// public/_headers is the file for base / (every build copies it); the one for a base path
// goes to the file named.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/lib/base-path.mjs';
import { headersFile } from './lib/headers-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicHeaders = path.join(root, 'public', '_headers');

const usage = 'usage: npm run headers -- [--base /zt/zlyd/] [file]';
/** The command line, or the usage and exit 2 when it is not one. */
function commandLine() {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { base: { type: 'string', default: '/' } } });
    if (parsed.positionals.length <= 1) return parsed;
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
  }
  console.error(usage);
  process.exit(2);
}
const { values, positionals } = commandLine();
const base = normaliseBase(values.base);
const target = positionals[0] ? path.resolve(positionals[0]) : publicHeaders;
if (base !== '/' && target === publicHeaders) {
  console.error(`public/_headers is the file for base /; name the file to write for base ${base}, e.g. dist/_headers`);
  process.exit(2);
}
writeFileSync(target, headersFile(base));
console.log(`wrote ${path.relative(root, target)}${base === '/' ? '' : ` (base ${base})`}`);
