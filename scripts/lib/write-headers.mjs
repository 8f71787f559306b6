#!/usr/bin/env node
// @ts-check
// Writes public/_headers (read by Netlify, Cloudflare Pages and similar hosts) from
// src/lib/security-headers.mjs. tests/quality/csp.test.ts fails when the two differ.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../../src/lib/security-headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = path.join(root, 'public', '_headers');
writeFileSync(target, headersFile());
console.log(`wrote ${path.relative(root, target)}`);
