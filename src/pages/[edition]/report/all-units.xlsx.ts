import type { APIRoute } from 'astro';
import { editionStaticPaths } from '../../../lib/get-plan';
import type { Plan } from '../../../lib/plan';
import { allUnitsXlsx } from '../../../lib/report/get-report';
import { XLSX_MIME } from '../../../lib/report/xlsx';

export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(await allUnitsXlsx(props.plan), { headers: { 'Content-Type': XLSX_MIME } });
