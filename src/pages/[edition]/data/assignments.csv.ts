import type { APIRoute } from 'astro';
import { editionStaticPaths } from '../../../lib/content/get-edition';
import type { Plan } from '../../../lib/content/plan';
import { assignmentsCsv } from '../../../lib/open-data';

export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(assignmentsCsv(props.plan), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
