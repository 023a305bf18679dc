import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { DocumentFinding, Version } from '../api/types';
import { DocumentReview } from './DocumentReview';
import { commentOf, DOCUMENT, FINDINGS, TEXT, versionOf } from './test-data';

type Sent = { path: string; body: Record<string, unknown> };

/** The review of version 7 with the API mocked; decisions answer with the finding decided. */
function setup(version: Version = versionOf(), extra: Record<string, unknown> = {}) {
  const sent: Sent[] = [];
  const record = async (request: Request) => {
    const raw = await request.clone().text();
    const body = raw ? JSON.parse(raw) : {};
    sent.push({ path: new URL(request.url).pathname, body });
    return body;
  };
  const decisions = Object.fromEntries(
    version.findings.map((f) => [
      `POST /api/v1/document-findings/${f.id}/decision`,
      async (request: Request) => {
        const body = await record(request);
        const statuses = { accept: 'accepted', dismiss: 'dismissed', reopen: 'open' } as const;
        const status = statuses[body.decision as keyof typeof statuses];
        return {
          ...f,
          explanation: 'På svenska.',
          status,
          note: body.note,
          chosen_suggestion: body.decision === 'accept' ? body.suggestion : null,
          decided_at: '2026-03-02T10:00:00Z',
        } satisfies DocumentFinding;
      },
    ]),
  );
  mockApi({
    'GET /api/v1/document-versions/7': version,
    'GET /api/v1/documents/3': DOCUMENT,
    ...decisions,
    ...extra,
  });
  const view = renderWithProviders(<DocumentReview certificationId={5} versionId={7} />);
  return { ...view, sent, record, user: userEvent.setup() };
}

const items = () => screen.getAllByTestId('finding');
const item = (text: string) =>
  items().find((el) => el.textContent?.includes(`”${text}”`)) as HTMLElement;
const marks = (container: HTMLElement) => [
  ...container.querySelectorAll<HTMLElement>('mark[data-findings]'),
];

afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('DocumentReview', () => {
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

  it('comments on the selected passage with code-point offsets after emoji', async () => {
    const { user, sent, record } = setup(versionOf(), {
      'POST /api/v1/document-versions/7/comments': async (request: Request) => {
        const body = await record(request);
        return json(
          {
            id: 30,
            start: body.start,
            end: body.end,
            quote: Array.from(TEXT)
              .slice(body.start as number, body.end as number)
              .join(''),
            body: body.body,
            author_name: 'Tove Utbildare',
            created_at: '2026-03-02T10:00:00Z',
          },
          201,
        );
      },
    });
    const text = await screen.findByTestId('review-text');
    const button = screen.getByRole('button', { name: 'Kommentera markerad text' });
    expect(button).toBeDisabled();

    // Select " söker " (white space at the ends is left out) in the second block.
    const piece = [...text.querySelectorAll<HTMLElement>('[data-start]')].find((el) =>
      el.textContent?.startsWith('Vi söker'),
    ) as HTMLElement;
    const node = piece.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 2);
    range.setEnd(node, 9);
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));

    await waitFor(() => expect(button).toBeEnabled());
    expect(screen.getByTestId('selection')).toHaveTextContent('Markerat: ”söker”');
    await user.click(button);
    await user.type(screen.getByRole('textbox', { name: 'Kommentar' }), 'Skriv vilka ni söker.');
    await user.click(screen.getByRole('button', { name: 'Spara kommentaren' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    const body = sent[0]?.body as { start: number; end: number; body: string };
    expect(Array.from(TEXT).slice(body.start, body.end).join('')).toBe('söker');
    // "Rekrytering 👋\n\nVi " is 18 code points, 19 UTF-16 units.
    expect(body).toEqual({ start: 18, end: 23, body: 'Skriv vilka ni söker.' });
    await waitFor(() =>
      expect(text.querySelector('mark[data-comments="30"]')).toHaveTextContent('söker'),
    );
    expect(screen.getByTestId('comments')).toHaveTextContent('Skriv vilka ni söker.');
  });

  it('finishes once every finding is decided, with a summary', async () => {
    const decided = FINDINGS.map((f) => ({ ...f, status: 'accepted' as const }));
    const { user, sent, record } = setup(versionOf({ findings: decided }), {
      'POST /api/v1/document-versions/7/finish': async (request: Request) => {
        await record(request);
        return versionOf({ findings: decided, status: 'reviewed' });
      },
    });
    await screen.findByTestId('review-text');
    expect(screen.queryByTestId('finish-blocked')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Avsluta granskningen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avsluta granskningen' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Sammanfattning till arbetsgruppen/ }),
      'Bra jobbat',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Avsluta granskningen' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/api/v1/document-versions/7/finish',
      body: { summary: 'Bra jobbat' },
    });
  });

  it('shows the server’s 409 when findings are still open on finishing', async () => {
    const decided = FINDINGS.map((f) => ({ ...f, status: 'dismissed' as const }));
    const { user } = setup(versionOf({ findings: decided }), {
      'POST /api/v1/document-versions/7/finish': json(
        { error: 'document_findings_open', detail: { open: 1 } },
        409,
      ),
    });
    await screen.findByTestId('review-text');
    await user.click(screen.getByRole('button', { name: 'Avsluta granskningen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avsluta granskningen' });
    await user.click(within(dialog).getByRole('button', { name: 'Avsluta granskningen' }));
    expect(
      await within(dialog).findByText(
        'Alla fynd behöver ett beslut innan granskningen kan avslutas.',
      ),
    ).toBeVisible();
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

  it('offers "Öppna igen" on a finished review that may be reopened', async () => {
    const decided = FINDINGS.map((f) => ({ ...f, status: 'accepted' as const }));
    const reviewed = versionOf({
      findings: decided,
      status: 'reviewed',
      reviewed_at: '2026-03-03T10:00:00Z',
      review_summary: 'Bra jobbat',
      allowed_actions: ['read', 'reopen_review', 'manage_settings'],
    });
    const { user, sent, record } = setup(reviewed, {
      'POST /api/v1/document-versions/7/reopen': async (request: Request) => {
        await record(request);
        return { ...reviewed, status: 'in_review' };
      },
    });
    expect(await screen.findByTestId('review-finished')).toHaveTextContent('Bra jobbat');
    expect(screen.queryByRole('button', { name: 'Avsluta granskningen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ångra beslutet' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Öppna igen' }));
    await waitFor(() =>
      expect(sent.map((s) => s.path)).toEqual(['/api/v1/document-versions/7/reopen']),
    );
  });
});
