import { expect, type Page, test } from '@playwright/test';
import { ADMIN, checkA11y, heading, login } from './helpers';

// The e2e server's SMTP server refuses every recipient at this domain for good (550).
const REFUSED_DOMAIN = 'refused.example.se';

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls horizontally').toBeLessThanOrEqual(0);
}

test('a mail the server refuses waits in the mail queue with its reason; the admin sends it again', async ({
  page,
}) => {
  const email = `studsar.${Date.now()}@${REFUSED_DOMAIN}`;
  await page.goto('/users');
  await login(page, ADMIN);
  await heading(page, 'Användare');
  const form = page.locator('form', {
    has: page.getByRole('heading', { name: 'Bjud in användare' }),
  });
  await form.getByLabel('E-postadress').fill(email);
  await form.getByLabel('Namn').fill('Sture Studsar');
  await form.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(page.getByText(`En inbjudan har skickats till ${email}.`)).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'E-postkö' }).click();
  await heading(page, 'E-postkö');
  const row = page.getByTestId('outbox-table').locator('tr', { hasText: email });
  const reload = page.getByRole('button', { name: 'Läs in igen' });
  // The dispatcher sends after the commit; the refusal is final at once.
  await expect(async () => {
    await reload.click();
    await expect(row).toContainText('Misslyckad', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(row).toContainText('Sture Studsar');
  await expect(row).toContainText('550 5.1.1 No such user here');
  await checkA11y(page, 'mail queue');

  await row.getByRole('button', { name: `Skicka igen till ${email}` }).click();
  await expect(page.getByText(`Meddelandet till ${email} skickas igen.`)).toBeVisible();
  // Refused again after one fresh attempt: failed again, not retried ten times.
  await expect(async () => {
    await reload.click();
    await expect(row).toContainText('Misslyckad', { timeout: 1_000 });
    await expect(row.getByRole('cell').nth(3)).toHaveText('1', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // Only failed mail: the filter narrows the list to it.
  await page.getByLabel('Visa').selectOption('failed');
  await expect(row).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  await heading(page, 'E-postkö');
  await expectNoHorizontalOverflow(page);
  await checkA11y(page, 'mail queue (360px)');
});
