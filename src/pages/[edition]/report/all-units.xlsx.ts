import type { APIRoute } from 'astro';
import { editionStaticPaths, type EditionProps } from '../../../lib/content/get-edition';
import { allUnitsXlsx } from '../../../lib/report/get-report';
import { XLSX_MIME } from '../../../lib/report/xlsx';

export const getStaticPaths = editionStaticPaths;
export const GET: APIRoute<EditionProps> = async ({ props }) =>
  new Response(await allUnitsXlsx(props.edition), { headers: { 'Content-Type': XLSX_MIME } });
