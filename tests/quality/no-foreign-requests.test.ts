// Every page loads only from its own host (no CDN, no analytics, no web fonts): it works on
// a government intranet and over a weak network, and tells no third party who reads it.
import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/site';
import { pageTypes, viewports, waitForSearchResults } from './helpers';

const site = useServedSite();

const fontFile = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

describe.each(viewports)('at $width px', ({ width, height }) => {
  it.each(pageTypes)('$name ($path) asks no other host for anything and loads no fonts', async ({ name, path }) => {
    const page = await site.browser.newPage({ viewport: { width, height } });
    const foreign: string[] = [];
    const fonts: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site.url + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      if (request.resourceType() === 'font' || fontFile.test(url)) fonts.push(url);
    });
    await page.goto(site.url + path, { waitUntil: 'load' });
    if (name === 'search') expect(await waitForSearchResults(page), 'search results shown').toBe(true);
    // Scroll to the end so lazy pictures load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    // No @font-face anywhere: the system's Chinese fonts are used.
    const fontFaces = await page.evaluate(() => document.fonts.size);
    await page.close();
    expect(foreign).toEqual([]);
    expect(fonts).toEqual([]);
    expect(fontFaces).toBe(0);
  });
});
