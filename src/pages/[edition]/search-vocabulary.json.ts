import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { editionStaticPaths } from '../../lib/get-plan';
import type { Plan } from '../../lib/plan';
import { buildVocabulary } from '../../lib/search-vocabulary';

// The edition's search vocabulary; src/integrations/pagefind.mjs checks it against the
// index and moves it into the edition's search bundle (pagefind/<year>/vocabulary.json).
export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => {
  const [[terms], units] = await Promise.all([getCollection('searchTerms'), getCollection('units')]);
  const vocabulary = buildVocabulary(props.plan, terms.data, units.map((u) => u.id));
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
