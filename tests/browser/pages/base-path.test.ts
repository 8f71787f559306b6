// The site built under a portal's sub-path (SITE_BASE=/zt/zlyd/, SITE_URL=https://www.bh.gov.cn)
// works there: every link, image, script and form stays under /zt/zlyd/ and finds its file;
// canonical links, sharing links and the sitemap name https://www.bh.gov.cn/zt/zlyd/…; the
// server sends the security headers and cache rules for /zt/zlyd/_astro/ and
// /zt/zlyd/pagefind/; the nginx example serves the folder there; and search in Chromium
// loads its index from /zt/zlyd/pagefind/ and leads to /zt/zlyd/2024/items/….
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBase } from '../../../src/lib/base-path.mjs';
import { cacheControl, cacheControlFor, mimeTypes } from '../../../src/lib/cache-rules.mjs';
import { contentSecurityPolicy, securityHeaders } from '../../../src/lib/security-headers.mjs';
import { headersFile } from '../../../scripts/lib/headers-file.mjs';
import { nginxConfig } from '../../../scripts/lib/nginx-config.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { buildUnderBase, fileUnderBase, filesIn, urlPathOf, type BaseBuild } from '../../helpers/base-build';
import { projectRoot } from '../../helpers/build-fixture';
import { loadPage } from '../../helpers/dist';
import { useServedSite } from '../../helpers/site';
import { settled, shownResults } from '../../helpers/search';
import { decodeSvgQr } from '../../helpers/posters/images';

const base = '/zt/zlyd/';
const site = 'https://www.bh.gov.cn';
const siteOrigin = new URL(site).origin;

let build: BaseBuild;
let server: Awaited<ReturnType<typeof serveStatic>>;
let origin: string;
let pages: { file: string; url: string; $: cheerio.CheerioAPI }[];

beforeAll(async () => {
  build = await buildUnderBase({ base, site });
  if (build.exitCode !== 0) throw new Error(`the build under ${base} failed:\n${build.output.slice(-4000)}`);
  server = await serveStatic(build.outDir, { base });
  origin = server.url;
  pages = filesIn(build.outDir, ['.html'])
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => ({
      file,
      url: urlPathOf(base, file),
      $: cheerio.load(readFileSync(path.join(build.outDir, file), 'utf8')),
    }));
}, 300_000);

afterAll(async () => {
  await server?.close();
  build?.cleanUp();
});

const fileFor = (urlPath: string) => fileUnderBase(build.outDir, base, urlPath);

/** Every URL a page names in href, src, srcset, action, poster and <meta content>. */
function referencesOf($: cheerio.CheerioAPI): { attr: string; value: string }[] {
  const found: { attr: string; value: string }[] = [];
  $('[href], [src], [srcset], [action], [poster], meta[content]').each((_, el) => {
    const tag = $(el);
    for (const attr of ['href', 'src', 'action', 'poster']) {
      const value = tag.attr(attr);
      if (value !== undefined) found.push({ attr, value: value.trim() });
    }
    for (const candidate of (tag.attr('srcset') ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) found.push({ attr: 'srcset', value });
    }
    const content = tag.is('meta') ? tag.attr('content')?.trim() : undefined;
    if (content) {
      const refresh = content.match(/^\d+\s*;\s*url=(.+)$/i);
      const name = tag.attr('property') ?? tag.attr('name') ?? tag.attr('http-equiv') ?? 'content';
      if (refresh) found.push({ attr: name, value: refresh[1].trim() });
      else if (/^(https?:)?\/\//i.test(content) || content.startsWith('/')) found.push({ attr: name, value: content });
    }
  });
  return found;
}

/** Not a place on the web: in-page anchors, mail, phone, inline data. */
const notALocation = (value: string) => value === '' || /^(#|mailto:|tel:|data:|blob:)/i.test(value);

describe(`the site built under ${base} for ${site}`, () => {
  it('built every kind of page under the base', () => {
    const urls = pages.map((p) => p.url);
    for (const url of [
      base,
      `${base}2024/`,
      `${base}2024/items/9/`,
      `${base}2024/units/water/`,
      `${base}2024/report/`,
      `${base}search/`,
      `${base}editions/`,
      `${base}404.html`,
    ]) {
      expect(urls).toContain(url);
    }
    expect(pages.length).toBeGreaterThan(60);
  });

  it('every site-internal URL in every page starts with the base and finds its file', () => {
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const { attr, value } of referencesOf(page.$)) {
        if (notALocation(value)) continue;
        if (/^javascript:/i.test(value)) {
          outside.push(`${page.url}: ${attr}="${value}"`);
          continue;
        }
        const resolved = new URL(value, site + page.url);
        if (resolved.origin !== siteOrigin) continue; // another host: tests/site/pages/links.test.ts forbids them
        checked++;
        // Written as a path from the base (or the full address): never relative, never a root path.
        const written = value.startsWith(siteOrigin) ? value.slice(siteOrigin.length) : value;
        if (!written.startsWith(base) || !resolved.pathname.startsWith(base)) {
          outside.push(`${page.url}: ${attr}="${value}"`);
          continue;
        }
        if (!fileFor(resolved.pathname)) broken.push(`${page.url}: ${attr}="${value}"`);
      }
    }
    expect(outside, 'URLs outside the base').toEqual([]);
    expect(broken, 'URLs with no file behind them').toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('links to anchors on other pages find them', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (urlPath: string) => {
      const file = fileFor(urlPath)!;
      if (!ids.has(file)) {
        const $ = cheerio.load(readFileSync(file, 'utf8'));
        ids.set(
          file,
          new Set(
            $('[id]')
              .map((_, el) => $(el).attr('id')!)
              .get(),
          ),
        );
      }
      return ids.get(file)!;
    };
    const missing: string[] = [];
    for (const page of pages) {
      page.$('a[href*="#"]').each((_, el) => {
        const href = page.$(el).attr('href')!;
        const url = new URL(href, site + page.url);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!id || url.origin !== siteOrigin || !fileFor(url.pathname)) return;
        if (!idsOf(url.pathname).has(id)) missing.push(`${page.url}: ${href}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('stylesheets and the data files name only URLs under the base', () => {
    const problems: string[] = [];
    for (const css of filesIn(build.outDir, ['.css'])) {
      const text = readFileSync(path.join(build.outDir, css), 'utf8');
      for (const [, raw] of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        if (notALocation(raw)) continue;
        const resolved = new URL(raw, site + urlPathOf(base, css));
        if (resolved.origin === siteOrigin && !fileFor(resolved.pathname)) problems.push(`${css}: url(${raw})`);
      }
    }
    for (const json of filesIn(build.outDir, ['.json']).filter((f) => !f.startsWith('pagefind/'))) {
      const walk = (value: unknown): void => {
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith(base)) problems.push(`${json}: ${value}`);
        else if (typeof value === 'string' && value.startsWith(base) && !fileFor(value)) problems.push(`${json}: ${value} (no file)`);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(JSON.parse(readFileSync(path.join(build.outDir, json), 'utf8')));
    }
    expect(problems).toEqual([]);
  });

  it(`canonical links and og:url are ${site}${base}…, the page's own address`, () => {
    for (const page of pages) {
      const canonical = page.$('link[rel="canonical"]').attr('href');
      const ogUrl = page.$('meta[property="og:url"]').attr('content');
      if (page.url === `${base}404.html`) {
        // Served for any missing address, it has none of its own.
        expect(canonical, 'the 404 page has no canonical link').toBeUndefined();
        expect(ogUrl, 'the 404 page has no og:url').toBeUndefined();
        continue;
      }
      const movedTo = page.$('[data-moved-to]').attr('data-moved-to');
      if (movedTo) {
        // An old address of the first edition: it names the page it sends the reader to.
        expect(movedTo, page.url).toMatch(new RegExp(`^${base}2024/`));
        expect(canonical, `${page.url} canonical`).toBe(site + movedTo);
        expect(page.$('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${movedTo}`);
        continue;
      }
      expect(ogUrl, `${page.url} og:url`).toMatch(new RegExp(`^${site}${base}`));
      expect(canonical, `${page.url} canonical`).toBe(site + page.url);
      expect(ogUrl, `${page.url} og:url`).toBe(canonical);
      // Every page with an address of its own has a sharing image, under the same address.
      const image = page.$('meta[property="og:image"]').attr('content');
      expect(image, `${page.url} og:image`).toMatch(new RegExp(`^${site}${base}.+\\.(jpg|png)$`));
    }
  });

  it(`the sitemap lists every page, only under ${site}${base}`, () => {
    const locs = (file: string) => [...readFileSync(fileFor(base + file)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const index = locs('sitemap-index.xml');
    expect(index).toEqual([`${site}${base}sitemap-0.xml`]);
    const urls = locs('sitemap-0.xml');
    expect(urls.filter((url) => !url.startsWith(site + base))).toEqual([]);
    expect(urls.filter((url) => !fileFor(new URL(url).pathname))).toEqual([]);
    const own = pages.filter((p) => !p.url.endsWith('404.html') && p.$('[data-moved-to]').length === 0);
    expect(new Set(urls)).toEqual(new Set(own.map((p) => site + p.url)));
    // Each page names the sitemap under the base.
    expect(pages[0].$('link[rel="sitemap"]').attr('href')).toBe(`${base}sitemap-index.xml`);
  });

  it('the posters and the report downloads are there, and linked under the base', async () => {
    const posters = filesIn(path.join(build.outDir, '2024/posters'), ['.jpg']);
    const workbooks = filesIn(path.join(build.outDir, '2024/report'), ['.xlsx']);
    expect(posters.length).toBeGreaterThanOrEqual(6);
    expect(workbooks).toContain('all-units.xlsx');
    expect(workbooks.length).toBeGreaterThanOrEqual(31);
    const linked = (selector: string) =>
      new Set(
        pages.flatMap((p) =>
          p
            .$(selector)
            .map((_, el) => p.$(el).attr('href')!)
            .get(),
        ),
      );
    const posterLinks = linked('a[href$=".jpg"]');
    const reportLinks = linked('a[href$=".xlsx"]');
    expect([...posterLinks].length).toBeGreaterThan(0);
    expect([...reportLinks]).toContain(`${base}2024/report/all-units.xlsx`);
    for (const href of [...posterLinks, ...reportLinks]) expect(href).toMatch(new RegExp(`^${base}\\d{4}/(posters|report)/`));
    // Served as a host serves them.
    const poster = await fetch(`${origin}${base}2024/posters/${posters[0]}`);
    expect(poster.status).toBe(200);
    expect(poster.headers.get('content-type')).toBe('image/jpeg');
    const workbook = await fetch(`${origin}${base}2024/report/all-units.xlsx`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toBe(mimeTypes['.xlsx']);
  });
});

describe(`security headers and cache rules under ${base}`, () => {
  const get = (urlPath: string) => fetch(origin + urlPath, { redirect: 'manual' });

  it('normalises a base path to slashes at both ends', () => {
    for (const value of [undefined, '', '/']) expect(normaliseBase(value)).toBe('/');
    for (const value of ['zt/zlyd', '/zt/zlyd', '/zt/zlyd/', ' //zt/zlyd// ']) expect(normaliseBase(value)).toBe('/zt/zlyd/');
  });

  it('cacheControlFor knows the hashed folders under the base, and only there', () => {
    expect(cacheControlFor(`${base}_astro/a.B1c2.js`, base)).toBe(cacheControl.immutable);
    expect(cacheControlFor(`${base}pagefind/2024/fragment/zh-cn_1a2b.pf_fragment`, base)).toBe(cacheControl.pagefindHashed);
    expect(cacheControlFor(`${base}pagefind/2024/pagefind.js`, base)).toBe(cacheControl.pagefindEntry);
    expect(cacheControlFor(`${base}2024/`, base)).toBe(cacheControl.html);
    expect(cacheControlFor('/_astro/a.B1c2.js', base)).not.toBe(cacheControl.immutable);
    // The default is the domain's root, as before.
    expect(cacheControlFor('/_astro/a.B1c2.js')).toBe(cacheControl.immutable);
    expect(cacheControlFor(`${base}_astro/a.B1c2.js`)).not.toBe(cacheControl.immutable);
  });

  it('pages are served with the CSP and the other headers', async () => {
    for (const urlPath of [base, `${base}2024/`, `${base}search/`, `${base}2024/items/9/`]) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${urlPath} ${name}`).toBe(value);
      expect(response.headers.get('cache-control')).toBe(cacheControl.html);
    }
  });

  it(`${base}_astro/* is cached for good, ${base}pagefind/* by its rules`, async () => {
    const astro = filesIn(path.join(build.outDir, '_astro'), ['.js', '.css']);
    expect(astro.length).toBeGreaterThan(0);
    for (const file of astro.slice(0, 5)) {
      const response = await get(`${base}_astro/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(cacheControl.immutable);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
    const pagefindDir = path.join(build.outDir, 'pagefind', '2024');
    const fragment = filesIn(pagefindDir, ['.pf_fragment'])[0];
    const chunk = filesIn(pagefindDir, ['.pf_index'])[0];
    for (const [file, expected] of [
      ['pagefind.js', cacheControl.pagefindEntry],
      ['pagefind-entry.json', cacheControl.pagefindEntry],
      [fragment, cacheControl.pagefindHashed],
      [chunk, cacheControl.pagefindHashed],
    ]) {
      const response = await get(`${base}pagefind/2024/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(expected);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    }
  });

  it(`${base.slice(0, -1)} goes to ${base}; outside the base is the base's 404 page`, async () => {
    const bare = await get(`${base.slice(0, -1)}?q=1`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(`${base}?q=1`);
    const folder = await get(`${base}2024`);
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe(`${base}2024/`);
    const notFound = readFileSync(path.join(build.outDir, '404.html'), 'utf8');
    for (const urlPath of ['/', '/2024/', '/pagefind/pagefind.js', `${base}no-such-page/`]) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await response.text()).toBe(notFound);
    }
  });

  it(`the _headers file for ${base} has its rules under it; public/_headers stays the one for /`, () => {
    const file = headersFile(base);
    // The build writes it into the built folder (scripts/build.mjs).
    expect(readFileSync(path.join(build.outDir, '_headers'), 'utf8')).toBe(file);
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual([`${base}*`, `${base}_astro/*`, `${base}pagefind/:edition/fragment/*`, `${base}pagefind/:edition/index/*`]);
    expect(file).toContain(`  Content-Security-Policy: ${contentSecurityPolicy}`);
    expect(readFileSync(path.join(projectRoot, 'public/_headers'), 'utf8')).toBe(headersFile());
  });
});

describe(`the nginx example for ${base}`, () => {
  const config = () => nginxConfig({ serverName: 'www.bh.gov.cn', root: build.outDir, base });

  /** The locations with their nesting: which location each one is inside. */
  function locations(config: string) {
    const text = config.replace(/#.*$/gm, '');
    const found: { match: string; path: string; parent?: string; body: string }[] = [];
    const stack: { name?: string; start: number; entry?: (typeof found)[number] }[] = [];
    const pattern = /(^\s*location\s+([^{;]+?)\s*)?\{|\}/gm;
    for (const m of text.matchAll(pattern)) {
      if (m[0] === '}') {
        const open = stack.pop()!;
        if (open.entry) open.entry.body = text.slice(open.start, m.index);
        continue;
      }
      let entry;
      if (m[2]) {
        const match = m[2].trim();
        const parent = [...stack].reverse().find((s) => s.name)?.name;
        entry = { match, path: match.replace(/^(\^~|=|~\*?)\s+/, '').replace(/^\^/, ''), parent, body: '' };
        found.push(entry);
      }
      stack.push({ name: entry?.match, start: m.index! + m[0].length, entry });
    }
    expect(stack, 'braces balance').toEqual([]);
    return found;
  }

  it('has every location under the base, nested in the one that maps it onto the folder', () => {
    const text = config();
    const all = locations(text);
    expect(all.map((l) => l.match)).toEqual([
      `= ${base.slice(0, -1)}`,
      `^~ ${base}`,
      `^~ ${base}_astro/`,
      `^~ ${base}pagefind/`,
      `~ ^${base}pagefind/.*\\.(pf_fragment|pf_index|pf_meta)$`,
      `= ${base}404.html`,
    ]);
    for (const location of all) expect(location.path.startsWith(base.slice(0, -1)), location.match).toBe(true);
    // The hashed folders and the 404 page inherit the site's alias and error page.
    const byMatch = Object.fromEntries(all.map((l) => [l.match, l]));
    expect(byMatch[`^~ ${base}_astro/`].parent).toBe(`^~ ${base}`);
    expect(byMatch[`^~ ${base}pagefind/`].parent).toBe(`^~ ${base}`);
    expect(byMatch[`= ${base}404.html`].parent).toBe(`^~ ${base}`);
    expect(all[4].parent).toBe(`^~ ${base}pagefind/`);
    // Every location sends the headers (add_header in a location drops the outer ones);
    // the server itself does not, so a portal's other pages keep theirs.
    const includes = text.match(/include snippets\/quality-month-headers\.conf;/g) ?? [];
    expect(includes.length).toBe(all.length);
    expect(byMatch[`^~ ${base}_astro/`].body).toContain(`add_header Cache-Control "${cacheControl.immutable}" always;`);
    expect(all[4].body).toContain(`add_header Cache-Control "${cacheControl.pagefindHashed}" always;`);
    expect(byMatch[`^~ ${base}pagefind/`].body).toContain(`add_header Cache-Control "${cacheControl.pagefindEntry}" always;`);
    expect(byMatch[`= ${base}404.html`].body).toContain('internal;');
  });

  it('serves the folder at the base with alias, its 404 page, and redirects the bare base', () => {
    const text = config();
    expect(text).not.toMatch(/^\s*root\s/m);
    expect(text).not.toMatch(/try_files/);
    const aliases = [...text.matchAll(/^\s*alias\s+(\S+);/gm)].map((m) => m[1]);
    expect(aliases).toEqual([`${build.outDir}/`]);
    expect(text.match(/^\s*error_page .*$/gm)?.map((l) => l.trim())).toEqual([`error_page 404 ${base}404.html;`]);
    expect(text).toContain(`return 301 ${base}$is_args$args;`);
    // nginx's alias: what follows the location's prefix in the URL, appended to the alias,
    // is the file nginx sends (the nested locations inherit the prefix and the alias).
    const sent = (urlPath: string) => aliases[0] + urlPath.slice(base.length);
    const astro = filesIn(path.join(build.outDir, '_astro'), ['.css'])[0];
    for (const urlPath of [
      `${base}index.html`,
      `${base}2024/items/9/index.html`,
      `${base}_astro/${astro}`,
      `${base}pagefind/2024/pagefind.js`,
      `${base}404.html`,
    ]) {
      expect(existsSync(sent(urlPath)), `${urlPath} → ${sent(urlPath)}`).toBe(true);
    }
  });

  it('the command takes the base as its third argument or from SITE_BASE', () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['scripts/nginx-config.mjs', 'www.bh.gov.cn', build.outDir, ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, SITE_BASE: '', ...env },
      }).stdout;
    const fromArgument = run([base]);
    expect(fromArgument).toContain(`location ^~ ${base}_astro/ {`);
    expect(fromArgument).toContain(config());
    expect(run([], { SITE_BASE: 'zt/zlyd' })).toBe(fromArgument);
    expect(run([])).toContain('location /_astro/ {');
  });
});

describe(`search in Chromium under ${base}`, () => {
  // Requests to other hosts fail the test (useServedSite); this one also looks for any outside the base.
  const served = useServedSite(() => build.outDir, { base });

  it('finds 电动自行车, links to the item under the base, asks nothing outside it', { timeout: 90_000 }, async () => {
    const origin = served.url;
    const page = await served.newPage();
    const requests: string[] = [];
    const failures: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${origin}${base}search/?q=${encodeURIComponent('电动自行车')}&year=2024`);
    const status = await settled(page);
    expect(status).toMatch(/找到 \d+ 条结果/);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results[0].href).toMatch(new RegExp(`^${base}2024/items/\\d+/$`));
    expect(results.map((r) => r.href).filter((href) => !href.startsWith(base))).toEqual([]);

    // The result leads to its page.
    const first = await page.goto(origin + results[0].href);
    expect(first?.status()).toBe(200);
    // The header's search box leads to the search page under the base.
    await page.locator('#site-search').fill('养老');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${origin}${base}search/?q=*`);
    await settled(page);
    expect((await shownResults(page))[0]?.href).toMatch(new RegExp(`^${base}`));
    await page.close();

    const pagefind = requests.filter((url) => url.startsWith(`${origin}${base}pagefind/`));
    expect(pagefind).toContain(`${origin}${base}pagefind/2024/pagefind.js`);
    expect(pagefind.some((url) => url.includes('/fragment/'))).toBe(true);
    const real = requests.filter((url) => !/^(data|blob):/.test(url));
    expect(
      real.filter((url) => !new URL(url).pathname.startsWith(base)),
      `requests outside ${base}`,
    ).toEqual([]);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('printed sheets carry the address of their page', () => {
  it('a unit’s 任务清单 names its public URL and has a QR code that leads there', async () => {
    const $ = pages.find((p) => p.url === `${base}2024/units/water/`)!.$;
    const address = $('[data-printed-address]');
    const url = `${siteOrigin}${base}2024/units/water/`;
    expect(address.text()).toContain(url);
    const svg = address.find('[data-qr] svg');
    expect(svg.length).toBe(1);
    expect(await decodeSvgQr($.html(svg))).toBe(url);
  });

  it('without SITE_URL (the placeholder address) there is no QR code and no made-up URL', async () => {
    const $ = loadPage('/2024/units/water/');
    expect($('[data-qr]').length).toBe(0);
    expect($('[data-printed-address]').text()).not.toContain('example');
    expect($('[data-printed-address]').text().trim().length).toBeGreaterThan(0);
  });
});
