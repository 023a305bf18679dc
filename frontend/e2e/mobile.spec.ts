import { expect, type Page, test } from '@playwright/test';
import { checkA11y, heading, login } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    body: document.body.scrollWidth - document.body.clientWidth,
  }));
  expect(overflow.doc, 'document scrolls horizontally').toBeLessThanOrEqual(0);
  expect(overflow.body, 'body scrolls horizontally').toBeLessThanOrEqual(0);
}

test('at 360px: login and the organisation page are usable', async ({ page }) => {
  await page.goto('/login');
  await heading(page, 'Logga in');
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'login (360px)');

  // A plain member: no controls in the members table, which must still be scrollable by keyboard.
  await login(page, 'erik.berg@demo.jamlik.se');
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  await heading(page, 'Alingsås kommun');
  await expect(page.getByTestId('members-table')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'organisation (360px)');

  // The navigation collapses behind a burger and opens as a drawer.
  const burger = page.getByRole('button', { name: 'Öppna menyn' });
  await expect(burger).toBeVisible();
  await burger.click();
  const profile = page.getByRole('navigation').getByRole('link', { name: 'Min profil' });
  await expect(profile).toBeVisible();
  await checkA11y(page, 'open menu (360px)');
  await profile.click();
  await heading(page, 'Min profil');
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'profile (360px)');
});
