import { type Browser, expect, type Page, test } from '@playwright/test';
import { addDays, formatDate, todayIso } from '../src/lib/dates';
import { openTab, TRAINER } from './flows/certify';
import { ADMIN, checkA11y, expectNoHorizontalScroll, heading, login } from './helpers';

/**
 * Live exercises through the UI, no API shortcuts for the trainer: the trainer opens the live room
 * of a held training day of Föreningen Lika Villkor (the demo data's certification under way) and
 * its projector view, opens a scale question; six phones (each its own browser context, so its own
 * device token) join with the code, five answer and one skips. The projector shows no distribution
 * before the fifth answer and the counts after it. Then a free-text question: six different texts,
 * all on the projector in the server's (random, stable) order, one hidden by the trainer. Last, the
 * evaluation is opened in the room, five phones answer it and the evaluation results page shows
 * the aggregate; the trainer ends the session and opens it again; a workshop takes the scale's
 * aggregate (an exercise below k answers cannot be chosen), which the working group sees.
 */

const ORG = 'Föreningen Lika Villkor';
// The demo's held day: moments 1+2, 21 days ago (backend/seed.py).
const HELD_DAY = formatDate(addDays(todayIso(), -21), 'sv');
// From the default question bank: a moment 2 scale (so a workshop may take it), a moment 1 free
// text, a moment 2 word cloud nobody answers.
const SCALE_PROMPT = 'Jag har makt att påverka hur vår verksamhet bemöter människor.';
const TEXT_PROMPT = 'Vad behöver du för att känna dig lyssnad på?';
const UNANSWERED_PROMPT = 'Vilka normer gäller i verksamhetens rum?';
const LEAD = 'johan.ek@demo.jamlik.se';
const WORKSHOP_DAY = formatDate(addDays(todayIso(), 7), 'sv');
const EVALUATION_PROMPT = 'Hur nöjd är du med dagen som helhet?';
// Five answers and one skip; the distribution 1–5 they make.
const VALUES = [4, 2, 4, 5, 4];
const COUNTS = ['0', '1', '0', '3', '1'];
const TEXTS = [
  'Att få prata till punkt',
  'Att någon ställer följdfrågor',
  'Tid och lugn',
  'Att mina erfarenheter tas på allvar',
  'Ögonkontakt och närvaro',
  'Att det är okej att tycka olika',
];

interface Phone {
  page: Page;
  close: () => Promise<void>;
}

/** A participant's phone: a browser context of its own (its own device token), 360 × 740. */
async function phone(browser: Browser, baseURL: string, code: string): Promise<Phone> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'sv-SE',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto('/delta');
  await page.getByLabel('Kod', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Gå med' }).click();
  return { page, close: () => context.close() };
}

/**
 * At 360 px the page must not scroll sideways (as in mobile.spec.ts) and stays axe-clean: the
 * same address in a narrow page of the same session.
 */
async function checkNarrow(page: Page, title: string | RegExp, label: string) {
  const narrow = await page.context().newPage();
  await narrow.setViewportSize({ width: 360, height: 740 });
  await narrow.goto(page.url());
  await heading(narrow, title);
  await expect(narrow.getByRole('button', { name: 'Öppna menyn' })).toBeVisible();
  await expectNoHorizontalScroll(narrow, `${label} at 360px`);
  await checkA11y(narrow, `${label} (360px)`);
  await narrow.close();
}

/** The texts of the free-text cards on the projector, top to bottom. */
async function projectorTexts(projector: Page): Promise<string[]> {
  return projector
    .getByTestId('projector-results')
    .getByTestId('text-answer')
    .locator('p')
    .allTextContents();
}

test('live exercises: phones answer anonymously, the projector shows what k answers allow', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const phones: Phone[] = [];
  let roomId = 0;
  let code = '';
  let projector: Page;

  await test.step('the trainer opens the live room of a held day and the projector view', async () => {
    await page.goto('/login');
    await login(page, TRAINER);
    await heading(page, 'Översikt');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Certifieringar' })
      .click();
    await heading(page, 'Certifieringar');
    await page.getByRole('link', { name: ORG }).first().click();
    await heading(page, `Certifiering: ${ORG}`);
    await openTab(page, 'Utbildningsdagar');
    const day = page
      .getByTestId('training-days-table')
      .getByRole('row', { name: new RegExp(`^${HELD_DAY} `) });
    await day.getByRole('button', { name: `Öppna liverum för ${HELD_DAY}` }).click();

    await expect(page).toHaveURL(/\/live\/\d+$/);
    roomId = Number(new URL(page.url()).pathname.split('/').pop());
    await heading(page, `Liverum: ${ORG}, ${HELD_DAY}`);
    code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect(page.getByRole('img', { name: new RegExp(`koden ${code}`) })).toBeVisible();
    await expect(page.getByTestId('join-url')).toHaveText(new RegExp(`/delta/${code}$`));
    await checkA11y(page, 'live room control');
    await checkNarrow(page, `Liverum: ${ORG}, ${HELD_DAY}`, 'live room control');

    const opening = context.waitForEvent('page');
    await page.getByRole('link', { name: /Öppna projektorvy/ }).click();
    projector = await opening;
    await expect(projector).toHaveURL(new RegExp(`/live/${roomId}/projektor$`));
    await expect(projector.getByRole('heading', { level: 1 })).toContainText('Välkommen');
    await expect(projector.getByTestId('projector-code')).toHaveText(code);
    await checkA11y(projector, 'projector (no question yet)');

    // Back on the room page, the day's button now leads to the room.
    await page.goBack();
    await openTab(page, 'Utbildningsdagar');
    await expect(day.getByRole('link', { name: `Till liverummet för ${HELD_DAY}` })).toBeVisible();
    await day.getByRole('link', { name: `Till liverummet för ${HELD_DAY}` }).click();
    await heading(page, `Liverum: ${ORG}, ${HELD_DAY}`);
  });

  await test.step('the trainer opens a scale question; six phones join with the code', async () => {
    await page.getByRole('button', { name: `Öppna frågan ”${SCALE_PROMPT}”` }).click();
    await expect(projector.getByTestId('projector-prompt')).toHaveText(SCALE_PROMPT);
    await expect(projector.getByTestId('results-withheld')).toHaveText(
      '0 svar – resultaten visas vid minst 5 svar',
    );

    for (let i = 0; i < 6; i++) phones.push(await phone(browser, baseURL ?? '', code));
    for (const p of phones) {
      await expect(p.page.getByRole('group', { name: SCALE_PROMPT })).toBeVisible();
    }
    await checkA11y(phones[0]?.page as Page, 'participant question (360px)');
  });

  await test.step('no distribution before the fifth answer, the counts after it', async () => {
    for (const [i, value] of VALUES.entries()) {
      const p = phones[i]?.page as Page;
      await p.getByRole('radio', { name: String(value), exact: true }).check();
      await p.getByRole('button', { name: 'Skicka', exact: true }).click();
      await expect(p.getByText(/Tack/).first()).toBeVisible();
      if (i < 4) {
        await expect(projector.getByTestId('projector-counts')).toHaveText(
          `${i + 1} svar, 0 hoppade över`,
        );
        await expect(projector.getByTestId('results-withheld')).toHaveText(
          `${i + 1} svar – resultaten visas vid minst 5 svar`,
        );
        await expect(projector.getByRole('table')).toHaveCount(0);
      }
    }
    const skipper = phones[5]?.page as Page;
    await skipper.getByRole('button', { name: 'Hoppa över' }).click();
    await expect(skipper.getByText(/Tack/).first()).toBeVisible();
    await checkA11y(phones[0]?.page as Page, 'participant thank-you (360px)');

    await expect(projector.getByTestId('projector-counts')).toHaveText('5 svar, 1 hoppade över');
    const table = projector.getByTestId('results-table');
    await expect(table).toBeVisible();
    await expect(projector.getByTestId('results-withheld')).toHaveCount(0);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.locator('td:first-of-type')).toHaveText(COUNTS);
    await expect(projector.getByTestId('results-mean')).toHaveText('Medelvärde: 3,8');
    await checkA11y(projector, 'projector (scale results)');
    // The control page follows the same stream.
    await expect(
      page.getByRole('article', { name: SCALE_PROMPT }).getByTestId('answer-count'),
    ).toHaveText('5 svar, 1 hoppade över');
  });

  await test.step('free texts: all on the projector in the server’s order; one hidden', async () => {
    await page.getByRole('button', { name: `Öppna frågan ”${TEXT_PROMPT}”` }).click();
    await expect(projector.getByTestId('projector-prompt')).toHaveText(TEXT_PROMPT);
    for (const [i, text] of TEXTS.entries()) {
      const p = phones[i]?.page as Page;
      const box = p.getByRole('textbox', { name: TEXT_PROMPT });
      await box.fill(text);
      await p.getByRole('button', { name: 'Skicka', exact: true }).click();
      await expect(p.getByText(/Tack/).first()).toBeVisible();
    }
    await expect(projector.getByTestId('projector-counts')).toHaveText('6 svar, 0 hoppade över');
    await expect(projector.getByTestId('text-answer')).toHaveCount(TEXTS.length);
    const shown = await projectorTexts(projector);
    expect([...shown].sort()).toEqual([...TEXTS].sort());

    // The order is random by design; what the projector shows is the server's order.
    const response = await page.request.get(`/api/v1/live/rooms/${roomId}`);
    expect(response.ok()).toBe(true);
    const room = (await response.json()) as {
      questions: { prompt: string; results: { texts: { text: string; hidden: boolean }[] } }[];
    };
    const served = room.questions.find((q) => q.prompt === TEXT_PROMPT)?.results.texts ?? [];
    expect(shown).toEqual(served.filter((x) => !x.hidden).map((x) => x.text));
    await checkA11y(projector, 'projector (free texts)');

    const hidden = TEXTS[2] as string;
    await projector.getByRole('button', { name: `Dölj svaret ”${hidden}”` }).click();
    await expect(projector.getByTestId('text-answer')).toHaveCount(TEXTS.length - 1);
    await expect(projector.getByTestId('projector-results').getByText(hidden)).toHaveCount(0);
    await expect(projector.getByTestId('hidden-answers')).toContainText('1 dolt svar');
    expect(await projectorTexts(projector)).toEqual(shown.filter((x) => x !== hidden));
  });

  await test.step('the evaluation: opened in the room, answered by five phones', async () => {
    // Phones show the evaluation while no question takes answers.
    await page.getByRole('button', { name: `Stäng frågan ”${TEXT_PROMPT}”` }).click();
    await page.getByRole('button', { name: 'Öppna utvärderingen' }).click();
    await expect(page.getByTestId('evaluation-state')).toContainText('Utvärderingen är öppen till');
    await expect(projector.getByTestId('projector-evaluation')).toBeVisible();
    for (const [i, value] of VALUES.entries()) {
      const p = phones[i]?.page as Page;
      const question = p.getByRole('group', { name: EVALUATION_PROMPT });
      await question.getByRole('radio', { name: String(value), exact: true }).check();
      await p.getByRole('button', { name: 'Skicka utvärderingen' }).click();
      await expect(p.getByText('Tack för din utvärdering!')).toBeVisible();
    }
    await checkA11y(page, 'live room control (evaluation open)');
  });

  await test.step('the trainer ends the session, sees it ended and opens it again', async () => {
    await page.getByRole('button', { name: 'Avsluta passet' }).click();
    const confirm = page.getByRole('dialog', { name: 'Avsluta passet' });
    await confirm.getByRole('button', { name: 'Avsluta passet' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('room-closed')).toContainText('Passet är avslutat');
    await expect(page.getByText('Avslutat', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Öppna frågan/ })).toHaveCount(0);
    await expect(projector.getByRole('heading', { level: 1 })).toHaveText(
      'Passet är avslutat. Tack!',
    );
    await checkA11y(page, 'live room control (ended)');

    await page.getByRole('button', { name: 'Öppna passet igen' }).click();
    await expect(page.getByTestId('room-closed')).toHaveCount(0);
    await expect(page.getByText('Pågår', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Öppna frågan ”${SCALE_PROMPT}”` }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Avsluta passet' })).toBeVisible();
    await expect(projector.getByRole('heading', { level: 1 })).not.toHaveText(
      'Passet är avslutat. Tack!',
    );
  });

  await test.step('the evaluation results page shows the aggregate', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Utvärderingar' })
      .click();
    await heading(page, 'Utvärderingar');
    await page.getByLabel('Certifiering').selectOption({ label: ORG });
    const question = page.getByTestId('evaluation-question').filter({
      has: page.getByRole('heading', { name: EVALUATION_PROMPT }),
    });
    await expect(question.getByTestId('evaluation-mean')).toHaveText('Medelvärde: 3,8');
    await expect(question.locator('tbody tr td:first-of-type')).toHaveText(COUNTS);
    // Everyone skipped this one: too few answers to show, and how many so far.
    await expect(
      page
        .getByTestId('evaluation-question')
        .filter({ has: page.getByRole('heading', { name: 'Vad kan vi göra bättre?' }) })
        .getByTestId('evaluation-withheld'),
    ).toHaveText('0 svar hittills – för få för att visa (minst 5)');
    await expect(page.getByTestId('evaluations-days')).toHaveText(`Dagar: ${HELD_DAY}`);
    await expect(page.getByRole('link', { name: 'Ladda ner CSV' })).toHaveAttribute(
      'href',
      /\/api\/v1\/evaluation-results\.csv\?certification_id=\d+$/,
    );
    await checkA11y(page, 'evaluation results');
    await checkNarrow(page, 'Utvärderingar', 'evaluation results');
  });

  await test.step('a workshop takes the scale’s aggregate; the working group sees it', async () => {
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Certifieringar' })
      .click();
    await heading(page, 'Certifieringar');
    await page.getByRole('link', { name: ORG }).first().click();
    await heading(page, `Certifiering: ${ORG}`);
    await openTab(page, 'Workshops och handledning');
    const sessionForm = page.locator('form', {
      has: page.getByRole('heading', { name: 'Lägg till workshop eller handledning' }),
    });
    await sessionForm.getByLabel('Typ').selectOption('workshop');
    await sessionForm.getByLabel('Datum').fill(addDays(todayIso(), 7));
    await sessionForm.getByRole('button', { name: 'Lägg till' }).click();
    const inputs = page.getByRole('region', {
      name: `Övningsresultat till workshopen ${WORKSHOP_DAY}`,
    });
    await expect(inputs).toContainText('Inga övningsresultat är bifogade.');

    await inputs.getByRole('button', { name: /^Bifoga övningsresultat/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Bifoga övningsresultat' });
    // Free texts are never offered; an exercise below k answers cannot be chosen, and says why.
    await expect(dialog.getByRole('radio', { name: SCALE_PROMPT })).toBeEnabled();
    await expect(dialog.getByRole('radio', { name: TEXT_PROMPT })).toHaveCount(0);
    const unanswered = dialog.getByRole('radio', { name: UNANSWERED_PROMPT });
    await expect(unanswered).toBeDisabled();
    await expect(unanswered).toHaveAccessibleDescription(/ · 0 svar, minst 5 behövs$/);
    await checkA11y(page, 'attach exercise results');
    await dialog.getByRole('radio', { name: SCALE_PROMPT }).check();
    await dialog.getByRole('button', { name: 'Bifoga', exact: true }).click();
    await expect(dialog).toBeHidden();
    const attached = inputs.getByRole('article', { name: SCALE_PROMPT });
    await expect(attached.locator('tbody tr td:first-of-type')).toHaveText(COUNTS);
    await checkA11y(page, 'workshop with exercise results (trainer)');
    // Once attached it is marked so, and not offered again.
    await inputs.getByRole('button', { name: /^Bifoga övningsresultat/ }).click();
    const again = dialog.getByRole('radio', { name: SCALE_PROMPT });
    await expect(again).toBeDisabled();
    await expect(again).toHaveAccessibleDescription(/redan bifogad till workshopen$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const lead = await browser.newContext({ baseURL, locale: 'sv-SE', reducedMotion: 'reduce' });
    const member = await lead.newPage();
    await member.goto('/login');
    await login(member, LEAD);
    await member
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Vår certifiering' })
      .click();
    await heading(member, `Certifiering: ${ORG}`);
    await openTab(member, 'Workshops och handledning');
    const seen = member.getByRole('region', {
      name: `Övningsresultat till workshopen ${WORKSHOP_DAY}`,
    });
    await expect(
      seen.getByRole('article', { name: SCALE_PROMPT }).locator('tbody tr td:first-of-type'),
    ).toHaveText(COUNTS);
    await expect(seen.getByRole('button')).toHaveCount(0);
    await checkA11y(member, 'workshop with exercise results (working group)');
    await lead.close();

    await attached
      .getByRole('button', { name: `Ta bort övningsresultatet ”${SCALE_PROMPT}”` })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort övningsresultatet' });
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await expect(confirm).toBeHidden();
    await expect(inputs).toContainText('Inga övningsresultat är bifogade.');
  });

  for (const p of phones) await p.close();
});

test('the question bank: an admin adds, edits and removes a question', async ({ page }) => {
  const prompt = 'Vilken aktivitet i handlingsplanen ska vi börja med?';
  await page.goto('/login');
  await login(page, ADMIN);
  await heading(page, 'Verksamheter');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Frågebank' })
    .click();
  await heading(page, 'Frågebank');
  await expect(page.getByRole('region', { name: 'Övningar, moment 2' })).toContainText(
    SCALE_PROMPT,
  );
  await expect(page.getByRole('region', { name: 'Utvärderingsfrågor' })).toContainText(
    EVALUATION_PROMPT,
  );
  await checkA11y(page, 'question bank');

  const form = page.getByRole('form', { name: 'Lägg till' });
  await form.getByLabel('Moment').selectOption({ label: 'Moment 3' });
  await form.getByLabel('Frågetyp').selectOption({ label: 'Enkelval' });
  await form.getByRole('textbox', { name: 'Fråga', exact: true }).fill(prompt);
  await form.getByRole('button', { name: 'Lägg till' }).click();
  // One option is not a choice: said on the field before anything is sent.
  await form.getByRole('textbox', { name: 'Alternativ' }).fill('Rekrytering');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await expect(form.getByText('Skriv minst två alternativ.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Alternativ' }).fill('Rekrytering\nBemötande\nLokaler');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  const moment3 = page.getByRole('region', { name: 'Övningar, moment 3' });
  await expect(moment3).toContainText(prompt);
  await expect(moment3).toContainText('Alternativ: Rekrytering · Bemötande · Lokaler');

  await moment3.getByRole('button', { name: `Redigera ”${prompt}”` }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera frågan' });
  await edit.getByRole('textbox', { name: 'Alternativ' }).fill('Rekrytering\nBemötande');
  await checkA11y(page, 'question bank: edit');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await expect(moment3).toContainText('Alternativ: Rekrytering · Bemötande');

  await moment3.getByRole('button', { name: `Ta bort ”${prompt}”` }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort frågan' });
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await expect(confirm).toBeHidden();
  await expect(moment3).not.toContainText(prompt);
});
