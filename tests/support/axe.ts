import { expect, type Page } from '@playwright/test';

/** The site's two colour themes (Starlight's `data-theme`). */
export type Theme = 'light' | 'dark';

/** axe's rules whose outcome depends on colours, and so on the theme. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** Violations as readable lines: rule id and the selectors of the failing nodes. */
export function violationLines(results: { violations: { id: string; nodes: { target: unknown[] }[] }[] }): string[] {
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens a page with the theme chosen as a reader's stored choice, before any script runs. */
export async function openInTheme(page: Page, path: string, theme: Theme): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Switches the loaded page's theme the way Starlight's picker does (the root's data-theme),
 * and checks that the page's background colour really changed, so that an audit after it sees
 * the other theme's colours.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await background();
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
    localStorage.setItem('starlight-theme', t);
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  expect(await background(), `page background after switching to the ${theme} theme`).not.toBe(before);
}
