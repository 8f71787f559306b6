// @ts-check
/**
 * The one rule for a base path (SITE_BASE): `/` at a domain's root, or a sub-path with a
 * slash at both ends (`zt/zlyd` → `/zt/zlyd/`). Plain JavaScript, so astro.config.mjs,
 * the pages (src/lib/base.ts) and the server scripts (security headers, nginx example,
 * static server) all use this one.
 * @param {string | undefined} value
 */
export function normaliseBase(value) {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
