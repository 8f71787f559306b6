/**
 * QR codes, made at build time with `qrcode` (no script in the browser). A QR code is only
 * made for a real public address: with SITE_URL unset the placeholder host would send a
 * phone nowhere, so there is none.
 */
import { hasRealSiteUrl, siteUrl } from './site-url.mjs';

/** The absolute address of a site path (already including the base), or undefined without SITE_URL. */
// Loaded when a code is drawn, not by everything that only needs the public address.
const qrcode = () => import('qrcode').then((m) => m.default);

export function publicUrl(path: string, env: string | undefined = process.env.SITE_URL): string | undefined {
  if (!hasRealSiteUrl(env)) return undefined;
  return new URL(path, siteUrl(env)).href;
}

/** An SVG QR code for `text`, sized by its viewBox so CSS sets the printed size. */
export async function qrSvg(text: string): Promise<string> {
  const QRCode = await qrcode();
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace(/ width="\d+" height="\d+"/, '');
}

/** A PNG QR code for `text` (posters are raster images), `size` pixels wide. */
export async function qrPng(text: string, size: number): Promise<Buffer> {
  const QRCode = await qrcode();
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: size });
}
