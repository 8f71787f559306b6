/**
 * /<year>/posters/<file>: every poster of the edition (each slogan × size × JPG/PNG) and
 * the smaller previews the slogans page shows (AVIF, WebP, JPEG). Rendered once at build
 * time; unchanged posters come from the cache. The font's licence is /posters/OFL.txt.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFiles } from '../../../lib/posters';
import { getSlogans } from '../../../lib/posters/collection';
import { perEditionStaticPaths } from '../../../lib/content/get-edition';

interface Props {
  contentType: string;
  body: () => Promise<Buffer | string>;
}

export const getStaticPaths = (() =>
  perEditionStaticPaths((edition) =>
    publishedFiles(getSlogans(edition)).map((f) => ({ params: { file: f.file }, props: { contentType: f.contentType, body: f.body } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const body = await props.body();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': props.contentType },
  });
};
