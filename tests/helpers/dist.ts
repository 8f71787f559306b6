/** Reads the built site in dist/ the way a browser would get it: by URL path. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

export const distDir = path.resolve(__dirname, '../../dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
}

/** The file a static server would answer for a URL path. */
export function fileForUrl(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const file = path.join(distDir, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function loadPage(urlPath: string): cheerio.CheerioAPI {
  const file = fileForUrl(urlPath);
  if (!file) throw new Error(`no page at ${urlPath} in dist/`);
  return cheerio.load(readFileSync(file, 'utf8'));
}

/** Every HTML file in dist/, as URL paths (“/items/3/”). */
export function allPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(distDir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/**
 * The text of each block (paragraph, heading, list item, cell) inside `scope`, outside
 * navigation (contents lists repeat headings), with the template's line breaks removed.
 */
export function blockTexts($: cheerio.CheerioAPI, scope = 'main'): string[] {
  return $(scope)
    .find('p, h1, h2, h3, h4, li, td, th')
    .filter((_, el) => $(el).closest('nav').length === 0)
    .map((_, el) =>
      $(el)
        .text()
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .get();
}
