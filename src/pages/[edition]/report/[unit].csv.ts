import type { APIRoute, GetStaticPaths } from 'astro';
import { perEditionStaticPaths } from '../../../lib/get-plan';
import type { Plan, Unit } from '../../../lib/plan';
import { reportUnits, unitCsv } from '../../../lib/report/get-report';

export const getStaticPaths = (() =>
  perEditionStaticPaths((plan) =>
    reportUnits(plan).map((unit) => ({ params: { unit: unit.id }, props: { unit } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; unit: Unit }> = async ({ props }) =>
  new Response(await unitCsv(props.plan, props.unit), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
