/** axe-core in a page, with the rule sets the site is held to (WCAG 2.1 A/AA and best practice). */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs axe on `context` (default: the whole page) and returns one readable line per failing element. */
export async function axeViolations(page: Page, context = 'html'): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's CSP (no inline scripts) allows it.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    ([selector, runOnly]) =>
      (window as unknown as { axe: typeof axe }).axe.run(selector, {
        runOnly: { type: 'tag', values: runOnly },
        resultTypes: ['violations'],
      }),
    [context, axeTags] as const,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}
