/**
 * The posters' link to Astro: an edition's slogans from content/<year>/slogans/, and the
 * helpers the home page and the layout use. Everything else in src/lib/posters/ runs
 * without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { quotePlan, type Plan, type PlanQuote } from '../plan';
import { editionOf, localId } from '../editions';
import { sitePaths } from '../paths';
import { publicUrl } from '../qr';
import { heroPosters, sharingImagePath, sortSlogans, type HeroPoster, type PosterSlogan } from './index';

export function sloganFromEntry(entry: CollectionEntry<'slogans'>, plan: Plan): PosterSlogan {
  return {
    id: localId(entry),
    text: entry.data.text,
    label: entry.data.label,
    kicker: plan.edition.name,
    postersDir: plan.edition.paths.posters,
    scope: entry.data.scope,
    order: entry.data.order,
    source: entry.data.source,
    file: entry.filePath,
    // The site's home, for the poster with a QR code; undefined without a real SITE_URL.
    siteUrl: publicUrl(sitePaths.home),
  };
}

const cached = new Map<string, Promise<PosterSlogan[]>>();

/** Every slogan of the plan's edition, in page order (by `order`). */
export function getSlogans(plan: Plan): Promise<PosterSlogan[]> {
  const year = plan.edition.year;
  if (!cached.has(year)) {
    cached.set(
      year,
      getCollection('slogans', (entry) => editionOf(entry) === year).then((entries) =>
        sortSlogans(entries.map((entry) => sloganFromEntry(entry, plan))),
      ),
    );
  }
  return cached.get(year)!;
}

/** Site path of the district theme's 1920×1080 JPG, for og:image. */
export async function getSharingImage(plan: Plan): Promise<string | undefined> {
  return sharingImagePath(await getSlogans(plan));
}

/** The landscape poster of every slogan, district theme first, for the home page hero. */
export async function getHeroPosters(plan: Plan): Promise<HeroPoster[]> {
  return heroPosters(await getSlogans(plan));
}

/** The plan's paragraph on slogans and posters (edition.yaml's slogansMarker), word for word. */
export function getScreenSentence(plan: Plan): PlanQuote | undefined {
  return plan.edition.slogansMarker ? quotePlan(plan, plan.edition.slogansMarker) : undefined;
}
