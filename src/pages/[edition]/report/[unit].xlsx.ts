import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlans } from '../../../lib/get-plan';
import type { Plan, Unit } from '../../../lib/plan';
import { reportUnits, unitXlsx } from '../../../lib/report/get-report';
import { XLSX_MIME } from '../../../lib/report/xlsx';

export const getStaticPaths = (async () =>
  (await getPlans()).flatMap((plan) =>
    reportUnits(plan).map((unit) => ({ params: { edition: plan.edition.year, unit: unit.id }, props: { plan, unit } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan; unit: Unit }> = async ({ props }) =>
  new Response(await unitXlsx(props.plan, props.unit), { headers: { 'Content-Type': XLSX_MIME } });
