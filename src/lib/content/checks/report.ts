/**
 * An edition's reporting requirement (content/<year>/report.yaml): its deadline in the
 * year and as its words say, photo limits that make sense, a table that prints on A4.
 */
import type { ContentProblem } from '../../content-error';
import type { ReportData } from '../../../schemas/report';
import { fixedColumns, tableWidthProblem } from '../report-table';
import { dateProblems } from './dates';

/** `file`: the edition's report.yaml. */
export function reportDateProblems(report: ReportData, file: string, year: string): ContentProblem[] {
  const { deadline } = report;
  return dateProblems(file, 'deadline.date', deadline.date, deadline.text, year);
}

export function reportTableProblems(report: ReportData, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { photos } = report;
  if (photos.min > photos.max) {
    problems.push({
      file,
      field: 'photos.min',
      value: `最少 ${photos.min} 张，多于最多的 ${photos.max} 张`,
      allowed: 'min 不大于 max',
    });
  }
  if (photos.minShortSide > photos.minLongSide) {
    problems.push({
      file,
      field: 'photos.minShortSide',
      value: `短边 ${photos.minShortSide} 大于长边 ${photos.minLongSide}`,
      allowed: 'minShortSide 不大于 minLongSide（如 1024×768 写 minLongSide: 1024、minShortSide: 768）',
    });
  }
  const tooWide = tableWidthProblem(file, fixedColumns.map((c) => c.width), report.columns.map((c) => c.width));
  if (tooWide) problems.push(tooWide);
  return problems;
}
