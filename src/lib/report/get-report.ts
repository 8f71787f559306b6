/**
 * The reporting kit at build time: the columns from content/report/columns.yaml and the
 * generated files, made once and shared by the endpoints and UnitReportLinks (which
 * shows their sizes).
 */
import { getCollection } from 'astro:content';
import { getPlan } from '../get-plan';
import { quotePlan, type PlanQuote, type Unit } from '../plan';
import { toCsv } from './csv';
import { unitTable, type ReportColumn } from './table';
import { allUnitsWorkbook, unitWorkbook } from './xlsx';
import { SOURCE_MARKER } from './rules';
import { reservedReportNames } from './paths';

let columns: Promise<ReportColumn[]> | undefined;
export function getReportColumns(): Promise<ReportColumn[]> {
  columns ??= getCollection('reportColumns').then((entries) => entries.map((e) => ({ ...e.data, id: e.id })));
  return columns;
}

/** The plan's reporting sentence, word for word from content/plan/. */
export async function getReportSentence(): Promise<PlanQuote> {
  return quotePlan(await getPlan(), SOURCE_MARKER);
}

type Bytes = Uint8Array<ArrayBuffer>;
const files = new Map<string, Promise<Bytes>>();
const once = (key: string, make: () => Promise<Bytes>) => {
  if (!files.has(key)) files.set(key, make());
  return files.get(key)!;
};

export function unitXlsx(unit: Unit): Promise<Bytes> {
  return once(`${unit.id}.xlsx`, async () =>
    unitWorkbook(unit, await getReportColumns(), (await getReportSentence()).text),
  );
}

export function unitCsv(unit: Unit): Promise<Bytes> {
  return once(`${unit.id}.csv`, async () => {
    const table = unitTable(unit, await getReportColumns());
    return new TextEncoder().encode(toCsv([table.headers, ...table.rows]));
  });
}

export function allUnitsXlsx(): Promise<Bytes> {
  return once('all-units.xlsx', async () =>
    allUnitsWorkbook((await getPlan()).units, await getReportColumns(), (await getReportSentence()).text),
  );
}

/** Units for the per-unit endpoints; refuses an id that would overwrite the combined workbook. */
export async function reportUnits(): Promise<Unit[]> {
  const { units } = await getPlan();
  const clash = units.find((u) => (reservedReportNames as readonly string[]).includes(u.id));
  if (clash) throw new Error(`content/units.yaml 中单位 id “${clash.id}”与报送文件名冲突，请换一个 id`);
  return units;
}
