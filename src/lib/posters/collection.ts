/**
 * The posters' link to Astro: an edition's slogans from content/<year>/slogans/, and the
 * helpers the home page and the layout use. Everything else in src/lib/posters/ runs
 * without Astro.
 */
import { getCollection } from 'astro:content';
import { sloganFromEntry } from './slogan';
import { quotePlan, type Plan, type PlanQuote } from '../plan';
import { editionOf } from '../editions';
import { heroPosters, sharingImagePath, sortSlogans, type HeroPoster, type PosterSlogan } from './index';

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
