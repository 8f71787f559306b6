// @ts-check
/**
 * The site's HTTP security headers, in one place. Used by the test server
 * (scripts/lib/static-server.mjs), the nginx example (scripts/lib/nginx-config.mjs, printed by
 * `node scripts/lib/nginx-config.mjs`) and public/_headers (checked against this file by
 * tests/quality/csp.test.ts).
 *
 * The policy allows no inline script, no inline style and no style="" attribute: every
 * script and stylesheet is a file under /_astro/, /scripts/ or /pagefind/. Pagefind compiles
 * its WebAssembly, hence 'wasm-unsafe-eval' (which allows WebAssembly only, not eval()).
 *
 * A site built under a base path (SITE_BASE=/zt/zlyd/) has those folders under it
 * (/zt/zlyd/_astro/, /zt/zlyd/pagefind/): the functions that name paths take the base.
 */
import { normaliseBase } from './base-path.mjs';

export { normaliseBase };

/** @type {Record<string, string>} */
export const cspDirectives = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Headers for every response. */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Only over HTTPS (a browser ignores it over HTTP); the nginx example sends it. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/** Cache lifetimes: hashed files never change; HTML and unhashed files are rechecked. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  /** Pagefind's fragments and index chunks carry hashes in their names too. */
  pagefindHashed: 'public, max-age=31536000, immutable',
  /** pagefind-entry.json, pagefind.js and the wasm keep their names between builds. */
  pagefindEntry: 'public, max-age=300, must-revalidate',
  html: 'public, max-age=300, must-revalidate',
  other: 'public, max-age=3600',
};

/**
 * The Cache-Control for a URL path, the same rules the nginx example applies.
 * @param {string} urlPath the full path as requested, base included (/zt/zlyd/_astro/x.css)
 * @param {string} [base] the site's base path (default `/`)
 */
export function cacheControlFor(urlPath, base = '/') {
  const root = normaliseBase(base);
  if (urlPath.startsWith(`${root}_astro/`)) return cacheControl.immutable;
  if (urlPath.startsWith(`${root}pagefind/`)) {
    return /\.(pf_fragment|pf_index|pf_meta)$/.test(urlPath) || /\/(fragment|index)\//.test(urlPath)
      ? cacheControl.pagefindHashed
      : cacheControl.pagefindEntry;
  }
  if (urlPath.endsWith('/') || urlPath.endsWith('.html')) return cacheControl.html;
  return cacheControl.other;
}

/** MIME types a static host must send, including Pagefind's own file types. */
export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  /** Pagefind's WebAssembly, stored gzipped; Pagefind's script unpacks it. */
  '.pagefind': 'application/octet-stream',
};

/**
 * Types worth compressing on the fly. Pagefind writes its .pf_* files and its wasm
 * (wasm.*.pagefind) gzipped already and unpacks them itself: compressing them again gains nothing.
 */
export const compressibleTypes = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'image/svg+xml',
  'text/plain',
  'text/csv',
  'application/wasm',
];

/**
 * The contents of public/_headers (Netlify / Cloudflare Pages format). Pages keep the
 * host's own short HTML caching: rules that match one path add up there, so only the
 * hashed folders get a Cache-Control of their own. public/_headers is the one for base `/`;
 * for a site under a base path the rules are under it (`/zt/zlyd/*`, `/zt/zlyd/_astro/*`).
 * @param {string} [base] the site's base path (default `/`)
 */
export function headersFile(base = '/') {
  const root = normaliseBase(base);
  const command = root === '/' ? 'node scripts/lib/write-headers.mjs' : `node scripts/lib/write-headers.mjs --base ${root} <file>`;
  const lines = ['# Generated from src/lib/security-headers.mjs: edit that file, then run', `#   ${command}`, `${root}*`];
  for (const [name, value] of Object.entries(securityHeaders)) lines.push(`  ${name}: ${value}`);
  lines.push(`  Strict-Transport-Security: ${strictTransportSecurity}`);
  lines.push('', `${root}_astro/*`, `  Cache-Control: ${cacheControl.immutable}`);
  // One search bundle per edition: pagefind/<year>/ (:edition is a one-segment placeholder).
  lines.push('', `${root}pagefind/:edition/fragment/*`, `  Cache-Control: ${cacheControl.pagefindHashed}`);
  lines.push('', `${root}pagefind/:edition/index/*`, `  Cache-Control: ${cacheControl.pagefindHashed}`);
  return lines.join('\n') + '\n';
}
