import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../lib/plan';
import { reportUnits, unitCsv } from '../../lib/report/get-report';

export const getStaticPaths = (async () =>
  (await reportUnits()).map((unit) => ({ params: { unit: unit.id }, props: { unit } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = async ({ props }) =>
  new Response(await unitCsv(props.unit), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
