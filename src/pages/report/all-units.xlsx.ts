import type { APIRoute } from 'astro';
import { allUnitsXlsx } from '../../lib/report/get-report';
import { XLSX_MIME } from '../../lib/report/xlsx';

export const GET: APIRoute = async () => new Response(await allUnitsXlsx(), { headers: { 'Content-Type': XLSX_MIME } });
