import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/get-plan';
import { assignmentsCsv } from '../../lib/report/open-data';

export const GET: APIRoute = async () =>
  new Response(assignmentsCsv(await getPlan()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
