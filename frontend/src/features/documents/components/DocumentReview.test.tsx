import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/render';
import { item, marks, setup } from './review-test-setup';
import { commentOf, TEXT, versionOf } from './test-data';

afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('DocumentReview: the text and its findings', () => {
  it('draws the blocks and highlights findings after emoji on exactly their words', async () => {
    const comment = commentOf(21, 'till stationen', 'Vilken station?');
    const { container } = setup(versionOf({ comments: [comment] }));
    const text = await screen.findByTestId('review-text');
    expect(within(text).getByRole('heading', { level: 4 })).toHaveTextContent('Rekrytering 👋');
    expect(within(text).getAllByRole('listitem')).toHaveLength(2);
    expect(marks(container).map((m) => [m.textContent, m.dataset.severity])).toEqual([
      ['brandman', 'consider'],
      ['ung och dynamisk', 'avoid'],
      ['Handikapptoaletten', 'avoid'],
    ]);
    // Each piece says where it lies in the (UTF-16) text: the emoji count twice.
    const brandman = marks(container)[0] as HTMLElement;
    expect(TEXT.slice(Number(brandman.dataset.start), Number(brandman.dataset.end))).toBe(
      'brandman',
    );
    const commented = container.querySelector<HTMLElement>('mark[data-comments]');
    expect(commented).toHaveTextContent('till stationen');
    expect(commented?.dataset.severity).toBeUndefined();
    expect(screen.getByTestId('comments')).toHaveTextContent('Vilken station?');
    // The settings the version was checked with.
    const settings = screen.getByTestId('check-settings');
    expect(settings).toHaveTextContent('Icke-binärt språk (”han eller hon” flaggas): Av');
    expect(settings).toHaveTextContent('Religion eller annan trosuppfattning');
    expect(settings).toHaveTextContent('ombudsman – Titel i kollektivavtalet');
  });

  it('moves between findings with j/k and the arrows: focus on the item, the text scrolls', async () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    const { container, user } = setup();
    await screen.findByTestId('review-text');

    await user.keyboard('j');
    expect(item('brandman')).toHaveFocus();
    expect(container.querySelector('mark[data-current]')).toHaveTextContent('brandman');
    expect(scrolled.mock.contexts.at(-1)).toHaveTextContent('brandman');

    await user.keyboard('j');
    expect(item('ung och dynamisk')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Handikapptoaletten')).toHaveFocus();
    expect(scrolled.mock.contexts.at(-1)).toHaveTextContent('Handikapptoaletten');
    await user.keyboard('{ArrowDown}');
    expect(item('Handikapptoaletten')).toHaveFocus();
    await user.keyboard('k');
    expect(item('ung och dynamisk')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('brandman')).toHaveFocus();
    expect(container.querySelectorAll('mark[data-current]')).toHaveLength(1);
  });

  it('accepts with "a": a suggestion and a note, then on to the next open finding', async () => {
    const { user, sent } = setup();
    await screen.findByTestId('review-text');
    expect(screen.getByTestId('finish-blocked')).toHaveTextContent(
      '3 fynd saknar beslut. Godta eller avfärda dem först.',
    );
    expect(screen.getByRole('button', { name: 'Avsluta granskningen' })).toBeDisabled();

    await user.keyboard('j');
    await user.keyboard('a');
    const form = screen.getByRole('form', { name: 'Godta fyndet' });
    const first = within(form).getByRole('radio', { name: 'brandperson' });
    expect(first).toBeChecked();
    expect(first).toHaveFocus();
    await user.click(within(form).getByRole('radio', { name: 'brandarbetare' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Anteckning (valfri)' }),
      'Byt titel',
    );
    await user.click(within(form).getByRole('button', { name: 'Godta fyndet' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/api/v1/document-findings/11/decision',
      body: {
        decision: 'accept',
        note: 'Byt titel',
        suggestion: 'brandarbetare',
        accept_term: false,
      },
    });
    await waitFor(() => expect(item('ung och dynamisk')).toHaveFocus());
    const accepted = item('brandman');
    expect(within(accepted).getByTestId('finding-status')).toHaveTextContent('Godtaget');
    expect(accepted).toHaveTextContent('Valt förslag: brandarbetare');
    expect(accepted).toHaveTextContent('Råd: en yrkesbenämning utan kön');
    expect(accepted).toHaveTextContent('Anteckning: Byt titel');
    // The explanation stays in the UI's language (the server answers in Swedish).
    expect(accepted).toHaveTextContent('En förklaring.');
    expect(screen.getByTestId('finish-blocked')).toHaveTextContent('2 fynd saknar beslut');
    expect(within(accepted).getByRole('button', { name: 'Ångra beslutet' })).toBeVisible();
  });

  it('dismisses with "d" only with a reason, and can keep the term for the organisation', async () => {
    const { user, sent } = setup();
    await screen.findByTestId('review-text');
    await user.keyboard('jj');
    await user.keyboard('d');
    const form = screen.getByRole('form', { name: 'Avfärda fyndet' });
    const reason = within(form).getByRole('textbox', { name: /Varför avfärdas fyndet/ });
    expect(reason).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Avfärda fyndet' }));
    expect(within(form).getByText('Skriv varför fyndet avfärdas.')).toBeVisible();
    expect(sent).toHaveLength(0);

    await user.type(reason, 'Citat ur en lag');
    const keep = within(form).getByRole('checkbox', {
      name: 'Lägg till i organisationens godkända termer',
    });
    expect(form).toHaveTextContent('”ung och dynamisk” flaggas då inte');
    await user.click(keep);
    await user.click(within(form).getByRole('button', { name: 'Avfärda fyndet' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.body).toEqual({
      decision: 'dismiss',
      note: 'Citat ur en lag',
      suggestion: null,
      accept_term: true,
    });
    await waitFor(() =>
      expect(within(item('ung och dynamisk')).getByTestId('finding-status')).toHaveTextContent(
        'Avfärdat',
      ),
    );
    expect(item('ung och dynamisk')).toHaveTextContent('Skäl: Citat ur en lag');
  });

  it('Escape closes a decision form and gives the focus back to the finding', async () => {
    const { user } = setup();
    await screen.findByTestId('review-text');
    await user.keyboard('j');
    await user.click(within(item('brandman')).getByRole('button', { name: 'Avfärda' }));
    expect(screen.getByRole('form', { name: 'Avfärda fyndet' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Avfärda fyndet' })).toBeNull();
    expect(item('brandman')).toHaveFocus();
  });

  it('says the server’s refusals in words', async () => {
    const { user } = setup(versionOf(), {
      'POST /api/v1/document-findings/11/decision': json(
        { error: 'document_review_closed', detail: { status: 'reviewed' } },
        409,
      ),
    });
    await screen.findByTestId('review-text');
    await user.keyboard('ja');
    await user.click(screen.getByRole('button', { name: 'Godta fyndet' }));
    expect(
      await screen.findByText(
        'Granskningen av versionen är avslutad, eller så finns det en nyare version. Ladda om sidan.',
      ),
    ).toBeVisible();
    expect(within(item('brandman')).getByTestId('finding-status')).toHaveTextContent('Öppet');
  });

  it('shows only what allowed_actions allows: the working group reads', async () => {
    const { user, sent } = setup(versionOf({ allowed_actions: ['read', 'upload'] }));
    await screen.findByTestId('review-text');
    expect(screen.queryByRole('button', { name: 'Godta' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Avfärda' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kommentera markerad text' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Avsluta granskningen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Öppna igen' })).toBeNull();
    expect(screen.getByText(/Utbildaren granskar dokumentet/)).toBeVisible();
    // Reading by keyboard still works; deciding does not.
    await user.keyboard('ja');
    expect(item('brandman')).toHaveFocus();
    expect(screen.queryByRole('form')).toBeNull();
    expect(sent).toHaveLength(0);
  });
});
