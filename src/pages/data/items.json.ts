import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/get-plan';
import { itemsData, json } from '../../lib/report/open-data';

export const GET: APIRoute = async () => json(itemsData(await getPlan()));
