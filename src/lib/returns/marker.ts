/**
 * What a unit's workbook says of itself, out of sight: its edition and unit, in the
 * workbook's keywords (document properties, docProps/core.xml). Excel and WPS keep them
 * when a file is filled in and saved again; the sheets' layout does not change. Pure.
 */
const PREFIX = 'qm-return-table';

export interface TableMarker {
  edition: string;
  unit: string;
}

export const tableMarker = ({ edition, unit }: TableMarker): string => `${PREFIX} edition=${edition} unit=${unit}`;

/** The marker in a workbook's keywords, or undefined when it has none (or another program's). */
export function readTableMarker(keywords: string | undefined): TableMarker | undefined {
  const m = keywords?.match(new RegExp(`${PREFIX} edition=(\\S+) unit=(\\S+)`));
  return m ? { edition: m[1], unit: m[2] } : undefined;
}
