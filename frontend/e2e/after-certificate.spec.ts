import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { addDays, addMonths, formatDate, todayIso } from '../src/lib/dates';
import {
  certifyAlingsas,
  GOAL_1,
  GOAL_2,
  goToOurCertification,
  group,
  logout,
  MEMBER,
  ORG,
  openTab,
  TRAINER,
} from './flows/certify';
import { at360, checkA11y, heading, login } from './helpers';

/**
 * After the certificate, through the UI: Alingsås kommun is certified (flows/certify.ts), time
 * passes (the server's test clock, the only API call this spec makes, and the browser's clock with
 * it), the working group reports the 6-month follow-up, the trainer asks for more and then accepts,
 * and near the end of the three years the auditor books the re-certification review, renews with a
 * targeted effort, sees the new certificate verified, and suspends it.
 *
 * This spec runs against a server of its own (playwright.config.ts, project "after-certificate"),
 * so moving its clock by years does not touch the other specs.
 */

const AUDITOR = 'auditor@demo.jamlik.se';
const sv = (iso: string) => formatDate(iso, 'sv');

const issued = todayIso();
const sixMonths = addMonths(issued, 6);
const validUntil = addMonths(issued, 36);
// The server's window_opens_on (JAMLIK_RECERT_WINDOW_MONTHS = 6 in the e2e server).
const windowOpens = addMonths(validUntil, -6);
const thirtyThreeMonths = addMonths(issued, 33);
const reviewDay = addDays(thirtyThreeMonths, 7);
const renewedUntil = addMonths(validUntil, 36);

/**
 * Moves the server's clock (POST /api/v1/testing/clock) and the browser's with it, so that the UI's
 * "today" is the server's. Sessions are 15-minute tokens checked against the server's clock: after
 * a move everyone logs in again.
 */
async function moveClockTo(page: Page, request: APIRequestContext, day: string) {
  const response = await request.post('/api/v1/testing/clock', {
    data: { set: `${day}T08:00:00Z` },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { now } = (await response.json()) as { now: string };
  await page.clock.setFixedTime(new Date(now));
  await page.context().clearCookies();
}

async function loginAgain(page: Page, email: string) {
  await page.goto('/login');
  await heading(page, 'Logga in');
  await login(page, email);
}

async function openFollowUp(page: Page, name: string) {
  await goToOurCertification(page);
  await openTab(page, 'Uppföljning');
  await page.getByTestId('follow-ups-table').getByRole('link', { name, exact: true }).click();
  await heading(page, `${name}: ${ORG}`);
}

test('after the certificate: follow-up, re-certification with a targeted effort, suspension', async ({
  page,
  request,
}) => {
  test.setTimeout(480_000);
  const FOLLOW_UP = 'Uppföljning efter 6 månader';

  await certifyAlingsas(page);

  await test.step('the timeline shows the cycle ahead and the follow-ups are scheduled', async () => {
    await login(page, MEMBER);
    await goToOurCertification(page);
    const timeline = page.getByTestId('cycle-timeline');
    await expect(timeline.locator('li[data-kind="certificate"]')).toContainText('Klar');
    const followUp = timeline.locator('li[data-kind="follow-up"]').first();
    await expect(followUp).toContainText(FOLLOW_UP);
    await expect(followUp).toContainText('Kommande');
    await expect(followUp).toContainText(sv(sixMonths));
    await expect(timeline.locator('li[data-kind="recert-window"]')).toContainText(sv(windowOpens));
    await expect(timeline.locator('li[data-kind="expiry"]')).toContainText(sv(validUntil));
    // A first cycle has no previous one.
    await expect(page.getByTestId('previous-cycle-link')).toHaveCount(0);
    await checkA11y(page, 'certification overview with timeline (member)');
    await at360(page, 'certification overview with timeline (member)');
    await openTab(page, 'Uppföljning');
    const row = page
      .getByTestId('follow-ups-table')
      .getByRole('row', { name: new RegExp(FOLLOW_UP) });
    await expect(row).toContainText('Ej inlämnad');
    await expect(row).toContainText(sv(sixMonths));
    await checkA11y(page, 'follow-ups tab');
    await logout(page);
  });

  await test.step('six months later the working group fills in and submits the report', async () => {
    await moveClockTo(page, request, sixMonths);
    await loginAgain(page, MEMBER);
    await heading(page, ORG);
    // The reminders that came due wait under the bell.
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(
      /Aviseringar, \d+ olästa?/,
    );
    await openFollowUp(page, FOLLOW_UP);
    await expect(page.getByTestId('follow-up-status')).toContainText('Ej inlämnad');
    await checkA11y(page, 'follow-up report form (empty)');

    const goal1 = group(page, `Mål ”${GOAL_1}”`);
    await expect(goal1.getByTestId('baseline-target')).toHaveText('31 % → 50 %');
    await goal1.getByLabel('Nuvarande värde').fill('38');
    const scale = goal1.getByRole('radiogroup', { name: 'Bedömning' });
    await expect(scale.getByRole('radio')).toHaveCount(5);
    await expect(scale.locator('label')).toHaveText([
      'I stor utsträckning',
      'I viss utsträckning',
      'I liten utsträckning',
      'Inte alls',
      'Vet ej',
    ]);
    await scale.getByRole('radio', { name: 'I viss utsträckning' }).check();
    await goal1.getByLabel('Kommentar').fill('Två nya kvinnliga chefer sedan certifieringen.');

    const goal2 = group(page, `Mål ”${GOAL_2}”`);
    await goal2.getByLabel('Nuvarande värde').fill('72');
    await goal2
      .getByRole('radiogroup', { name: 'Bedömning' })
      .getByRole('radio', { name: 'I stor utsträckning' })
      .check();

    const activity = group(page, 'Aktivitet ”Tillgänglighetsinventering av alla lokaler”');
    await activity.getByLabel('Status').selectOption({ label: 'Klar' });
    await activity.getByLabel('Kommentar').fill('Inventeringen är klar.');
    await page.getByLabel('Sammanfattning').fill('Arbetet går framåt, särskilt med lokalerna.');
    await checkA11y(page, 'follow-up report form (filled in)');
    await at360(page, 'follow-up report form (filled in)');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await expect(page.getByTestId('report-dirty')).toHaveText('Alla ändringar är sparade.');

    // Evidence: a type the server does not keep is refused with the rules; a CSV is kept.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Ladda upp fil' }).click();
    await (await chooser).setFiles({
      name: 'program.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    const refused = page.getByTestId('attachment-refused');
    await expect(refused).toContainText('Filen program.exe togs inte emot');
    await expect(refused).toContainText('En fil får vara högst 5 MB.');
    await expect(refused).toContainText('Tillåtna filtyper: PDF');
    await checkA11y(page, 'refused evidence file');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Ladda upp fil' }).click();
    await (await chooser2).setFiles({
      name: 'enkat.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('fråga;svar\nTrivs du?;4\n', 'utf8'),
    });
    await expect(page.getByTestId('attachments-table')).toContainText('enkat.csv');
    await expect(
      page.getByTestId('attachments-table').getByRole('link', { name: 'Ladda ned enkat.csv' }),
    ).toHaveAttribute('href', /\/api\/v1\/follow-up-attachments\/\d+$/);

    await page.getByRole('button', { name: 'Skicka in uppföljningen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka in uppföljningen' });
    await checkA11y(page, 'submit follow-up dialog');
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByTestId('follow-up-status')).toContainText('Inlämnad');
    await expect(page.getByTestId('report-view')).toContainText('I viss utsträckning');
    await expect(page.getByTestId('follow-up-submitted')).toBeVisible();
    await checkA11y(page, 'submitted follow-up (member)');
    await logout(page);
  });

  await test.step('the trainer asks the group to complete the report', async () => {
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    const toReview = page.getByTestId('follow-ups-to-review');
    await expect(toReview).toContainText(ORG);
    await checkA11y(page, 'trainer overview with a follow-up to review');
    await toReview.getByRole('link', { name: ORG }).click();
    await heading(page, `${FOLLOW_UP}: ${ORG}`);
    await expect(page.getByTestId('review-waiting')).toBeVisible();
    await expect(page.getByTestId('report-view')).toContainText('Två nya kvinnliga chefer');
    await checkA11y(page, 'follow-up review (trainer)');
    await at360(page, 'follow-up review (trainer)');

    await page.getByRole('button', { name: 'Behöver kompletteras' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uppföljningen behöver kompletteras' });
    await dialog.getByRole('button', { name: 'Behöver kompletteras' }).click();
    await expect(dialog).toContainText('Skriv vad som behöver kompletteras');
    await checkA11y(page, 'needs attention without a comment');
    await dialog
      .getByLabel('Kommentar till arbetsgruppen')
      .fill('Beskriv hur ni mäter andelen tillgängliga lokaler.');
    await dialog.getByRole('button', { name: 'Behöver kompletteras' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('follow-up-status')).toContainText('Behöver kompletteras');
    await logout(page);
  });

  await test.step('the group reads the comment from a notification, completes and resubmits', async () => {
    await login(page, MEMBER);
    await heading(page, ORG);
    await page.getByTestId('notification-bell').click();
    await heading(page, 'Aviseringar');
    const notification = page.getByTestId('notification').filter({
      hasText: `Utbildaren ber er komplettera uppföljningen efter 6 månader för ${ORG}.`,
    });
    await expect(notification).toContainText('Oläst');
    await checkA11y(page, 'notifications');
    await at360(page, 'notifications');
    await notification.getByRole('link', { name: /^Öppna/ }).click();
    await heading(page, `Certifiering: ${ORG}`);
    await expect(page.getByRole('tab', { name: 'Uppföljning' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page
      .getByTestId('follow-ups-table')
      .getByRole('link', { name: FOLLOW_UP, exact: true })
      .click();
    await heading(page, `${FOLLOW_UP}: ${ORG}`);
    await expect(page.getByTestId('review-comment')).toContainText(
      'Beskriv hur ni mäter andelen tillgängliga lokaler.',
    );
    await checkA11y(page, 'follow-up needing completion');
    const goal2 = group(page, `Mål ”${GOAL_2}”`);
    await goal2
      .getByLabel('Kommentar')
      .fill('Vi räknar lokaler som klarar kommunens tillgänglighetskrav vid inventeringen.');
    await page.getByRole('button', { name: 'Skicka in uppföljningen' }).click();
    await page
      .getByRole('dialog', { name: 'Skicka in uppföljningen' })
      .getByRole('button', { name: 'Skicka in' })
      .click();
    await expect(page.getByTestId('follow-up-status')).toContainText('Inlämnad');
    await logout(page);
  });

  await test.step('the trainer accepts the completed report', async () => {
    await login(page, TRAINER);
    await page.getByTestId('follow-ups-to-review').getByRole('link', { name: ORG }).click();
    await expect(page.getByTestId('report-view')).toContainText('Vi räknar lokaler');
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkänn uppföljningen' });
    await dialog.getByRole('button', { name: 'Godkänn' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('follow-up-status')).toContainText('Godkänd');
    await checkA11y(page, 'accepted follow-up');
    await logout(page);
  });

  let newNumber = '';

  await test.step('33 months after issue the auditor books the review and renews with moment 2', async () => {
    await moveClockTo(page, request, thirtyThreeMonths);
    await loginAgain(page, AUDITOR);
    await heading(page, 'Granskning');
    const toSchedule = page.getByTestId('recert-toSchedule');
    await expect(toSchedule).toContainText(ORG);
    await expect(toSchedule).toContainText(sv(validUntil));
    await checkA11y(page, 'auditor home (Granskning)');

    await toSchedule.getByRole('button', { name: `Planera granskning av ${ORG}` }).click();
    const dialog = page.getByRole('dialog', { name: `Planera granskning: ${ORG}` });
    await dialog.getByLabel('Datum för granskningen').fill(reviewDay);
    await checkA11y(page, 'schedule review dialog');
    await dialog.getByRole('button', { name: 'Boka granskningen' }).click();
    await heading(page, `Omcertifieringsgranskning: ${ORG}`);
    await expect(page.getByTestId('review-date')).toHaveText(sv(reviewDay));
    const basis = page.getByTestId('basis-goals-table');
    await expect(basis.getByRole('row', { name: new RegExp(GOAL_1) })).toContainText('38 %');
    await expect(basis.getByRole('row', { name: new RegExp(GOAL_1) })).toContainText(
      'I viss utsträckning',
    );
    await expect(page.getByTestId('goal-progress-chart')).toBeVisible();
    await expect(page.getByTestId('basis-follow-ups-table')).toContainText('Godkänd');
    // The cycle had no live evaluations: the auditor is told so, and nothing else.
    const evaluations = page.getByTestId('basis-evaluations');
    await expect(
      evaluations.getByRole('heading', { level: 3, name: 'Deltagarnas utvärderingar' }),
    ).toBeVisible();
    await expect(evaluations.getByTestId('basis-evaluations-none')).toHaveText(
      'Inga utvärderingar ännu.',
    );
    await expect(evaluations.getByTestId('evaluation-question')).toHaveCount(0);
    await checkA11y(page, 'review page with the decision basis');
    await at360(page, 'review page with the decision basis');

    // The booked review is in the calendar: in the grid and in the list beside it.
    await page.getByRole('navigation').getByRole('link', { name: 'Granskning' }).click();
    await heading(page, 'Granskning');
    await expect(page.getByTestId('recert-scheduled')).toContainText(ORG);
    if (reviewDay.slice(0, 7) !== thirtyThreeMonths.slice(0, 7)) {
      await page.getByRole('button', { name: 'Nästa månad' }).click();
    }
    await expect(page.getByTestId('calendar-list')).toContainText('Omcertifieringsgranskning');
    const grid = page.getByTestId('calendar-grid');
    const reviewCell = grid.locator(`[data-date="${reviewDay}"]`);
    await expect(reviewCell).toHaveAccessibleName(`${sv(reviewDay)}, 1 händelse`);
    await reviewCell.click();
    await expect(reviewCell).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(grid.locator(`[data-date="${addDays(reviewDay, 1)}"]`)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('calendar-day')).toContainText(
      `Omcertifieringsgranskning: ${ORG}`,
    );
    await checkA11y(page, 'auditor calendar');
    await at360(page, 'auditor calendar');

    await page
      .getByTestId('recert-scheduled')
      .getByRole('link', { name: /Öppna granskningen/ })
      .click();
    await heading(page, `Omcertifieringsgranskning: ${ORG}`);
    await page.getByRole('radio', { name: 'Förnyat med punktinsatser' }).check();
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Ange minst en punktinsats' }),
    ).toBeVisible();
    const effort = page.getByRole('group', { name: 'Punktinsats 1' });
    await effort.getByLabel('Moment').selectOption({ label: 'Moment 2' });
    await effort.getByLabel('Ämne').fill('Bemötande i kundtjänst');
    await checkA11y(page, 'decision form with a targeted effort');
    await at360(page, 'decision form with a targeted effort');
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    const confirm = page.getByRole('dialog', { name: 'Registrera beslutet' });
    await expect(confirm).toContainText('Förnyat med punktinsatser');
    await confirm.getByRole('button', { name: 'Registrera' }).click();

    const outcome = page.getByTestId('review-outcome');
    await expect(outcome).toContainText('Förnyat med punktinsatser');
    await expect(page.getByTestId('review-efforts')).toContainText(
      'Moment 2: Bemötande i kundtjänst',
    );
    await expect(page.getByTestId('new-certificate-valid-until')).toHaveText(
      `Giltigt till ${sv(renewedUntil)}`,
    );
    newNumber =
      (
        await page
          .getByTestId('new-certificate')
          .getByText(/^Nytt certifikat: /)
          .textContent()
      )
        ?.replace('Nytt certifikat: ', '')
        .trim() ?? '';
    expect(newNumber).not.toBe('');
    await checkA11y(page, 'decided review with the new certificate');

    await page.getByRole('link', { name: 'Verifiera det nya certifikatet' }).click();
    await heading(page, `Certifikat ${newNumber}`);
    await expect(page.getByTestId('verify-result')).toContainText('Giltigt');
    await expect(page.getByTestId('verify-result')).toContainText(sv(renewedUntil));
    await checkA11y(page, 'verification of the renewed certificate');
  });

  await test.step('the auditor suspends the new certificate; the public page says so', async () => {
    await page.goBack();
    await heading(page, `Omcertifieringsgranskning: ${ORG}`);
    await page.getByRole('link', { name: 'Till nästa certifieringsomgång' }).click();
    await heading(page, `Certifiering: ${ORG}, omgång 2`);
    // The next cycle starts certified, with the targeted effort planned as a training day.
    await checkA11y(page, 'next cycle overview');
    // It leads back to the cycle it continues, and the list tells the two apart.
    await page.getByRole('link', { name: 'Till föregående omgång (omgång 1)' }).click();
    await heading(page, new RegExp(`^Certifiering: ${ORG}$`));
    await page.getByRole('navigation').getByRole('link', { name: 'Certifieringar' }).click();
    await heading(page, 'Certifieringar');
    const list = page.getByTestId('certifications-table');
    await expect(list.getByRole('link', { name: `${ORG}, omgång 2` })).toBeVisible();
    await expect(list.getByRole('link', { name: ORG, exact: true })).toBeVisible();
    await list.getByRole('link', { name: `${ORG}, omgång 2` }).click();
    await heading(page, `Certifiering: ${ORG}, omgång 2`);
    await openTab(page, 'Utbildningsdagar');
    await expect(page.getByTestId('training-days-table')).toContainText('Moment 2');
    await openTab(page, 'Certifikat');
    const card = page.getByTestId('certificate-card');
    await expect(card.getByTestId('certificate-number')).toHaveText(newNumber);
    await card.getByRole('button', { name: 'Stäng av tillfälligt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stäng av certifikatet tillfälligt' });
    await dialog.getByLabel('Anledning').fill('Utredning av en anmälan om diskriminering.');
    await checkA11y(page, 'suspend dialog');
    await dialog.getByRole('button', { name: 'Stäng av tillfälligt' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByTestId('certificate-status')).toHaveText('Tillfälligt indraget');
    await expect(card.getByTestId('certificate-status-reason')).toHaveText(
      'Utredning av en anmälan om diskriminering.',
    );
    await expect(card.getByRole('button', { name: 'Återställ' })).toBeVisible();
    await checkA11y(page, 'suspended certificate');
    await at360(page, 'suspended certificate');

    await card.getByTestId('verify-link').click();
    await heading(page, `Certifikat ${newNumber}`);
    const result = page.getByTestId('verify-result');
    await expect(result).toContainText('Tillfälligt indraget');
    await expect(result).toHaveAttribute('data-status', 'suspended');
    await expect(page.getByTestId('verify-status-text')).toHaveText(
      'Certifikatet är tillfälligt indraget och gäller inte just nu.',
    );
    await checkA11y(page, 'verification of a suspended certificate');
    await at360(page, 'verification of a suspended certificate');
  });
  await test.step('the auditor subscribes to the calendar and turns mail notifications off', async () => {
    await page.goto('/profile');
    await heading(page, 'Min profil');
    const feed = page.getByRole('region', { name: 'Kalenderprenumeration' });
    await feed.getByRole('button', { name: 'Skapa prenumerationsadress' }).click();
    await expect(feed.getByLabel('Prenumerationsadress')).toHaveValue(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/.+\.ics$/,
    );
    await expect(feed.getByRole('button', { name: 'Kopiera adressen' })).toBeVisible();
    const mail = page.getByRole('switch', { name: 'Skicka aviseringar även med e-post' });
    await expect(mail).toBeChecked();
    await mail.click();
    await expect(mail).not.toBeChecked();
    await checkA11y(page, 'profile with calendar subscription');
    await at360(page, 'profile with calendar subscription');
    await feed.getByRole('button', { name: 'Stäng av prenumerationen' }).click();
    await page
      .getByRole('dialog', { name: 'Stäng av prenumerationen' })
      .getByRole('button', { name: 'Stäng av prenumerationen' })
      .click();
    await expect(feed.getByRole('button', { name: 'Skapa prenumerationsadress' })).toBeVisible();
  });
});
