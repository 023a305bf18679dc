import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { logout, openTab, TRAINER } from './flows/certify';
import { at360, checkA11y, heading, login } from './helpers';

/**
 * The document review through the UI: the lead of Föreningen Lika Villkor (the demo's
 * certification under way, with trainer@ assigned) uploads a DOCX with three known findings; the
 * trainer opens it from the notification, accepts two and dismisses one (adding its words to the
 * organisation's accepted terms), comments on a passage after an emoji, finishes the review and
 * downloads the reviewed DOCX, whose Word comments python-docx finds on the right words. The lead
 * uploads a revised version and sees what it resolved; the plan editor underlines "brandman" and
 * offers "brandperson". axe on the documents tab (also at 360 px) and on the review screen.
 */

const ORG = 'Föreningen Lika Villkor';
const LEAD = 'johan.ek@demo.jamlik.se';
const TITLE = 'Rekryteringspolicy';
const PYTHON = fileURLToPath(new URL('../../.venv/bin/python', import.meta.url));
const DOCX_TOOL = fileURLToPath(new URL('./docx_tool.py', import.meta.url));

// Three findings the checker knows: "brandman" (sex, a compound of -man), "ung och dynamisk"
// (age) and "Handikapptoaletten" (disability); the last paragraph has none and an emoji before
// the passage the trainer comments on (offsets are code points on the server).
const WELCOME = 'Välkommen till oss 🙂 – alla medarbetare ska känna sig välkomna.';
const VERSION_1: [string, string][] = [
  ['heading', TITLE],
  ['paragraph', 'Vi söker en brandman till räddningstjänsten.'],
  ['paragraph', 'Vi vill ha en person som är ung och dynamisk.'],
  ['paragraph', 'Handikapptoaletten finns på plan 2.'],
  ['paragraph', WELCOME],
];
// "brandman" fixed; "ung och dynamisk" is an accepted term now; the toilet stays (accepted).
const VERSION_2: [string, string][] = VERSION_1.map(([kind, text]) => [
  kind,
  text.replace('brandman', 'brandperson'),
]);
const PASSAGE = 'känna sig välkomna';

function python(...args: string[]): string {
  return execFileSync(PYTHON, [DOCX_TOOL, ...args], { encoding: 'utf8' });
}

async function goToOurCertification(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Vår certifiering' }).click();
  await heading(page, `Certifiering: ${ORG}`);
}

/** Chooses `path` with the dialog's file button (the native file picker). */
async function chooseFile(page: Page, path: string) {
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj fil' }).click();
  await (await chooser).setFiles(path);
}

/** Selects `phrase` in the review's text pane, as a mouse drag over it would. */
async function select(page: Page, phrase: string) {
  await page.getByTestId('review-text').evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the text`);
  }, phrase);
}

test('documents: upload, review by keyboard, reviewed DOCX, new version', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'jamlik-documents-'));
  const v1 = join(dir, 'rekryteringspolicy.docx');
  const v2 = join(dir, 'rekryteringspolicy-2.docx');
  python('make', v1, JSON.stringify(VERSION_1));
  python('make', v2, JSON.stringify(VERSION_2));
  let certificationUrl = '';

  try {
    await test.step('the lead uploads a DOCX and sees its findings by ground', async () => {
      await page.goto('/login');
      await login(page, LEAD);
      await goToOurCertification(page);
      certificationUrl = new URL(page.url()).pathname;
      await openTab(page, 'Dokument');
      await expect(page).toHaveURL(/\?tab=documents$/);
      await expect(page.getByTestId('documents-empty')).toBeVisible();
      await checkA11y(page, 'documents tab (empty)');

      await page.getByRole('button', { name: 'Ladda upp dokument' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ladda upp dokument' });
      await chooseFile(page, v1);
      await expect(dialog.getByTestId('chosen-file')).toContainText('rekryteringspolicy.docx');
      await expect(dialog.getByLabel('Titel')).toHaveValue('rekryteringspolicy');
      await dialog.getByLabel('Titel').fill(TITLE);
      await expect(dialog.getByLabel('Typ av dokument')).toHaveValue('policy');
      await checkA11y(page, 'upload dialog');
      await dialog.getByRole('button', { name: 'Ladda upp och granska' }).click();
      await expect(dialog).toBeHidden();

      const card = page.getByTestId('document-card');
      await expect(card.getByRole('heading', { name: TITLE })).toBeVisible();
      await expect(card).toContainText('Väntar på granskning');
      await expect(card).toContainText('Policy · rekryteringspolicy.docx · version 1');
      await expect(card.getByTestId('counts-line')).toHaveText(
        'Fynd: 3 öppna, 0 godtagna, 0 avfärdade',
      );
      const byGround = card.getByTestId('document-by-ground');
      for (const ground of ['Kön', 'Ålder', 'Funktionsnedsättning']) {
        await expect(byGround.getByRole('rowheader', { name: ground })).toBeVisible();
      }
      // The working group uploads; it does not review.
      await expect(card.getByRole('link', { name: `Visa granskningen av ${TITLE}` })).toBeVisible();
      await checkA11y(page, 'documents tab');
      await logout(page);
    });

    await test.step('the trainer opens the review from the notification and decides by keyboard', async () => {
      await login(page, TRAINER);
      await heading(page, 'Översikt');
      await page.goto('/notifications');
      await heading(page, 'Aviseringar');
      await page
        .getByRole('link', {
          name: `Öppna: ${ORG} har laddat upp ”${TITLE}” för granskning.`,
        })
        .first()
        .click();
      await expect(page).toHaveURL(/\?tab=documents&version=\d+$/);
      const review = page.getByTestId('document-review');
      await expect(review.getByRole('heading', { name: `Granskning: ${TITLE}` })).toBeVisible();
      await expect(page.getByTestId('finish-blocked')).toHaveText(
        '3 fynd saknar beslut. Godta eller avfärda dem först.',
      );
      await expect(page.getByRole('button', { name: 'Avsluta granskningen' })).toBeDisabled();
      await checkA11y(page, 'review screen');

      const finding = (text: string) =>
        page.getByTestId('finding').filter({ hasText: `”${text}”` });
      const marks = page.getByTestId('review-text').locator('mark[data-findings]');
      await expect(marks).toHaveText(['brandman', 'ung och dynamisk', 'Handikapptoaletten']);

      // j: the first finding; a: accept with its first suggestion.
      await page.keyboard.press('j');
      await expect(finding('brandman')).toBeFocused();
      await expect(page.locator('mark[data-current]')).toHaveText('brandman');
      await page.keyboard.press('a');
      const accept = page.getByRole('form', { name: 'Godta fyndet' });
      await expect(accept.getByRole('radio', { name: 'brandperson' })).toBeChecked();
      await accept.getByRole('button', { name: 'Godta fyndet' }).click();
      await expect(finding('brandman').getByTestId('finding-status')).toHaveText('Godtaget');
      await expect(finding('brandman')).toContainText('Valt förslag: brandperson');

      // Focus went on to the next open finding; d: dismiss with a reason, keep the term.
      await expect(finding('ung och dynamisk')).toBeFocused();
      await page.keyboard.press('d');
      const dismiss = page.getByRole('form', { name: 'Avfärda fyndet' });
      const reason = dismiss.getByRole('textbox', { name: /Varför avfärdas fyndet/ });
      await expect(reason).toBeFocused();
      await reason.fill('Citat ur föreningens stadgar, som ändras först vid årsmötet.');
      await dismiss
        .getByRole('checkbox', { name: 'Lägg till i organisationens godkända termer' })
        .check();
      await checkA11y(page, 'review screen (dismissing)');
      await dismiss.getByRole('button', { name: 'Avfärda fyndet' }).click();
      await expect(finding('ung och dynamisk').getByTestId('finding-status')).toHaveText(
        'Avfärdat',
      );

      await expect(finding('Handikapptoaletten')).toBeFocused();
      await page.keyboard.press('a');
      await page
        .getByRole('form', { name: 'Godta fyndet' })
        .getByRole('button', { name: 'Godta fyndet' })
        .click();
      await expect(finding('Handikapptoaletten').getByTestId('finding-status')).toHaveText(
        'Godtaget',
      );
      await expect(page.getByTestId('finish-blocked')).toBeHidden();

      // A comment on a passage after the emoji.
      await select(page, PASSAGE);
      await expect(page.getByTestId('selection')).toHaveText(`Markerat: ”${PASSAGE}”`);
      await page.getByRole('button', { name: 'Kommentera markerad text' }).click();
      await page.getByRole('textbox', { name: 'Kommentar' }).fill('Skriv hur ni välkomnar nya.');
      await page.getByRole('button', { name: 'Spara kommentaren' }).click();
      await expect(page.getByTestId('comment')).toContainText('Skriv hur ni välkomnar nya.');
      await expect(page.locator('mark[data-comments]')).toHaveText(PASSAGE);

      await page.getByRole('button', { name: 'Avsluta granskningen' }).click();
      const finish = page.getByRole('dialog', { name: 'Avsluta granskningen' });
      await finish.getByLabel('Sammanfattning till arbetsgruppen (valfri)').fill('Bra start.');
      await finish.getByRole('button', { name: 'Avsluta granskningen' }).click();
      await expect(page.getByTestId('review-finished')).toContainText('Bra start.');
      await expect(page.getByRole('button', { name: 'Öppna igen' })).toBeVisible();
      await checkA11y(page, 'review screen (finished)');
    });

    await test.step('the reviewed DOCX has the comments on the right words', async () => {
      const downloading = page.waitForEvent('download');
      await page
        .getByRole('group', { name: `Ladda ned ”${TITLE}”` })
        .getByRole('link', { name: 'Granskad DOCX' })
        .click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('rekryteringspolicy (granskad).docx');
      const reviewed = join(dir, 'granskad.docx');
      await download.saveAs(reviewed);
      const comments: { author: string; text: string; anchored: string }[] = JSON.parse(
        python('comments', reviewed),
      );
      const on = (words: string) => comments.filter((c) => c.anchored === words);
      expect(comments.map((c) => c.anchored).sort()).toEqual(
        ['Handikapptoaletten', 'brandman', PASSAGE, 'ung och dynamisk'].sort(),
      );
      expect(on(PASSAGE)[0]?.text).toContain('Skriv hur ni välkomnar nya.');
      expect(on(PASSAGE)[0]?.author).toBe('Tove Utbildare');
      expect(on('brandman')[0]?.text).toContain('brandperson');
      expect(on('ung och dynamisk')[0]?.text).toContain('Citat ur föreningens stadgar');
      await logout(page);
    });

    await test.step('the lead uploads a revised version and sees what it resolved', async () => {
      await login(page, LEAD);
      await goToOurCertification(page);
      await page.goto(`${certificationUrl}?tab=documents`);
      const card = page.getByTestId('document-card');
      await expect(card).toContainText('Granskad');
      await card.getByRole('button', { name: `Ladda upp ny version av ${TITLE}` }).click();
      const dialog = page.getByRole('dialog', { name: `Ny version av ”${TITLE}”` });
      await chooseFile(page, v2);
      await dialog.getByRole('button', { name: 'Ladda upp och granska' }).click();
      await expect(dialog).toBeHidden();
      await expect(card).toContainText('version 2');
      // "brandman" was fixed, "ung och dynamisk" is an accepted term now; the toilet remains,
      // its decision carried over.
      await expect(card.getByTestId('resolved-count')).toHaveText('2 lösta sedan förra versionen');
      await expect(card.getByTestId('counts-line')).toContainText(
        'Fynd: 0 öppna, 1 godtagna, 0 avfärdade',
      );
      await at360(page, 'documents tab');
      await page.setViewportSize({ width: 360, height: 740 });
      await expect(page.getByRole('button', { name: 'Ladda upp dokument' })).toBeVisible();
      await expect(card.getByRole('link', { name: `Visa granskningen av ${TITLE}` })).toBeVisible();
      await page.setViewportSize({ width: 1280, height: 720 });

      await card.getByRole('link', { name: `Visa granskningen av ${TITLE}` }).click();
      await expect(page).toHaveURL(/version=\d+/);
      await expect(page.getByTestId('check-settings-terms')).toContainText('ung och dynamisk');
      const compare = page.getByTestId('compare');
      await expect(compare.getByRole('heading', { name: 'Lösta (2)' })).toBeVisible();
      await expect(compare.getByRole('heading', { name: 'Nya (0)' })).toBeVisible();
      await expect(compare.getByRole('heading', { name: 'Kvarstår (1)' })).toBeVisible();
      await expect(page.getByTestId('finding')).toContainText(
        'Beslutet följde med från förra versionen.',
      );
      await checkA11y(page, 'review screen (working group, version 2)');
      await at360(page, 'review screen');
    });

    await test.step('the plan editor underlines "brandman" and offers "brandperson"', async () => {
      await openTab(page, 'Handlingsplan');
      const vision = page.getByLabel('Vision');
      await vision.fill('Vi söker en brandman.');
      await expect(page.getByTestId('language-backdrop').locator('mark')).toHaveText('brandman');
      await page.getByRole('button', { name: 'brandperson' }).click();
      await expect(vision).toHaveValue('Vi söker en brandperson.');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
