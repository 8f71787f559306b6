/** What Pagefind indexed for one edition of a built site, read from its fragment files. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from './dist';

/** URL → indexed text of every page (a fragment is gzip, a 12-byte signature, then JSON). */
export function indexedFragments(year: string, outDir = distDir): Map<string, string> {
  const dir = path.join(outDir, 'pagefind', year, 'fragment');
  const map = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const json = JSON.parse(
      gunzipSync(readFileSync(path.join(dir, name)))
        .subarray(12)
        .toString('utf8'),
    );
    // Pagefind separates Chinese words with zero-width spaces in the stored text.
    map.set(json.url, String(json.content).replace(/\u200b/g, ''));
  }
  return map;
}
