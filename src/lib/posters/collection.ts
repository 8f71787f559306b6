/**
 * An edition's slogans as posters (src/lib/content/slogans.ts → PosterSlogan), and the
 * helpers the home page and the layout use. Everything else in src/lib/posters/ runs
 * without Astro.
 */
import type { Edition } from '../content/edition';
import { posterSlogan } from './slogan';
import { heroPosters, sharingImagePath, type HeroPoster, type PosterSlogan } from './index';

const cached = new WeakMap<Edition, PosterSlogan[]>();

/** Every slogan of the edition, in page order (by `order`). */
export function getSlogans(edition: Edition): PosterSlogan[] {
  let slogans = cached.get(edition);
  if (!slogans) {
    slogans = edition.slogans.map((slogan) => posterSlogan(slogan, edition.plan));
    cached.set(edition, slogans);
  }
  return slogans;
}

/** Site path of the district theme's 1920×1080 JPG, for og:image. */
export function getSharingImage(edition: Edition): string | undefined {
  return sharingImagePath(getSlogans(edition));
}

/** The landscape poster of every slogan, district theme first, for the home page hero. */
export function getHeroPosters(edition: Edition): HeroPoster[] {
  return heroPosters(getSlogans(edition));
}
