/**
 * CSV read by csv-parse, a reader independent of the site's own (src/lib/report/csv.ts), so
 * the CSV files the site publishes are checked by what a spreadsheet or a script would read.
 * Strict: every row must have as many fields as the header, quotes must be closed.
 */
import { parse } from 'csv-parse/sync';

export function readCsv(text: string | Buffer): string[][] {
  return parse(text, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][];
}
