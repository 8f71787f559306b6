// The site works under its strict Content-Security-Policy (src/lib/security-headers.mjs):
// no inline script, no inline style, nothing from other hosts. Served with the headers a
// real host sends; every page type loaded; search and the photo checker used.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../src/lib/security-headers.mjs';
import { headersFile } from '../../../scripts/lib/headers-file.mjs';
import { nginxConfig, nginxHeadersSnippet } from '../../../scripts/lib/nginx-config.mjs';
import { scrollToEnd, watchCspViolations } from '../../helpers/browser';
import { useServedSite } from '../../helpers/site';
import { allPages, assertBuilt, distDir } from '../../helpers/dist';
import { pageTypes, searchQuery, waitForSearchResults } from '../../helpers/page-types';

const site = useServedSite();

interface Watched {
  page: Page;
  /** CSP reports from the page (securitypolicyviolation events) and the console. */
  violations: string[];
  errors: string[];
}

/** A page that records every CSP violation and script error. */
async function watchedPage(width = 375, height = 740): Promise<Watched> {
  const page = await site.newPage({ viewport: { width, height } });
  const violations = await watchCspViolations(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, violations, errors };
}

describe('under the CSP', () => {
  it('the server sends the policy from src/lib/security-headers.mjs', async () => {
    const response = await fetch(site.url + '/');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name)).toBe(value);
  });

  it('a violation is caught (the watch itself works)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(site.url + '/2024/notice/');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toContain('style-src');
    await page.close();
  });

  it.each(pageTypes)('$name ($path) loads without a violation or a script error', async ({ name, path: urlPath }) => {
    const { page, violations, errors } = await watchedPage();
    const response = await page.goto(site.url + urlPath, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    if (name === 'search') expect(await waitForSearchResults(page), 'search results shown').toBe(true);
    await scrollToEnd(page);
    await page.waitForLoadState('networkidle');
    // Scripts that ran: the larger-text switch shows itself.
    expect(await page.locator('[data-text-size-toggle]').isVisible()).toBe(true);
    // Stylesheets that applied: the header has its colour.
    const headerColour = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
    expect(headerColour).toBe('rgb(163, 22, 27)');
    await page.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(`search finds “${searchQuery}”`, async () => {
    const { page, violations, errors } = await watchedPage();
    await page.goto(site.url + '/search/?year=2024');
    await page.waitForLoadState('networkidle');
    const box = page.locator('main input[type="search"]');
    await box.fill(searchQuery);
    await box.press('Enter');
    const found = await waitForSearchResults(page, 15_000);
    expect(found, `no result linking to items 9, 22 or 24 on ${page.url()}`).toBe(true);
    await page.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the photo checker on /report/ checks a photo', async () => {
    const { page, violations, errors } = await watchedPage();
    await page.goto(site.url + '/2024/report/');
    await page.waitForLoadState('networkidle');
    const jpeg = await sharp({ create: { width: 1024, height: 768, channels: 3, background: '#3a6ea5' } })
      .jpeg({ quality: 70 })
      .toBuffer();
    await page.locator('#photo-input').setInputFiles([{ name: 'site.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
    await page.getByLabel('照片 site.jpg 的说明').fill('滨海新区质量月活动现场');
    await page.getByRole('button', { name: '检查' }).click();
    const status = page.locator('[data-checker-result]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('检查通过');
    expect(await status.textContent()).toContain('1024×768');
    await page.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the built HTML needs nothing the CSP forbids', () => {
  const pages = () => allPages();
  const executable = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

  it('no inline event handlers (on…= attributes), no inline scripts, no <style>, no style=""', () => {
    assertBuilt();
    const problems: string[] = [];
    for (const urlPath of pages()) {
      const file = path.join(distDir, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      $('*').each((_, el) => {
        if (el.type !== 'tag' && el.type !== 'script' && el.type !== 'style') return;
        for (const name of Object.keys(el.attribs)) {
          if (/^on/i.test(name)) problems.push(`${urlPath}: <${el.name} ${name}=…>`);
          if (name.toLowerCase() === 'style') problems.push(`${urlPath}: <${el.name} style="${el.attribs[name]}">`);
        }
      });
      $('script:not([src])').each((_, el) => {
        if (executable($(el).attr('type'))) problems.push(`${urlPath}: inline <script>${$(el).html()?.slice(0, 60)}`);
      });
      $('style').each((_, el) => {
        problems.push(`${urlPath}: inline <style>${$(el).html()?.slice(0, 60)}`);
      });
      $('a[href^="javascript:"], [src^="javascript:"]').each((_, el) => {
        problems.push(`${urlPath}: javascript: URL on <${(el as { name: string }).name}>`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('public/_headers matches src/lib/security-headers.mjs and cache-rules.mjs', () => {
    const written = readFileSync(path.resolve(__dirname, '../../../public/_headers'), 'utf8');
    expect(written, 'run `npm run headers`').toBe(headersFile());
    // And the build copies it.
    expect(readFileSync(path.join(distDir, '_headers'), 'utf8')).toBe(written);
  });

  it('the nginx example sends the same headers in every location', () => {
    const snippet = nginxHeadersSnippet();
    for (const [name, value] of Object.entries(securityHeaders)) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    const server = nginxConfig();
    const locations = server.match(/^\s*location /gm) ?? [];
    const includes = server.match(/include snippets\/quality-month-headers\.conf;/g) ?? [];
    // The server level and each location (add_header in a location drops the server's).
    expect(includes.length).toBe(locations.length + 1);
    expect(server).toMatch(/location \/_astro\/ \{[^}]*immutable/);
  });
});
