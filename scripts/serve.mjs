#!/usr/bin/env node
// @ts-check
// Serves a built site by hand as the tests and benches do (scripts/lib/static-server.mjs):
// gzip, the security headers and cache rules, 404.html.
//   node scripts/serve.mjs [dir=dist] [--port=4321] [--base=/zt/zlyd/]   # base default: SITE_BASE
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.mjs';

const usage = 'usage: node scripts/serve.mjs [dir=dist] [--port=4321] [--base=/zt/zlyd/]';
/** The command line, or the usage and exit 2 when it is not one. */
function commandLine() {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4321' }, base: { type: 'string' } } });
    if (parsed.positionals.length <= 1 && Number.isInteger(Number(parsed.values.port))) return parsed;
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
  }
  console.error(usage);
  process.exit(2);
}
const { values, positionals } = commandLine();
const dir = positionals[0] ?? 'dist';
const { url, base } = await serveStatic(dir, { port: Number(values.port), base: values.base ?? process.env.SITE_BASE });
console.log(`serving ${dir} at ${url}${base} (gzip, security headers)`);
