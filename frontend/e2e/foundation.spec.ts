import { expect, type Page, test } from '@playwright/test';
import { ADMIN, checkA11y, heading, login } from './helpers';
import { linkIn, waitForMail } from './mail';

const NEW_ORG = {
  name: 'Testkommunen E2E',
  orgNumber: '556036-0793',
  contactName: 'Karin Kontakt',
  contactEmail: 'karin.kontakt@example.se',
};

/** The organisation id in the current URL (/organisations/<id>). */
async function organisationIdFromUrl(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
  return new URL(page.url()).pathname.split('/').pop() as string;
}

test('admin creates an organisation and invites a member, who then sees only it', async ({
  page,
}) => {
  const memberEmail = `ny.medlem.${Date.now()}@example.se`;
  const memberName = 'Nora Nyberg';
  const memberPassword = 'ett-langt-losenord-42';
  let alingsasId = '';
  let newOrgId = '';

  await test.step('the login page is Swedish', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await heading(page, 'Logga in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByLabel('E-postadress')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Lösenord', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Glömt lösenordet?' })).toBeVisible();
    await expect(page).toHaveTitle(/Logga in/);
    await checkA11y(page, 'login');
  });

  await test.step('a wrong password shows a translated error', async () => {
    await login(page, ADMIN, 'fel-losenord-123');
    await expect(page.getByRole('alert')).toContainText('Fel e-postadress eller lösenord');
  });

  await test.step('admin logs in and sees the organisations', async () => {
    await login(page, ADMIN);
    await expect(page).toHaveURL(/\/organisations$/);
    await heading(page, 'Verksamheter');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Användare' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Min profil' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Alingsås kommun' })).toBeVisible();
    await checkA11y(page, 'organisations (admin)');
  });

  await test.step('admin opens Alingsås kommun', async () => {
    await page.getByRole('link', { name: 'Alingsås kommun' }).click();
    alingsasId = await organisationIdFromUrl(page);
    await heading(page, 'Alingsås kommun');
    await expect(page.getByRole('heading', { name: 'Arbetsgrupp' })).toBeVisible();
    await expect(page.getByTestId('members-table')).toContainText('anna.lind@demo.jamlik.se');
    await checkA11y(page, 'organisation detail (admin)');
  });

  await test.step('admin creates an organisation', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Verksamheter' }).click();
    await heading(page, 'Verksamheter');
    await page.getByRole('button', { name: 'Ny verksamhet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny verksamhet' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Namn').fill(NEW_ORG.name);
    await dialog.getByLabel('Organisationsnummer').fill('123456-7890');
    await dialog.getByLabel('Sektor').selectOption('municipality');
    await dialog
      .getByRole('textbox', { name: 'Kontaktperson', exact: true })
      .fill(NEW_ORG.contactName);
    await dialog.getByLabel('Kontaktpersonens e-postadress').fill(NEW_ORG.contactEmail);
    await checkA11y(page, 'create organisation dialog');
    // The server rejects a number whose check digit is wrong, and says so on the field.
    await dialog.getByRole('button', { name: 'Skapa verksamhet' }).click();
    await expect(dialog.getByText('Ogiltigt organisationsnummer')).toBeVisible();
    await checkA11y(page, 'create organisation dialog with a field error');
    await dialog.getByLabel('Organisationsnummer').fill(NEW_ORG.orgNumber);
    await dialog.getByRole('button', { name: 'Skapa verksamhet' }).click();
    newOrgId = await organisationIdFromUrl(page);
    await heading(page, NEW_ORG.name);
    await expect(page.getByText('Arbetsgruppen bör ha minst 3 medlemmar')).toBeVisible();
    await checkA11y(page, 'new organisation');
  });

  await test.step('admin invites a member', async () => {
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Bjud in medlem' }),
    });
    await form.getByLabel('E-postadress').fill(memberEmail);
    await form.getByLabel('Namn').fill(memberName);
    await form.getByLabel('Roll').selectOption('lead');
    await form.getByRole('button', { name: 'Bjud in medlem' }).click();
    const row = page
      .getByTestId('members-table')
      .getByRole('row', { name: new RegExp(memberName) });
    await expect(row).toContainText('Inbjuden');
    await checkA11y(page, 'new organisation with an invited member');
  });

  await test.step('admin visits users and profile, then logs out', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Användare' }).click();
    await heading(page, 'Användare');
    await expect(page.getByTestId('users-table')).toContainText('trainer@demo.jamlik.se');
    await checkA11y(page, 'users');
    await page.getByRole('navigation').getByRole('link', { name: 'Min profil' }).click();
    await heading(page, 'Min profil');
    await expect(page.getByRole('heading', { name: 'Byt lösenord' })).toBeVisible();
    await checkA11y(page, 'profile');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId('login-notice')).toBeVisible();
  });

  await test.step('the member accepts the invitation from the mail', async () => {
    const mail = await waitForMail(memberEmail);
    const link = new URL(linkIn(mail, '/invitation?token='));
    await page.goto(link.pathname + link.search);
    await heading(page, 'Välkommen till Jämlik');
    await expect(page.getByTestId('invitation-email')).toHaveText(memberEmail);
    await expect(page.getByTestId('invitation-organisation')).toHaveText(NEW_ORG.name);
    await checkA11y(page, 'accept invitation');
    await page.getByLabel('Fullständigt namn').fill(memberName);
    await page.getByLabel('Nytt lösenord').fill(memberPassword);
    await page.getByLabel('Upprepa lösenordet').fill(memberPassword);
    await page.getByRole('button', { name: 'Aktivera kontot' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId('login-notice')).toContainText('Ditt konto är klart');
  });

  await test.step('the member logs in and sees only their organisation', async () => {
    await login(page, memberEmail, memberPassword);
    await expect(page).toHaveURL(new RegExp(`/organisations/${newOrgId}$`));
    await heading(page, NEW_ORG.name);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Min verksamhet' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Användare' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Verksamheter' })).toHaveCount(0);
    await checkA11y(page, 'organisation (member)');

    await page.goto('/organisations');
    await heading(page, 'Verksamheter');
    await expect(page.getByTestId('organisations-table').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('organisations-table')).toContainText(NEW_ORG.name);
    await checkA11y(page, 'organisations (member)');
  });

  await test.step("another organisation's URL is a page that does not exist", async () => {
    await page.goto(`/organisations/${alingsasId}`);
    await heading(page, 'Sidan finns inte');
    await expect(page.getByText('Alingsås kommun')).toHaveCount(0);
    await checkA11y(page, 'not found (member)');
  });

  await test.step('the English switch turns the UI English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await heading(page, 'Page not found');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'My organisation' }).click();
    await heading(page, NEW_ORG.name);
    await expect(page.getByRole('heading', { name: 'Working group' })).toBeVisible();
    await checkA11y(page, 'organisation (member, English)');
    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Working group' })).toBeVisible();
  });
});

test('a logged-out visitor of /organisations logs in and comes back to it', async ({ page }) => {
  await page.goto('/organisations');
  await expect(page).toHaveURL(/\/login\?next=%2Forganisations/);
  await heading(page, 'Logga in');
  await checkA11y(page, 'login with next');
  await login(page, 'trainer@demo.jamlik.se');
  await expect(page).toHaveURL(/\/organisations$/);
  await heading(page, 'Verksamheter');
  // A trainer may not create organisations or manage users.
  await expect(page.getByRole('button', { name: 'Ny verksamhet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Användare' })).toHaveCount(0);
});

test('unknown URLs show the not-found page', async ({ page }) => {
  await page.goto('/finns-inte');
  await heading(page, 'Sidan finns inte');
  await checkA11y(page, 'unknown url');
});

test('forgot password page sends a reset mail', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await heading(page, 'Glömt lösenordet?');
  await checkA11y(page, 'forgot password');
  await page.getByLabel('E-postadress').fill('auditor@demo.jamlik.se');
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kolla din e-post' })).toBeVisible();
  const mail = await waitForMail('auditor@demo.jamlik.se');
  const link = new URL(linkIn(mail, '/reset-password?token='));
  await page.goto(link.pathname + link.search);
  await heading(page, 'Välj nytt lösenord');
  await checkA11y(page, 'reset password');
  await page.getByLabel('Nytt lösenord').fill('auditor-nytt-losen-1');
  await page.getByLabel('Upprepa lösenordet').fill('auditor-nytt-losen-1');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(page.getByTestId('login-notice')).toContainText('återställt');
  await login(page, 'auditor@demo.jamlik.se', 'auditor-nytt-losen-1');
  // An auditor's home is the re-certification work.
  await heading(page, 'Granskning');
});
