/** Open data from the plan model: items, units, and who carries which item. */
import type { Plan } from './content/plan';
import { toCsv } from './report/csv';

export function itemsData(plan: Plan) {
  return plan.items.map((item) => ({
    number: item.number,
    title: item.title,
    url: item.url,
    category: { id: item.category.id, heading: item.category.heading },
    units: item.units.map((u) => ({ id: u.id, name: u.name })),
    unitNamesAsWritten: item.unitNamesAsWritten,
  }));
}

export function unitsData(plan: Plan) {
  return plan.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    aliases: unit.aliases,
    url: unit.url,
    items: unit.items.map((i) => i.number),
    soleItems: unit.soleItems.map((i) => i.number),
    sharedItems: unit.sharedItems.map((i) => i.number),
  }));
}

export const ASSIGNMENT_HEADERS = ['unit_id', 'unit_name', 'item_number', 'item_title', 'assignment'] as const;

/** One row per unit and item; assignment is `sole` (the unit alone) or `shared`. */
export function assignmentsCsv(plan: Plan): string {
  const rows = plan.units.flatMap((unit) =>
    unit.items.map((item) => [unit.id, unit.name, item.number, item.title, item.units.length === 1 ? 'sole' : 'shared']),
  );
  return toCsv([[...ASSIGNMENT_HEADERS], ...rows]);
}

export const json = (data: unknown) =>
  new Response(JSON.stringify(data, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
