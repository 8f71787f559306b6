/** A slogan of an edition (src/lib/content/slogans.ts) as the posters see it. */
import type { Plan } from '../content/plan';
import type { Slogan } from '../content/slogans';
import { sitePaths } from '../paths';
import { publicUrl } from '../qr';
import type { PosterSlogan } from './render';

export function posterSlogan(slogan: Slogan, plan: Pick<Plan, 'edition'>): PosterSlogan {
  return {
    ...slogan,
    postersDir: plan.edition.paths.posters,
    // The site's home, for the poster with a QR code; undefined without a real SITE_URL.
    siteUrl: publicUrl(sitePaths.home),
  };
}
