import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../lib/plan';
import { reportUnits, unitXlsx } from '../../lib/report/get-report';
import { XLSX_MIME } from '../../lib/report/xlsx';

export const getStaticPaths = (async () =>
  (await reportUnits()).map((unit) => ({ params: { unit: unit.id }, props: { unit } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = async ({ props }) =>
  new Response(await unitXlsx(props.unit), { headers: { 'Content-Type': XLSX_MIME } });
