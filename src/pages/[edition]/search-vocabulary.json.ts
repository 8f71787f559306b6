import type { APIRoute } from 'astro';
import { editionStaticPaths, type EditionProps } from '../../lib/content/get-edition';
import { buildVocabulary } from '../../lib/search-vocabulary';

// The edition's search vocabulary; src/integrations/pagefind.mjs checks it against the
// index and moves it into the edition's search bundle (pagefind/<year>/vocabulary.json).
export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<EditionProps> = async ({ props }) => {
  const vocabulary = buildVocabulary(props.edition);
  return new Response(JSON.stringify(vocabulary), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
