/** A slogan entry (content/<year>/slogans/*.md) as the posters see it. */
import type { CollectionEntry } from 'astro:content';
import type { Plan } from '../plan';
import { localId } from '../editions';
import { sitePaths } from '../paths';
import { publicUrl } from '../qr';
import type { PosterSlogan } from './render';

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
