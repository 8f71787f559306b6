/** /posters/OFL.txt: the licence of the font every edition's posters are set in. */
import type { APIRoute } from 'astro';
import { contentTypes } from '../../lib/posters';
import { fontLicence } from '../../lib/posters/font';

export const GET: APIRoute = async () => new Response(fontLicence(), { headers: { 'Content-Type': contentTypes.txt } });
