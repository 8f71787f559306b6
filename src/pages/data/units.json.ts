import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/get-plan';
import { json, unitsData } from '../../lib/report/open-data';

export const GET: APIRoute = async () => json(unitsData(await getPlan()));
