/** URLs of the reporting kit's files (pages use src/lib/paths.ts). */
export const reportPaths = {
  unitXlsx: (unitId: string) => `/report/${unitId}.xlsx`,
  unitCsv: (unitId: string) => `/report/${unitId}.csv`,
  allUnitsXlsx: '/report/all-units.xlsx',
  /** Anchor of the photo checker on the report page. */
  data: {
    items: '/data/items.json',
    units: '/data/units.json',
    assignments: '/data/assignments.csv',
  },
} as const;

/** Reserved: a unit id must not take the name of the combined workbook. */
export const reservedReportNames = ['all-units'] as const;
