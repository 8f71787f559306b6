/**
 * Returns made at test time: each unit's table is the site's own per-unit XLSX
 * (src/lib/report/xlsx.ts unitWorkbook, the file the report page serves), filled in with
 * exceljs; photos are made with sharp, with a GPS position and an orientation in EXIF.
 */
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { loadEditions } from '../../../src/lib/content/disk';
import type { Item, Unit } from '../../../src/lib/content/plan';
import type { ReportColumn } from '../../../src/lib/content/report-table';
import { unitWorkbook } from '../../../src/lib/report/xlsx';
import { HEADER_ROW } from '../../../src/lib/report/xlsx';
import { fixedColumns, unitTable } from '../../../src/lib/report/table';
import { toCsv } from '../../../src/lib/report/csv';

export const YEAR = '2024';

/** What the statistics tables of an edition are made of, from its Edition (src/lib/content/). */
export interface EditionTables {
  year: string;
  tableName: string;
  columns: ReportColumn[];
  /** The edition's units (those with items), in registry order. */
  units: Unit[];
  /** The items in number order, each with its category. */
  items: Item[];
}
type TableUnitFacts = Unit;

export async function edition(year = YEAR): Promise<EditionTables> {
  const { plan, report } = (await loadEditions()).editions.get(year)!;
  return { year, tableName: report.tableName, columns: report.columns, units: plan.units, items: plan.items };
}

export function unitById(e: EditionTables, id: string): TableUnitFacts {
  const unit = e.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
}

/** The site's workbook for a unit, as the report page serves it. */
export async function siteWorkbook(e: EditionTables, unit: TableUnitFacts, year = e.year): Promise<Uint8Array> {
  return unitWorkbook(unit, {
    columns: e.columns,
    tableName: e.tableName,
    tableDate: new Date('2024-08-30'),
    checklist: [],
    sourceSentence: '',
    creator: 'test',
    unitCount: e.units.length,
    edition: year,
  });
}

/** Figures a unit would write: deterministic from the item number and the unit. */
export function figuresFor(e: EditionTables, unit: TableUnitFacts, item: number): Record<string, string | number> {
  const seed = item * 7 + unit.id.length;
  const out: Record<string, string | number> = {};
  e.columns.forEach((c, i) => {
    out[c.id] = c.kind === 'number' ? (seed * (i + 3)) % 97 : `${unit.name}第${item}项的${c.label}`;
  });
  return out;
}

type Edit = (ws: ExcelJS.Worksheet, e: EditionTables) => void;

/** The site's XLSX for `unit`, each item's row filled with figuresFor, then `edit` applied. */
export async function filledXlsx(e: EditionTables, unit: TableUnitFacts, edit: Edit = () => {}, from?: Uint8Array): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((from ?? (await siteWorkbook(e, unit))) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const first = fixedColumns.length + 1;
  unit.items.forEach((item, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const figures = figuresFor(e, unit, item.number);
    e.columns.forEach((c, j) => (row.getCell(first + j).value = figures[c.id]));
  });
  edit(ws, e);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The site's CSV for `unit`, filled the same way. */
export function filledCsv(e: EditionTables, unit: TableUnitFacts): string {
  const table = unitTable(unit, e.columns, e.tableName);
  const rows = table.rows.map((r, i) => {
    const figures = figuresFor(e, unit, unit.items[i].number);
    return [...r.slice(0, fixedColumns.length), ...e.columns.map((c) => figures[c.id])];
  });
  return toCsv([table.headers, ...rows]);
}

/** A JPEG with a GPS position, a camera serial and an EXIF orientation. */
export async function gpsPhoto(width: number, height: number, orientation = 6, background = '#2b6cb0'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg({ quality: 80 })
    .withMetadata({
      orientation,
      exif: {
        IFD0: { Make: 'TestPhone', Model: 'QM-1', Software: 'fixture' },
        IFD2: { BodySerialNumber: 'SERIAL-123456' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 1/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '117/1 42/1 0/1' },
      },
    })
    .toBuffer();
}
