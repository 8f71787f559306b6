import type { APIRoute } from 'astro';
import { editionStaticPaths } from '../../../lib/content/get-edition';
import type { Plan } from '../../../lib/content/plan';
import { itemsData, json } from '../../../lib/open-data';

export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) => json(itemsData(props.plan));
