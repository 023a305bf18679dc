import { expect, type Locator, type Page, test } from '@playwright/test';
import { addDays, formatDate, todayIso } from '../../src/lib/dates';
import { ADMIN, checkA11y, heading, login } from '../helpers';

/**
 * The certification cycle through the UI, with no API shortcuts, up to the certificate: admin opens
 * a certification for Alingsås kommun, the trainer plans and holds the training days, the working
 * group writes and submits its action plan, the trainer asks for a change, the group fixes it, the
 * trainer approves. Used by certification.spec.ts and after-certificate.spec.ts.
 */

export const TRAINER = 'trainer@demo.jamlik.se';
export const MEMBER = 'anna.lind@demo.jamlik.se';
export const ORG = 'Alingsås kommun';

const today = todayIso();
const DAY_1 = addDays(today, -20); // moments 1+2, a full day
const DAY_2 = addDays(today, -10); // moment 3, a half day ten days later: a short reflection gap
const sv = (iso: string) => formatDate(iso, 'sv');

export const GOAL_1 = 'Jämn könsfördelning bland chefer';
export const GOAL_2 = 'Tillgängliga lokaler';

export async function logout(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await heading(page, 'Logga in');
}

export async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

/** A goal's or activity's fieldset in the plan editor ("Mål 1", "Aktivitet 2"). */
export function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function fillGoal(
  page: Page,
  n: number,
  goal: { title: string; indicator: string; unit: string; baseline: string; target: string },
) {
  const g = group(page, `Mål ${n}`);
  await g.getByLabel('Rubrik').fill(goal.title);
  await g.getByLabel('Indikator').fill(goal.indicator);
  await g.getByLabel('Enhet').fill(goal.unit);
  await g.getByLabel('Utgångsvärde').fill(goal.baseline);
  await g.getByLabel('Målvärde').fill(goal.target);
  await g.getByLabel('Slutdatum').fill('2027-06-30');
  await g.getByLabel('Ansvarig').fill('HR-chefen');
}

async function fillActivity(page: Page, n: number, description: string, goalTitle: string) {
  const a = group(page, `Aktivitet ${n}`);
  await a.getByLabel('Beskrivning').fill(description);
  await a.getByLabel('Ansvarig').fill('Arbetsgruppen');
  await a.getByLabel('Startdatum').fill(addDays(today, 10));
  await a.getByLabel('Klart senast').fill(addDays(today, 200));
  await a
    .getByRole('group', { name: 'Kopplade mål' })
    .getByRole('checkbox', { name: `Mål ”${goalTitle}”` })
    .check();
}

export async function goToOurCertification(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Vår certifiering' }).click();
  await heading(page, `Certifiering: ${ORG}`);
}

/** Runs the cycle from opening to approval; returns the certification's path (`/certifications/7`). */
export async function certifyAlingsas(page: Page): Promise<string> {
  let certificationUrl = '';

  await test.step('admin opens a certification for Alingsås kommun with the demo trainer', async () => {
    await page.goto('/login');
    await heading(page, 'Logga in');
    await checkA11y(page, 'login');
    await login(page, ADMIN);
    await heading(page, 'Verksamheter');
    await checkA11y(page, 'organisations (admin)');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Certifieringar' }).click();
    await heading(page, 'Certifieringar');
    await checkA11y(page, 'certifications (admin)');

    await page.getByRole('button', { name: 'Öppna certifiering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Öppna certifiering' });
    await expect(dialog).toBeVisible();
    // The organisation list is searchable: type part of the name, pick the match.
    await dialog.getByRole('combobox', { name: 'Verksamhet' }).fill('Alingsås');
    await page.getByRole('option', { name: ORG }).click();
    await expect(dialog.getByRole('combobox', { name: 'Verksamhet' })).toHaveValue(ORG);
    await dialog.getByRole('checkbox', { name: new RegExp(TRAINER) }).check();
    await dialog.getByLabel('Utbildningsgruppens storlek').fill('24');
    await checkA11y(page, 'open certification dialog');
    await dialog.getByRole('button', { name: 'Öppna certifiering' }).click();

    await heading(page, `Certifiering: ${ORG}`);
    await expect(page).toHaveURL(/\/certifications\/\d+$/);
    certificationUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('cert-trainers')).toHaveText('Tove Utbildare');
    await expect(page.getByTestId('status-history')).toContainText('Öppen');
    await checkA11y(page, 'certification overview (admin)');

    await nav.getByRole('link', { name: 'Mallar för agenda' }).click();
    await heading(page, 'Mallar för agenda');
    await expect(page.getByRole('heading', { name: 'Moment 3' })).toBeVisible();
    await checkA11y(page, 'agenda templates');
    await logout(page);
  });

  await test.step('trainer plans moments 1+2 and 3, sees the gap warning, holds both days', async () => {
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    await expect(page.getByTestId('stage-training')).toContainText(ORG);
    await checkA11y(page, 'trainer overview');
    await page.getByTestId('stage-training').getByRole('link', { name: ORG }).click();
    await heading(page, `Certifiering: ${ORG}`);
    await checkA11y(page, 'certification overview (trainer)');

    await openTab(page, 'Utbildningsdagar');
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Planera en utbildningsdag' }),
    });
    await form.getByLabel('Datum').fill(DAY_1);
    const combination = form.getByLabel('Moment och längd');
    await combination.selectOption({ label: 'Moment 1+2 (heldag)' });
    await checkA11y(page, 'day planner');
    await form.getByRole('button', { name: 'Planera utbildningsdagen' }).click();
    const table = page.getByTestId('training-days-table');
    await expect(table.getByRole('row', { name: new RegExp(`^${sv(DAY_1)} `) })).toContainText(
      'Moment 1+2',
    );
    // Only moment 3 is left to plan.
    await expect(combination.locator('option')).toHaveText(['Välj moment …', 'Moment 3 (halvdag)']);

    await form.getByLabel('Datum').fill(DAY_2);
    await combination.selectOption({ label: 'Moment 3 (halvdag)' });
    await form.getByRole('button', { name: 'Planera utbildningsdagen' }).click();
    const warning = page.getByTestId('training-warnings');
    await expect(warning).toContainText(
      'Bara 10 dagar till närmaste utbildningsdag; rekommenderat är minst 14 dagar',
    );
    await expect(page.getByTestId('all-moments-planned')).toBeVisible();
    await checkA11y(page, 'day planner with a gap warning');

    // A planned day's place and notes can be changed (the date stays).
    await page.getByRole('button', { name: `Ändra: ${sv(DAY_2)}` }).click();
    const edit = page.getByRole('dialog', { name: 'Ändra utbildningsdagen' });
    await edit.getByRole('textbox', { name: 'Plats' }).fill('Stadshuset, sal 3');
    await edit.getByRole('textbox', { name: 'Anteckningar' }).fill('Hörslinga finns.');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(edit).toBeHidden();
    const day2 = table.getByRole('row', { name: new RegExp(`^${sv(DAY_2)} `) });
    await expect(day2).toContainText('Stadshuset, sal 3');
    await expect(day2).toContainText('Hörslinga finns.');

    for (const [date, count] of [
      [DAY_1, '22'],
      [DAY_2, '21'],
    ] as const) {
      await page.getByRole('button', { name: `Markera som genomförd: ${sv(date)}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Markera utbildningsdagen som genomförd' });
      await dialog.getByLabel('Antal deltagare').fill(count);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await expect(dialog).toBeHidden();
      const row = table.getByRole('row', { name: new RegExp(`^${sv(date)} `) });
      await expect(row).toContainText('Genomförd');
      await expect(row).toContainText(count);
    }
    await checkA11y(page, 'training days held');

    await openTab(page, 'Agenda');
    await expect(page.getByRole('heading', { name: 'Moment 1' })).toBeVisible();
    await checkA11y(page, 'certification agenda (trainer)');

    await openTab(page, 'Workshops och handledning');
    const sessionForm = page.locator('form', {
      has: page.getByRole('heading', { name: 'Lägg till workshop eller handledning' }),
    });
    await sessionForm.getByLabel('Typ').selectOption('workshop');
    await sessionForm.getByLabel('Datum').fill(addDays(today, -5));
    await sessionForm.getByLabel('Anteckningar').fill('Första workshopen om handlingsplanen.');
    await sessionForm.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByTestId('sessions-table')).toContainText('Första workshopen');
    await checkA11y(page, 'workshops and supervision');

    await openTab(page, 'Översikt');
    await expect(page.getByText('Moment 1, 2, 3')).toBeVisible();
    await logout(page);
  });

  await test.step('the working group writes a vision, two goals and three activities, and submits', async () => {
    await login(page, MEMBER);
    await heading(page, ORG);
    await checkA11y(page, 'organisation (member)');
    await goToOurCertification(page);
    await expect(page).toHaveURL(new RegExp(`${certificationUrl}$`));
    await checkA11y(page, 'our certification (member)');

    await openTab(page, 'Handlingsplan');
    await page
      .getByLabel('Vision')
      .fill('Alla som bor och arbetar i kommunen bemöts med respekt och har samma möjligheter.');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await fillGoal(page, 1, {
      title: GOAL_1,
      indicator: 'Andel kvinnor bland chefer',
      unit: '%',
      baseline: '31',
      target: '50',
    });
    await group(page, 'Mål 1').getByRole('checkbox', { name: 'Kön', exact: true }).check();
    await fillGoal(page, 2, {
      title: GOAL_2,
      indicator: 'Andel lokaler som är tillgängliga',
      unit: '%',
      baseline: '40',
      target: '60',
    });
    await group(page, 'Mål 2').getByRole('checkbox', { name: 'Funktionsnedsättning' }).check();

    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    }
    await fillActivity(page, 1, 'Rekrytering med kompetensbaserade intervjuer', GOAL_1);
    await fillActivity(page, 2, 'Mentorsprogram för blivande chefer', GOAL_1);
    await fillActivity(page, 3, 'Tillgänglighetsinventering av alla lokaler', GOAL_2);
    await checkA11y(page, 'plan editor (filled in)');

    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByTestId('plan-dirty')).toHaveText('Alla ändringar är sparade.');

    await page.getByRole('button', { name: 'Skicka in för granskning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka in för granskning' });
    await dialog.getByRole('button', { name: 'Skicka in' }).click();
    await expect(page.getByTestId('plan-locked')).toContainText('Planen är låst');
    await expect(page.getByRole('button', { name: 'Lägg till mål' })).toHaveCount(0);
    await checkA11y(page, 'plan locked after submission');
    await logout(page);
  });

  await test.step('trainer comments on a goal and requests changes', async () => {
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    const waiting = page.getByTestId('stage-review');
    await expect(waiting).toContainText(ORG);
    await checkA11y(page, 'trainer overview with a plan waiting for review');
    await waiting.getByRole('link', { name: ORG }).click();
    await expect(page.getByTestId('review-waiting')).toBeVisible();
    await expect(page.getByTestId('plan-diff-first')).toBeVisible();
    await checkA11y(page, 'plan review (first submission)');

    const goal = page.getByRole('article', { name: `Mål ”${GOAL_2}”` });
    await goal.getByRole('button', { name: 'Kommentera målet' }).click();
    await goal
      .getByLabel(`Kommentar om Mål ”${GOAL_2}”`)
      .fill('Målvärdet bör vara 100 %: alla lokaler ska vara tillgängliga.');
    await goal.getByRole('button', { name: 'Skicka kommentar' }).click();
    await expect(goal.getByTestId('comment')).toContainText('Målvärdet bör vara 100 %');

    await page.getByRole('button', { name: 'Begär ändringar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Begär ändringar' });
    await dialog.getByRole('button', { name: 'Begär ändringar' }).click();
    await expect(dialog).toContainText('Skriv en kommentar om vad som ska ändras');
    await checkA11y(page, 'request changes without a comment');
    await dialog
      .getByLabel('Kommentar till arbetsgruppen')
      .fill('Se kommentaren om tillgängliga lokaler.');
    await dialog.getByRole('button', { name: 'Begär ändringar' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('review-not-submitted')).toContainText('Ändringar är begärda');
    await logout(page);
  });

  await test.step('the working group answers, fixes the goal and resubmits', async () => {
    await login(page, MEMBER);
    await goToOurCertification(page);
    await openTab(page, 'Handlingsplan');
    await expect(page.getByTestId('changes-requested')).toBeVisible();
    const goal = group(page, 'Mål 2');
    await expect(goal.getByTestId('comment')).toContainText('Målvärdet bör vara 100 %');
    await goal.getByRole('button', { name: 'Svara Tove Utbildare' }).click();
    await goal.getByLabel('Svar till Tove Utbildare').fill('Vi höjer målvärdet till 100 %.');
    await goal.getByRole('button', { name: 'Skicka svar' }).click();
    await expect(goal.getByTestId('reply')).toContainText('Vi höjer målvärdet');

    await goal.getByLabel('Målvärde').fill('100');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByTestId('plan-dirty')).toHaveText('Alla ändringar är sparade.');
    await checkA11y(page, 'plan editor after changes were requested');

    await openTab(page, 'Historik');
    await expect(page.getByTestId('plan-versions')).toBeVisible();
    await expect(page.getByTestId('plan-diff')).toContainText(`Mål ”${GOAL_2}” – målvärde`);
    await page.getByRole('button', { name: /^Visa version 1$/ }).click();
    await expect(page.getByRole('heading', { name: 'Version 1' })).toBeVisible();
    await checkA11y(page, 'plan history');

    await openTab(page, 'Handlingsplan');
    await page.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await page
      .getByRole('dialog', { name: 'Skicka in för granskning' })
      .getByRole('button', { name: 'Skicka in' })
      .click();
    await expect(page.getByTestId('plan-locked')).toBeVisible();
    await logout(page);
  });

  await test.step('trainer sees what changed and approves', async () => {
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    await checkA11y(page, 'trainer overview (resubmitted plan)');
    await page.getByTestId('stage-review').getByRole('link', { name: ORG }).click();
    const diff = page.getByTestId('plan-diff');
    const change = diff.getByRole('listitem').filter({ hasText: `Mål ”${GOAL_2}” – målvärde` });
    await expect(change).toContainText('Ändrat');
    await expect(change.locator('del')).toHaveText('60');
    await expect(change.locator('ins')).toHaveText('100');
    await checkA11y(page, 'plan review (resubmission)');

    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Godkänn handlingsplanen' })
      .getByRole('button', { name: 'Godkänn' })
      .click();
    await expect(page.getByRole('tab', { name: 'Certifikat' })).toBeVisible();
    await openTab(page, 'Certifikat');
    await expect(page.getByTestId('certificate-card')).toContainText('Giltigt');
    await checkA11y(page, 'certificate (trainer)');
    await logout(page);
  });

  return certificationUrl;
}
