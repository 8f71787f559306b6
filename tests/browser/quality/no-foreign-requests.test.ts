// Every page loads only from its own host (no CDN, no analytics, no web fonts): it works on
// a government intranet and over a weak network, and tells no third party who reads it.
// The watch is tests/helpers/browser.ts watchForeignRequests, which useServedSite applies
// to every page it opens: a request to another host fails the test that made it.
import { describe, expect, it } from 'vitest';
import { isForeign, scrollToEnd, watchForeignRequests } from '../../helpers/browser';
import { useServedSite } from '../../helpers/site';
import { pageTypes, viewports, waitForSearchResults } from '../../helpers/page-types';

const site = useServedSite();

const fontFile = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

describe('the watch itself', () => {
  it('tells another host, another port and inline data apart from the site', () => {
    const origin = 'http://127.0.0.1:4321';
    expect(isForeign('http://127.0.0.1:4321/2024/', origin)).toBe(false);
    expect(isForeign('data:image/png;base64,AAAA', origin)).toBe(false);
    expect(isForeign('http://127.0.0.1:43210/x.js', origin)).toBe(true);
    expect(isForeign('https://cdn.example.com/x.js', origin)).toBe(true);
  });

  it('catches a page’s request to another host, and not its requests to the site', async () => {
    // On a page of its own, not site.newPage(): this request must not fail the test. Not a
    // page of the site either: its CSP would block the request before it is made.
    const page = await site.browser.newPage();
    const foreign = watchForeignRequests(page, site.url);
    // 192.0.2.0/24 is for documentation: the request is made, and goes nowhere.
    await page.setContent(`<img src="${site.url}/favicon.svg"><img src="http://192.0.2.1/x.png">`);
    await expect.poll(() => foreign).toEqual(['http://192.0.2.1/x.png']);
    await page.close();
  });
});

describe.each(viewports)('at $width px', ({ width, height }) => {
  it.each(pageTypes)('$name ($path) asks no other host for anything and loads no fonts', async ({ name, path }) => {
    const page = await site.newPage({ viewport: { width, height } });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font' || fontFile.test(request.url())) fonts.push(request.url());
    });
    await page.goto(site.url + path, { waitUntil: 'load' });
    if (name === 'search') expect(await waitForSearchResults(page), 'search results shown').toBe(true);
    // Scroll to the end so lazy pictures load too.
    await scrollToEnd(page);
    await page.waitForLoadState('networkidle');
    // No @font-face anywhere: the system's Chinese fonts are used.
    const fontFaces = await page.evaluate(() => document.fonts.size);
    await page.close();
    expect(fonts).toEqual([]);
    expect(fontFaces).toBe(0);
    // Requests to other hosts: checked after the test by useServedSite.
  });
});
