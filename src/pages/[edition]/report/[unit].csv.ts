import type { APIRoute, GetStaticPaths } from 'astro';
import { perEditionStaticPaths, type EditionProps } from '../../../lib/content/get-edition';
import type { Unit } from '../../../lib/content/plan';
import { reportUnits, unitCsv } from '../../../lib/report/get-report';

export const getStaticPaths = (() =>
  perEditionStaticPaths((edition) =>
    reportUnits(edition).map((unit) => ({ params: { unit: unit.id }, props: { unit } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<EditionProps & { unit: Unit }> = async ({ props }) =>
  new Response(await unitCsv(props.edition, props.unit), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
