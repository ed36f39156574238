/** axe-core scans for the e2e tests: WCAG 2.0/2.1/2.2 A and AA rules, violations listed plainly. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the list of violations (rule, impact, first targets) when axe finds any. */
export async function expectNoAxeViolations(page: Page, options: { include?: string; label?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  const { violations, passes } = await builder.analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, options.label).toEqual([]);
  // A scan that checked nothing proves nothing.
  expect(passes.length, options.label).toBeGreaterThan(0);
}
