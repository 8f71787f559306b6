import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans } from '../../../lib/get-plan';
import type { Plan, Unit } from '../../../lib/plan';
import { reportUnits, unitCsv } from '../../../lib/report/get-report';

export const getStaticPaths = (async () =>
  (await getPlans()).flatMap((plan) =>
    reportUnits(plan).map((unit) => ({ params: { edition: plan.edition.year, unit: unit.id }, props: { plan, unit } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; unit: Unit }> = async ({ props }) =>
  new Response(await unitCsv(props.plan, props.unit), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
