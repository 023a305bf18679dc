import { expect, test } from '@playwright/test';
import { ADMIN, at360, checkA11y, heading, inviteUser, login } from './helpers';

// The e2e server's SMTP server refuses every recipient at this domain for good (550).
const REFUSED_DOMAIN = 'refused.example.se';

test('a mail the server refuses waits in the mail queue with its reason; the admin sends it again', async ({
  page,
}) => {
  const email = `studsar.${Date.now()}@${REFUSED_DOMAIN}`;
  await page.goto('/users');
  await login(page, ADMIN);
  await heading(page, 'Användare');
  await inviteUser(page, email, 'Sture Studsar');

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

  await at360(page, 'mail queue');
});
