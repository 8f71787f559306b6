#!/usr/bin/env node
// @ts-check
// Prints the nginx example for the built site (scripts/lib/nginx-config.mjs): the headers
// snippet, then the server block. The README's example is this output.
//   npm run nginx-config -- [server_name] [root] [base]
// base (or SITE_BASE) is the path the site was built under (SITE_BASE=/zt/zlyd/ npm run build).
import { parseArgs } from 'node:util';
import { nginxConfig, nginxHeadersSnippet } from './lib/nginx-config.mjs';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length > 3) {
  console.error('usage: npm run nginx-config -- [server_name] [root] [base]');
  process.exit(2);
}
const [serverName, root, base = process.env.SITE_BASE || '/'] = positionals;
process.stdout.write(nginxHeadersSnippet() + '\n' + nginxConfig({ serverName, root, base }));
