// The accessibility and small-screen checks every browser test makes, in one place.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA, as the NHS service standard asks. */
export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Axe finds nothing on the page. Given `title` (the page's own title, before the service
 * name), it first waits for it: after a client-side navigation that is what tells the old
 * page is gone and the new one is whole.
 */
export async function expectNoAxeViolations(page: Page, title?: string) {
  if (title !== undefined) {
    await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} - Ambitions self-assessment$`));
  }
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** Once the page has settled: the header's script folds navigation links into "More" after hydrating. */
export async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}
