import { expect, test } from '@playwright/test';
import { ADMIN, checkA11y, heading, inviteUser, login } from './helpers';
import { waitForMail } from './mail';

test('admin invites a staff user, changes the role and deactivates the account', async ({
  page,
}) => {
  const email = `ny.utbildare.${Date.now()}@example.se`;
  await page.goto('/users');
  await login(page, ADMIN);
  await heading(page, 'Användare');
  await inviteUser(page, email, 'Ulla Utbildare', 'trainer');
  await waitForMail(email);

  const row = page.getByTestId('users-table').getByRole('row', { name: /Ulla Utbildare/ });
  await expect(row).toContainText('Inbjuden');
  await row.getByLabel('Roll för Ulla Utbildare').selectOption('auditor');
  await expect(page.getByText('Rollen för Ulla Utbildare är ändrad.')).toBeVisible();
  await row.getByRole('button', { name: 'Inaktivera Ulla Utbildare' }).click();
  await expect(row).toContainText('Inaktiverad');
  await expect(row.getByRole('button', { name: 'Aktivera Ulla Utbildare' })).toBeVisible();
  await checkA11y(page, 'users after changes');

  // Filtering by role narrows the list.
  await page.getByLabel('Filtrera på roll').selectOption('auditor');
  await expect(page.getByTestId('users-table').locator('tbody tr')).toHaveCount(2);
});

test('changing the password ends the session and the new one works', async ({ page }) => {
  await page.goto('/login');
  await login(page, 'maria.nyberg@demo.jamlik.se');
  await heading(page, 'Föreningen Lika Villkor');
  // Two members: the working group is too small.
  await expect(page.getByText('Arbetsgruppen bör ha minst 3 medlemmar.')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Min profil' }).click();
  await heading(page, 'Min profil');

  await page.getByLabel('Nuvarande lösenord').fill('fel-losenord-1');
  await page.getByLabel('Nytt lösenord').fill('maria-nytt-losen-1');
  await page.getByLabel('Upprepa det nya lösenordet').fill('maria-nytt-losen-1');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByText('Fel lösenord')).toBeVisible();
  await checkA11y(page, 'profile with an error');

  await page.getByLabel('Nuvarande lösenord').fill('jamlik-demo');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-notice')).toContainText('Lösenordet är bytt');

  await login(page, 'maria.nyberg@demo.jamlik.se', 'maria-nytt-losen-1');
  await heading(page, 'Föreningen Lika Villkor');
});

test('two tabs renewing the session at the same moment both stay logged in', async ({
  context,
  page,
}) => {
  // The server ends a session when a refresh token it already rotated comes back (ADR 0002); the
  // tabs share the refresh cookie, so they must renew one after the other, never with one token.
  await page.goto('/organisations');
  await login(page, 'trainer@demo.jamlik.se');
  await heading(page, 'Verksamheter');
  const second = await context.newPage();
  await second.goto('/organisations');
  await heading(second, 'Verksamheter');

  for (let round = 0; round < 3; round++) {
    // As after 15 minutes: the access token is gone, the refresh token is still there.
    await context.clearCookies({ name: 'jamlik_access' });
    await Promise.all([page.reload(), second.reload()]);
    await heading(page, 'Verksamheter');
    await heading(second, 'Verksamheter');
  }
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(second).toHaveURL(/\/organisations$/);
});
