// @ts-check
/**
 * The contents of a _headers file (Netlify, Cloudflare Pages and similar hosts) from the
 * security headers (src/lib/security-headers.mjs) and the cache rules (src/lib/cache-rules.mjs).
 * Written by `npm run headers` (scripts/headers.mjs) to public/_headers, and by the build
 * into dist/_headers for a site under a base path.
 */
import { normaliseBase } from '../../src/lib/base-path.mjs';
import { cacheControl } from '../../src/lib/cache-rules.mjs';
import { securityHeaders, strictTransportSecurity } from '../../src/lib/security-headers.mjs';

/**
 * The contents of public/_headers (Netlify / Cloudflare Pages format). Pages keep the
 * host's own short HTML caching: rules that match one path add up there, so only the
 * hashed folders get a Cache-Control of their own. public/_headers is the one for base `/`;
 * for a site under a base path the rules are under it (`/zt/zlyd/*`, `/zt/zlyd/_astro/*`).
 * @param {string} [base] the site's base path (default `/`)
 */
export function headersFile(base = '/') {
  const root = normaliseBase(base);
  const command = root === '/' ? 'npm run headers' : `npm run headers -- --base ${root} <file>`;
  const lines = [
    '# Generated from src/lib/security-headers.mjs and src/lib/cache-rules.mjs: edit those, then run',
    `#   ${command}`,
    `${root}*`,
  ];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Strict-Transport-Security: ${strictTransportSecurity}`);
  lines.push('', `${root}_astro/*`, `  Cache-Control: ${cacheControl.immutable}`);
  // One search bundle per edition: pagefind/<year>/ (:edition is a one-segment placeholder).
  lines.push('', `${root}pagefind/:edition/fragment/*`, `  Cache-Control: ${cacheControl.pagefindHashed}`);
  lines.push('', `${root}pagefind/:edition/index/*`, `  Cache-Control: ${cacheControl.pagefindHashed}`);
  return lines.join('\n') + '\n';
}
