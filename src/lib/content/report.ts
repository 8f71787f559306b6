/**
 * An edition's reporting requirement as the content states it (content/<year>/report.yaml
 * with the plan's own sentence on it): what the report page, the workbooks, the photo
 * checkers and the office's scripts all start from. The photo rules and the files made
 * from it are outputs (src/lib/report/).
 */
import type { ReportData } from '../../schemas/report';
import { tableStatus, type ReportColumn } from './report-table';
import { quotePlan, type Plan, type PlanQuote } from './plan';

/** What report.yaml says, as the photo rules need it (the browser gets it as JSON). */
export interface RuleSettings {
  sourceRef: string;
  deadline: { text: string; date: Date | string };
  recipient: string;
  recipientLocation?: string;
  contents: readonly string[];
  photos: { min: number; max: number; minLongSide: number; minShortSide: number };
  captionMaxLength: number;
}

export interface EditionReport {
  settings: ReportData;
  /** The settings as the photo rules and the browser's photo checker get them (JSON). */
  ruleSettings: RuleSettings;
  columns: ReportColumn[];
  /** 参考格式 while the office has not published the official columns. */
  draft: boolean;
  tableName: string;
  /** The plan's reporting sentence, word for word from the edition's plan/. */
  sentence: PlanQuote;
}

/** Throws ContentError when the plan has no paragraph with report.yaml's sourceMarker. */
export function buildEditionReport(plan: Plan, settings: ReportData, dir?: string): EditionReport {
  const columns = settings.columns.map((c) => ({ ...c }));
  return {
    settings,
    ruleSettings: {
      sourceRef: settings.sourceRef,
      deadline: { text: settings.deadline.text, date: settings.deadline.date.toISOString().slice(0, 10) },
      recipient: settings.recipient,
      recipientLocation: settings.recipientLocation,
      contents: settings.contents,
      photos: settings.photos,
      captionMaxLength: settings.captionMaxLength,
    },
    columns,
    draft: tableStatus(columns) === '参考格式',
    tableName: settings.table.name,
    sentence: quotePlan(plan, settings.sourceMarker, dir),
  };
}
