// Every internal link resolves, and no page loads or links anything from another host.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, assertBuilt, fileForUrl, loadPage } from '../../helpers/dist';

beforeAll(assertBuilt);
const pages = allPages();
// The site's own public address (canonical links, sitemap) is not “another host”.
const ownOrigin = new URL(readFileSync(fileForUrl('/')!, 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;

describe.each(pages)('%s', (page) => {
  const $ = loadPage(page);
  const references = $('[href], [src], [srcset], [action], [poster]')
    .map((_, el) => {
      const attrs = ['href', 'src', 'action', 'poster'].map((a) => $(el).attr(a));
      const srcset = ($(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]);
      return [...attrs, ...srcset].filter((v): v is string => !!v);
    })
    .get();

  it('has a title, a description and lang="zh-CN"', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('title').text().length).toBeGreaterThan(2);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(5);
  });

  it('references no other host', () => {
    const foreign = references.filter((ref) => {
      if (/^(mailto|tel):/.test(ref) || ref.startsWith('#')) return false;
      const url = new URL(ref, ownOrigin + page);
      return url.origin !== ownOrigin;
    });
    expect(foreign).toEqual([]);
  });

  it('links only to pages and files that exist', () => {
    const broken = references.filter((ref) => {
      if (/^(mailto|tel):/.test(ref) || ref.startsWith('#')) return false;
      const url = new URL(ref, ownOrigin + page);
      return url.origin === ownOrigin && !fileForUrl(url.pathname);
    });
    expect(broken).toEqual([]);
  });

  it('has its in-page anchors', () => {
    const missing = references
      .filter((ref) => ref.startsWith('#') && ref.length > 1)
      .filter((ref) => $(`[id="${ref.slice(1)}"]`).length === 0);
    expect(missing).toEqual([]);
  });
});

describe('sitemap', () => {
  it('lists every page but the 404 and the old addresses that send readers on', () => {
    const xml = readFileSync(fileForUrl('/sitemap-0.xml')!, 'utf8');
    const moved = (p: string) => loadPage(p)('[data-moved-to]').length > 0;
    for (const page of pages.filter((p) => p !== '/404.html' && !moved(p))) {
      expect(xml).toContain(`<loc>${ownOrigin}${page}</loc>`);
    }
  });
});
