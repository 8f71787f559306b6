import type { APIRoute, GetStaticPaths } from 'astro';
import { perEditionStaticPaths, type EditionProps } from '../../../lib/content/get-edition';
import type { Unit } from '../../../lib/content/plan';
import { reportUnits, unitXlsx } from '../../../lib/report/get-report';
import { XLSX_MIME } from '../../../lib/report/xlsx';

export const getStaticPaths = (() =>
  perEditionStaticPaths((edition) =>
    reportUnits(edition).map((unit) => ({ params: { unit: unit.id }, props: { unit } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<EditionProps & { unit: Unit }> = async ({ props }) =>
  new Response(await unitXlsx(props.edition, props.unit), { headers: { 'Content-Type': XLSX_MIME } });
