/**
 * The site's base path: `/` at a domain's root, or a portal's sub-path such as /zt/zlyd/
 * (SITE_BASE, set in astro.config.mjs). Astro hands it to pages as BASE_URL; scripts that
 * run outside Vite read SITE_BASE. Always with a slash at both ends.
 */
import { normaliseBase } from './base-path.mjs';

export { normaliseBase };

// At build time SITE_BASE decides (a stray BASE_URL in the environment, as vitest sets,
// must not override it); in the browser, Vite has written BASE_URL into the bundle.
const env = (import.meta as { env?: { BASE_URL?: string } }).env;
const fromProcess = typeof process !== 'undefined' ? process.env?.SITE_BASE : undefined;
export const base: string = normaliseBase(fromProcess ?? env?.BASE_URL);

/** A site path (`/2024/`, `pagefind/pagefind.js`) under the base. */
export const withBase = (path: string): string => base + path.replace(/^\/+/, '');
