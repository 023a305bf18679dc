import { expect, type Page, test } from '@playwright/test';
import { ADMIN, checkA11y, heading, login } from './helpers';

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

test('at 360px: the certification screens and the public verification are usable', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const org = 'Föreningen Lika Villkor';

  await page.goto('/login');
  await login(page, ADMIN);
  await heading(page, 'Verksamheter');
  await page.getByRole('button', { name: 'Öppna menyn' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Certifieringar' }).click();
  await heading(page, 'Certifieringar');
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'certifications (360px)');

  // The demo data has a certification under way for Föreningen Lika Villkor.
  await page.getByRole('button', { name: 'Öppna certifiering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna certifiering' });
  await expect(dialog.getByRole('checkbox', { name: /trainer@demo\.jamlik\.se/ })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'open certification (360px)');
  // The organisation list is searched by typing; its dropdown fits the narrow screen.
  await dialog.getByRole('combobox', { name: 'Verksamhet' }).fill('lika');
  await expect(page.getByRole('option', { name: org })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'open certification, searching an organisation (360px)');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByTestId('certifications-table').getByRole('link', { name: org }).click();
  await heading(page, `Certifiering: ${org}`);
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'certification overview (360px)');

  await page.getByRole('tab', { name: 'Utbildningsdagar' }).click();
  await expect(page.getByTestId('training-days-table')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'day planner (360px)');
  // The demo's planned moment 3 day: its change dialog fits too.
  await page
    .getByRole('button', { name: /^Ändra: / })
    .first()
    .click();
  const change = page.getByRole('dialog', { name: 'Ändra utbildningsdagen' });
  await expect(change.getByRole('textbox', { name: 'Plats' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'change a training day (360px)');
  await change.getByRole('button', { name: 'Avbryt' }).click();
  await expect(change).toBeHidden();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Moment 1' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'agenda editor (360px)');
  await page.getByRole('button', { name: 'Logga ut' }).click();

  // The working group's plan editor.
  await login(page, 'johan.ek@demo.jamlik.se');
  await heading(page, org);
  await page.getByRole('button', { name: 'Öppna menyn' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Vår certifiering' }).click();
  await heading(page, `Certifiering: ${org}`);
  await page.getByRole('tab', { name: 'Handlingsplan' }).click();
  await expect(page.getByRole('group', { name: 'Mål 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till mål' }).click();
  await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
  await expect(page.getByRole('group', { name: 'Mål 2', exact: true })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'plan editor (360px)');
  await page.getByRole('button', { name: 'Logga ut' }).click();

  await page.goto('/verify/FINNS-INTE-1');
  await expect(page.getByTestId('verify-unknown')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'verification (360px)');
});
