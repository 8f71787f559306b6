/** An edition's slogans (content/<year>/slogans/*.md) as the content gives them, in page order. */
import type { CollectionEntry } from 'astro:content';
import { localId } from '../editions';
import type { Plan } from './plan';

export interface Slogan {
  /** File name without extension; used in poster URLs. */
  id: string;
  text: string;
  /** Which slogan it is, as its source names it. */
  label: string;
  /** The line above it on a poster: the edition's name. */
  kicker: string;
  scope: 'district' | 'national';
  order: number;
  /** Where the text comes from, as the page states it. */
  source?: string;
  /** The content file, for messages. */
  file?: string;
}

export function sloganOf(entry: CollectionEntry<'slogans'>, plan: Pick<Plan, 'edition'>): Slogan {
  return {
    id: localId(entry),
    text: entry.data.text,
    label: entry.data.label,
    kicker: plan.edition.name,
    scope: entry.data.scope,
    order: entry.data.order,
    source: entry.data.source,
    file: entry.filePath,
  };
}

/** By `order`, then by file name. */
export function sortSlogans<T extends Pick<Slogan, 'order' | 'id'>>(slogans: readonly T[]): T[] {
  return [...slogans].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
