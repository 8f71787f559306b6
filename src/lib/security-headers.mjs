// @ts-check
/**
 * The site's HTTP security headers, in one place (the cache and MIME rules are in
 * src/lib/cache-rules.mjs). Used by the test server (scripts/lib/static-server.mjs), the
 * nginx example (scripts/lib/nginx-config.mjs, printed by `npm run nginx-config`) and
 * public/_headers (scripts/lib/headers-file.mjs, written by `npm run headers`; checked
 * against these rules by tests/browser/quality/csp.test.ts).
 *
 * The policy allows no inline script, no inline style and no style="" attribute: every
 * script and stylesheet is a file under /_astro/, /scripts/ or /pagefind/. Pagefind compiles
 * its WebAssembly, hence 'wasm-unsafe-eval' (which allows WebAssembly only, not eval()).
 */

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
