/**
 * /posters/<file>: every poster (each slogan × size × JPG/PNG), the smaller previews the
 * /slogans/ page shows (AVIF, WebP, JPEG), and OFL.txt, the licence of the font the
 * posters are set in. Rendered once at build time; unchanged posters come from the cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTypes, fontLicencePath, publishedFiles } from '../../lib/posters';
import { getSlogans } from '../../lib/posters/collection';
import { fontLicence } from '../../lib/posters/font';

interface Props {
  contentType: string;
  body: () => Promise<Buffer | string>;
}

export const getStaticPaths = (async () => {
  const files = publishedFiles(await getSlogans());
  return [
    ...files.map((f) => ({ params: { file: f.file }, props: { contentType: f.contentType, body: f.body } })),
    {
      params: { file: fontLicencePath.split('/').pop()! },
      props: { contentType: contentTypes.txt, body: async () => fontLicence() },
    },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) => {
  const body = await props.body();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': props.contentType },
  });
};
