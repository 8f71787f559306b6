/**
 * An edition's reporting kit at build time: its rules and columns from
 * content/<year>/report.yaml and the generated files, made once per edition and shared by
 * the endpoints, the report page and the unit pages' task summaries.
 */
import { getSite } from '../get-plan';
import { quotePlan, type Plan, type PlanQuote, type Unit } from '../plan';
import { toCsv } from './csv';
import { unitTable, tableStatus, type ReportColumn } from './table';
import { allUnitsWorkbook, unitWorkbook, type WorkbookKit } from './xlsx';
import { reportRules, type ReportRules, type RuleSettings } from './rules';
import { buildTime } from '../editions';
import type { ReportData } from '../../schemas/report';

export interface ReportKit {
  plan: Plan;
  settings: ReportData;
  /** The settings as the browser's photo checker gets them (JSON). */
  ruleSettings: RuleSettings;
  checker: ReportRules;
  columns: ReportColumn[];
  /** 参考格式 while the office has not published the official columns. */
  draft: boolean;
  tableName: string;
  /** The plan's reporting sentence, word for word from the edition's plan/. */
  sentence: PlanQuote;
  /** Built before the deadline passed? The page also checks again in the browser. */
  closed: boolean;
}

const kits = new Map<string, ReportKit>();

/** The reporting kit of the plan's edition. */
export function getReport(plan: Plan): ReportKit {
  const year = plan.edition.year;
  let kit = kits.get(year);
  if (!kit) {
    const settings = plan.report!;
    const ruleSettings: RuleSettings = {
      sourceRef: settings.sourceRef,
      deadline: { text: settings.deadline.text, date: settings.deadline.date.toISOString().slice(0, 10) },
      recipient: settings.recipient,
      recipientLocation: settings.recipientLocation,
      contents: settings.contents,
      photos: settings.photos,
      captionMaxLength: settings.captionMaxLength,
    };
    const checker = reportRules(ruleSettings);
    const columns = settings.columns.map((c) => ({ ...c }));
    kit = {
      plan,
      settings,
      ruleSettings,
      checker,
      columns,
      draft: tableStatus(columns) === '参考格式',
      tableName: settings.table.name,
      sentence: quotePlan(plan, settings.sourceMarker),
      closed: checker.closed(buildTime()),
    };
    kits.set(year, kit);
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

export function unitXlsx(plan: Plan, unit: Unit): Promise<Bytes> {
  return once(`${plan.edition.year}/${unit.id}.xlsx`, async () => unitWorkbook(unit, await workbookKit(getReport(plan))));
}

export function unitCsv(plan: Plan, unit: Unit): Promise<Bytes> {
  return once(`${plan.edition.year}/${unit.id}.csv`, async () => {
    const kit = getReport(plan);
    const table = unitTable(unit, kit.columns, kit.tableName);
    return new TextEncoder().encode(toCsv([table.headers, ...table.rows]));
  });
}

export function allUnitsXlsx(plan: Plan): Promise<Bytes> {
  return once(`${plan.edition.year}/all-units.xlsx`, async () =>
    allUnitsWorkbook(plan.units, await workbookKit(getReport(plan))),
  );
}

/** Units for the per-unit endpoints (buildPlan refuses an id that would overwrite the combined workbook). */
export function reportUnits(plan: Plan): Unit[] {
  return plan.units;
}
