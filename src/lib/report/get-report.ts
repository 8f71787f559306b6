/**
 * An edition's reporting kit at build time: its Edition's reporting requirement
 * (src/lib/content/report.ts) with the photo rules and the generated files, made once
 * per edition and shared by the endpoints, the report page and the unit pages' task
 * summaries.
 */
import { getSite } from '../content/get-edition';
import type { Edition } from '../content/edition';
import type { EditionReport } from '../content/report';
import type { Plan, Unit } from '../content/plan';
import { toCsv } from './csv';
import { unitTable } from './table';
import { allUnitsWorkbook, unitWorkbook, type WorkbookKit } from './xlsx';
import { reportRules, type ReportRules } from './rules';
import { buildTime } from '../editions';

export interface ReportKit extends EditionReport {
  plan: Plan;
  checker: ReportRules;
  /** Built before the deadline passed? The page also checks again in the browser. */
  closed: boolean;
}

const kits = new WeakMap<Edition, ReportKit>();

/** The reporting kit of an edition. */
export function getReport(edition: Edition): ReportKit {
  let kit = kits.get(edition);
  if (!kit) {
    const checker = reportRules(edition.report.ruleSettings);
    kit = { ...edition.report, plan: edition.plan, checker, closed: checker.closed(buildTime()) };
    kits.set(edition, kit);
  }
  return kit;
}

async function workbookKit(kit: ReportKit): Promise<WorkbookKit> {
  return {
    columns: kit.columns,
    tableName: kit.tableName,
    tableDate: kit.settings.table.date,
    checklist: kit.checker.checklist,
    sourceSentence: kit.sentence.text,
    creator: `${(await getSite()).name}网站`,
    unitCount: kit.plan.units.length,
    edition: kit.plan.edition.year,
  };
}

type Bytes = Uint8Array<ArrayBuffer>;
const files = new Map<string, Promise<Bytes>>();
const once = (key: string, make: () => Promise<Bytes>) => {
  if (!files.has(key)) files.set(key, make());
  return files.get(key)!;
};

export function unitXlsx(edition: Edition, unit: Unit): Promise<Bytes> {
  return once(`${edition.year}/${unit.id}.xlsx`, async () => unitWorkbook(unit, await workbookKit(getReport(edition))));
}

export function unitCsv(edition: Edition, unit: Unit): Promise<Bytes> {
  return once(`${edition.year}/${unit.id}.csv`, async () => {
    const kit = getReport(edition);
    const table = unitTable(unit, kit.columns, kit.tableName);
    return new TextEncoder().encode(toCsv([table.headers, ...table.rows]));
  });
}

export function allUnitsXlsx(edition: Edition): Promise<Bytes> {
  return once(`${edition.year}/all-units.xlsx`, async () => allUnitsWorkbook(edition.plan.units, await workbookKit(getReport(edition))));
}

/** Units for the per-unit endpoints (buildPlan refuses an id that would overwrite the combined workbook). */
export function reportUnits(edition: Edition): Unit[] {
  return edition.plan.units;
}
