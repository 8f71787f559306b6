#!/usr/bin/env node
// @ts-check
// Prints the nginx example for the built site (scripts/lib/nginx-config.mjs): the headers
// snippet, then the server block. The README's example is this output.
//   npm run nginx-config -- [server_name] [root] [base]
// base (or SITE_BASE) is the path the site was built under (SITE_BASE=/zt/zlyd/ npm run build).
import { parseArgs } from 'node:util';
import { nginxConfig, nginxHeadersSnippet } from './lib/nginx-config.mjs';

const usage = 'usage: npm run nginx-config -- [server_name] [root] [base]';
/** The command line, or the usage and exit 2 when it is not one. */
function commandLine() {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: {} });
    if (parsed.positionals.length <= 3) return parsed;
  } catch (error) {
    console.error(/** @type {Error} */ (error).message);
  }
  console.error(usage);
  process.exit(2);
}
const [serverName, root, base = process.env.SITE_BASE || '/'] = commandLine().positionals;
process.stdout.write(nginxHeadersSnippet() + '\n' + nginxConfig({ serverName, root, base }));
