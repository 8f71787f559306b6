import type { APIRoute } from 'astro';
import { editionStaticPaths } from '../../../lib/get-plan';
import type { Plan } from '../../../lib/plan';
import { unitsData, json } from '../../../lib/open-data';

export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => json(unitsData(props.plan));
