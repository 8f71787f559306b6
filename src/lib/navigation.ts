/** The edition's main pages, in one order, for the header's navigation and the footer. */
import { ui } from './site';
import { sitePaths } from './paths';
import type { Plan } from './content/plan';

export interface NavLink {
  href: string;
  label: string;
}

export function mainNavigation(plan: Plan): NavLink[] {
  const paths = plan.edition.paths;
  return [
    { href: paths.notice, label: ui.notice },
    { href: paths.plan, label: ui.planShort },
    { href: paths.categories, label: ui.categories },
    { href: paths.units, label: ui.units },
    { href: paths.slogans, label: ui.slogans },
    { href: paths.report, label: ui.report },
    { href: sitePaths.editions, label: ui.editions },
  ];
}
