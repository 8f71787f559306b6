// @ts-check
/**
 * The site's public address (SITE_URL). Without it the build uses a placeholder, which is
 * fine for canonical links on a test server but must never be printed as a QR code or a
 * URL someone is told to type. Plain JavaScript so astro.config.mjs and the pages share it.
 */
export const PLACEHOLDER_SITE_URL = 'https://zlyd.bh.tj.example.cn';

/** @param {string | undefined} [value] */
export function siteUrl(value = process.env.SITE_URL) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : PLACEHOLDER_SITE_URL;
}

/** True when SITE_URL names a real address (set, and not the placeholder). */
export function hasRealSiteUrl(value = process.env.SITE_URL) {
  return siteUrl(value) !== PLACEHOLDER_SITE_URL;
}
