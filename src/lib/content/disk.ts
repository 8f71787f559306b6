/**
 * The Editions of a content folder read straight from disk, without Astro: the scripts'
 * way in (check-report, collect-report, the benches, tests). The same reader as the
 * content check (./read.ts, which validates every file with the schemas) and the same
 * builder as the build (./edition.ts), so a script sees exactly the Editions the site is
 * built from.
 */
import { ContentError } from '../content-error';
import { contentDir as defaultContentDir } from '../content-dir';
import { buildEditions, type BuiltEditions } from './edition';
import { readContent } from './read';

/**
 * Every edition of `dir`, newest first, and the site settings. Throws a ContentError with
 * every problem (the same as `npm run check` prints) when the content does not pass.
 */
export async function loadEditions(dir: string = defaultContentDir): Promise<Omit<BuiltEditions, 'problems'>> {
  const read = await readContent(dir);
  if (read.problems.length > 0) throw new ContentError(read.problems);
  const { problems, ...built } = buildEditions(read.entries, { contentDir: dir });
  if (problems.length > 0) throw new ContentError(problems);
  return built;
}
