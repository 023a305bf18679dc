import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'jamlik-demo';
export const ADMIN = 'admin@demo.jamlik.se';

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page; fails on any serious or critical violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
  expect(bad, `axe violations on ${label}:\n${report}`).toEqual([]);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await page.getByRole('textbox', { name: 'Lösenord', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Waits for the page's main heading; a loaded page always has one h1. */
export async function heading(page: Page, name: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1, name });
  await expect(h1).toBeVisible();
  return h1;
}

/** Fails when the page scrolls sideways: every page must fit a 360 px phone. */
export async function expectNoHorizontalScroll(page: Page, label: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      { message: `${label} scrolls horizontally` },
    )
    .toBeLessThanOrEqual(0);
}

/** The same page at 360 px: no horizontal scrolling, no axe violations; then back to its size. */
export async function at360(page: Page, label: string) {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalScroll(page, label);
  await checkA11y(page, `${label} (360px)`);
  await page.setViewportSize(size);
}

/** An admin on the users page invites someone with the invitation form. */
export async function inviteUser(page: Page, email: string, name: string, role?: string) {
  const form = page.locator('form', {
    has: page.getByRole('heading', { name: 'Bjud in användare' }),
  });
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Namn').fill(name);
  if (role) await form.getByLabel('Roll').selectOption(role);
  await form.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(page.getByText(`En inbjudan har skickats till ${email}.`)).toBeVisible();
}
