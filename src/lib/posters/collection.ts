/**
 * The posters' link to Astro: slogans from content/slogans/, and the helpers the home page
 * and the layout use. Everything else in src/lib/posters/ runs without Astro.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { heroPosters, sharingImagePath, sortSlogans, type HeroPoster, type PosterSlogan } from './index';

export function sloganFromEntry(entry: CollectionEntry<'slogans'>): PosterSlogan {
  return {
    id: entry.id,
    text: entry.data.text,
    label: entry.data.label,
    scope: entry.data.scope,
    order: entry.data.order,
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

/**
 * The plan's sentence asking for slogans and posters on electronic screens, word for word
 * from content/plan/. Fails the build if it is gone, rather than quoting something else.
 */
export async function getScreenSentence(): Promise<{ text: string; heading: string; anchor: string }> {
  for (const entry of await getCollection('plan')) {
    const paragraph = entry.body?.split(/\n\s*\n/).find((p) => p.includes('电子显示屏'));
    if (paragraph) return { text: paragraph.trim(), heading: entry.data.heading, anchor: entry.data.anchor };
  }
  throw new Error('content/plan/ 中找不到含“电子显示屏”的段落：/slogans/ 页面要逐字引用这一段');
}
