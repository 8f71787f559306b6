/**
 * The build's Editions: every collection read once through Astro (getCollection), made
 * into Editions by the same builder the scripts use (./edition.ts), cached once per build
 * and shared by every page. getEdition(year) for one year, getEditions() for all of them,
 * newest first.
 */
import { getCollection } from 'astro:content';
import { ContentError } from '../content-error';
import type { SiteData } from '../../schemas/edition';
import { collectionSpecs } from './collections';
import { buildEditions, editionOfYear, type Edition } from './edition';
import { hasFiles } from './loaders';
import type { Entries } from './model';
import type { Plan } from './plan';

async function loadEditions(): Promise<{ editions: Map<string, Edition>; site: SiteData }> {
  const [site, searchTerms, units, editions, notice, plan, categories, items, slogans, report, returns] = await Promise.all([
    getCollection('site'),
    getCollection('searchTerms'),
    getCollection('units'),
    getCollection('editions'),
    getCollection('notice'),
    getCollection('plan'),
    getCollection('categories'),
    getCollection('items'),
    getCollection('slogans'),
    getCollection('report'),
    // No edition has published returns yet: no collection to ask for (Astro would warn).
    hasFiles(collectionSpecs.returns.source) ? getCollection('returns') : [],
  ]);
  const entries: Entries = { site, searchTerms, units, editions, notice, plan, categories, items, slogans, report, returns };
  const built = buildEditions(entries);
  if (built.problems.length > 0) throw new ContentError(built.problems);
  return { editions: built.editions, site: built.site! };
}

let cached: ReturnType<typeof loadEditions> | undefined;
const load = () => (cached ??= loadEditions());

/** Every edition, newest first. */
export async function getEditions(): Promise<Edition[]> {
  return [...(await load()).editions.values()];
}

/** One year's edition; throws for a year that has none. */
export async function getEdition(year: string): Promise<Edition> {
  return editionOfYear((await load()).editions, year);
}

/** The current edition: the newest year. The site's home shows it. */
export async function getCurrentEdition(): Promise<Edition> {
  return (await getEditions())[0];
}

/** content/site.yaml: the site's name across editions. */
export async function getSite(): Promise<SiteData> {
  return (await load()).site;
}

/** A page's props: its Edition, and the Edition's plan, which most pages start from. (A type, not an interface: Astro's props need an index signature.) */
export type EditionProps = {
  edition: Edition;
  plan: Plan;
};

/** getStaticPaths for pages of every edition: /<year>/… */
export async function editionStaticPaths(): Promise<{ params: { edition: string }; props: EditionProps }[]> {
  return (await getEditions()).map((edition) => ({ params: { edition: edition.year }, props: { edition, plan: edition.plan } }));
}

/**
 * getStaticPaths for the pages an edition has one of per item, unit, file…: `pages(edition)`
 * lists them for one edition; each gets the year in its params and the Edition (and its plan) in its props.
 */
export async function perEditionStaticPaths<P extends Record<string, string>, Q extends object>(
  pages: (edition: Edition) => { params: P; props: Q }[] | Promise<{ params: P; props: Q }[]>,
): Promise<{ params: P & { edition: string }; props: Q & EditionProps }[]> {
  const all = [];
  for (const edition of await getEditions()) {
    for (const { params, props } of await pages(edition)) {
      all.push({ params: { ...params, edition: edition.year }, props: { ...props, edition, plan: edition.plan } });
    }
  }
  return all;
}
