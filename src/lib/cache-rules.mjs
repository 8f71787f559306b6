// @ts-check
/**
 * How long each kind of file may be cached, and the MIME types and compression a static
 * host must use: one source for the test server (scripts/lib/static-server.mjs), public/_headers
 * (scripts/lib/headers-file.mjs) and the nginx example (scripts/lib/nginx-config.mjs). The
 * security headers are in src/lib/security-headers.mjs.
 *
 * A site built under a base path (SITE_BASE=/zt/zlyd/) has its folders under it
 * (/zt/zlyd/_astro/, /zt/zlyd/pagefind/): the functions that name paths take the base.
 */
import { normaliseBase } from './base-path.mjs';

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
