import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addDays, formatDate, todayIso } from '../src/lib/dates';
import {
  certifyAlingsas,
  goToOurCertification,
  logout,
  MEMBER,
  ORG,
  openTab,
  TRAINER,
} from './flows/certify';
import { checkA11y, heading, login } from './helpers';

/**
 * The whole certification cycle through the UI, with no API shortcuts: admin opens a certification,
 * the trainer plans and holds the training days, the working group writes and submits its action
 * plan, the trainer asks for a change, the group fixes it, the trainer approves (flows/certify.ts),
 * and the certificate is downloaded and verified publicly.
 */

test('from training to certificate', async ({ page }) => {
  test.setTimeout(300_000);
  const certificationUrl = await certifyAlingsas(page);

  await test.step('the trainer changes the workshop’s notes', async () => {
    // The workshop the flow added (today − 5 days).
    const workshop = `Workshop ${formatDate(addDays(todayIso(), -5), 'sv')}`;
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    await page.goto(certificationUrl);
    await heading(page, `Certifiering: ${ORG}`);
    await openTab(page, 'Workshops och handledning');
    await page.getByRole('button', { name: `Ändra ${workshop}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra workshopen' });
    const notes = dialog.getByRole('textbox', { name: 'Anteckningar' });
    await expect(notes).toHaveValue('Första workshopen om handlingsplanen.');
    await notes.fill('Första workshopen: målen och aktiviteterna i handlingsplanen.');
    await checkA11y(page, 'change a workshop');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('sessions-table')).toContainText(
      'Första workshopen: målen och aktiviteterna i handlingsplanen.',
    );
    await logout(page);
  });

  await test.step('the certificate downloads as a PDF and its link verifies it publicly', async () => {
    await login(page, MEMBER);
    await goToOurCertification(page);
    await openTab(page, 'Certifikat');
    const card = page.getByTestId('certificate-card');
    const number = (await card.getByTestId('certificate-number').textContent())?.trim() ?? '';
    expect(number).not.toBe('');
    await checkA11y(page, 'certificate card');

    for (const name of [
      'Ladda ned certifikat (PDF, svenska)',
      'Ladda ned certifikat (PDF, engelska)',
    ]) {
      const downloading = page.waitForEvent('download');
      await card.getByRole('link', { name }).click();
      const download = await downloading;
      const path = await download.path();
      expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }

    const link = card.getByTestId('verify-link');
    await expect(link).toHaveText(new RegExp(`/verify/${number}$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/verify/${number}$`));
    await heading(page, `Certifikat ${number}`);
    const result = page.getByTestId('verify-result');
    await expect(result).toContainText('Giltigt');
    await expect(result).toContainText(ORG);
    await checkA11y(page, 'public verification');

    // The public page needs no session.
    await page.context().clearCookies();
    await page.goto('/verify');
    await heading(page, 'Verifiera certifikat');
    await checkA11y(page, 'verification form');
    await page.getByLabel('Certifikatnummer').fill(number);
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await expect(page.getByTestId('verify-result')).toContainText('Giltigt');
    await page.getByLabel('Certifikatnummer').fill('FINNS-INTE-1');
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await expect(page.getByTestId('verify-unknown')).toContainText(
      'Inget certifikat med det numret',
    );
    await checkA11y(page, 'public verification (unknown number)');
  });
});
