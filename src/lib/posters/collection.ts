/**
 * The posters' link to Astro: slogans from content/slogans/, and the helpers the home page
 * and the layout use. Everything else in src/lib/posters/ runs without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getPlan } from '../get-plan';
import { quotePlan, type PlanQuote } from '../plan';
import { heroPosters, sharingImagePath, sortSlogans, type HeroPoster, type PosterSlogan } from './index';

export function sloganFromEntry(entry: CollectionEntry<'slogans'>): PosterSlogan {
  return {
    id: entry.id,
    text: entry.data.text,
    label: entry.data.label,
    scope: entry.data.scope,
    order: entry.data.order,
    source: entry.data.source,
    file: entry.filePath,
  };
}

let cached: Promise<PosterSlogan[]> | undefined;

/** Every slogan, in page order (by `order`). */
export function getSlogans(): Promise<PosterSlogan[]> {
  cached ??= getCollection('slogans').then((entries) => sortSlogans(entries.map(sloganFromEntry)));
  return cached;
}

/** Site path of the district theme's 1920×1080 JPG poster, for og:image. */
export async function getSharingImage(): Promise<string | undefined> {
  return sharingImagePath(await getSlogans());
}

/** The landscape poster of every slogan, district theme first, for the home page hero. */
export async function getHeroPosters(): Promise<HeroPoster[]> {
  return heroPosters(await getSlogans());
}

/** The plan's sentence asking for slogans and posters on electronic screens, word for word. */
export async function getScreenSentence(): Promise<PlanQuote> {
  return quotePlan(await getPlan(), '电子显示屏');
}
