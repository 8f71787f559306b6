/**
 * The site's base path: `/` at a domain's root, or a portal's sub-path such as /zt/zlyd/
 * (SITE_BASE, set in astro.config.mjs). Astro hands it to pages as BASE_URL; scripts that
 * run outside Vite read SITE_BASE. Always with a slash at both ends.
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = (import.meta as { env?: { BASE_URL?: string } }).env;
export const base: string = normaliseBase(env?.BASE_URL ?? (typeof process !== 'undefined' ? process.env.SITE_BASE : undefined));

/** A site path (`/2024/`, `pagefind/pagefind.js`) under the base. */
export const withBase = (path: string): string => base + path.replace(/^\/+/, '');
