import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/language-check';
import { mockApi, renderWithProviders } from '@/test/render';
import { LanguageCheckedTextarea, LanguageCheckedTextInput } from './LanguageCheckedField';

const CHECK = 'POST /api/v1/language/check';

/** What the checker says about a word, wherever it occurs. */
const RULES: Record<string, Partial<Finding>> = {
  brandman: {
    rule_id: 'sex.man-compound',
    severity: 'consider',
    term: 'man',
    suggestions: ['brandperson', 'räddningsarbetare'],
    advice: ['beskriv arbetsuppgifterna'],
    explanation: 'Yrkesord som slutar på -man utgår från en man.',
  },
  handikappad: {
    rule_id: 'disability.handikapp',
    severity: 'avoid',
    term: 'handikappad',
    suggestions: ['med funktionsnedsättning'],
    explanation: 'Handikapp är ett föråldrat ord.',
  },
  söker: { rule_id: 'stale', severity: 'avoid', term: 'söker', explanation: 'Gammalt svar.' },
};

/** The API's answer for `text`: every rule word found, offsets in code points as the API counts. */
function findingsOf(text: string): { findings: Finding[] } {
  const findings: Finding[] = [];
  for (const [word, rule] of Object.entries(RULES)) {
    if (word === 'söker') continue;
    for (const match of text.matchAll(new RegExp(word, 'g'))) {
      const start = Array.from(text.slice(0, match.index)).length;
      findings.push({
        ground: 'sex',
        text: word,
        source: 'Språkrådet',
        suggestions: [],
        advice: [],
        start,
        end: start + Array.from(word).length,
        ...rule,
      } as Finding);
    }
  }
  return { findings: findings.sort((a, b) => a.start - b.start) };
}

async function textOf(request: Request): Promise<string> {
  return (await request.clone().json()).text;
}

function Harness({ initial = '', singleLine = false }: { initial?: string; singleLine?: boolean }) {
  const [value, setValue] = useState(initial);
  return singleLine ? (
    <LanguageCheckedTextInput label="Rubrik" value={value} onChange={setValue} />
  ) : (
    <LanguageCheckedTextarea label="Beskrivning" value={value} onChange={setValue} />
  );
}

function checks(fetch: ReturnType<typeof mockApi>): Request[] {
  return fetch.mock.calls
    .map(([request]) => request)
    .filter((request) => new URL(request.url).pathname === '/api/v1/language/check');
}

const backdrop = () => screen.queryByTestId('language-backdrop');
const underlined = () =>
  Array.from(backdrop()?.querySelectorAll('mark') ?? []).map((m) => m.textContent);

describe('LanguageCheckedTextarea', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const setup = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  it('underlines the finding at the right text after the debounce, past an emoji', async () => {
    const fetch = mockApi({ [CHECK]: async (r: Request) => findingsOf(await textOf(r)) });
    renderWithProviders(<Harness />);
    const user = setup();
    const field = await screen.findByRole('textbox', { name: 'Beskrivning' });

    const text = '😀 Vi söker en brandman.';
    await user.type(field, text);
    await wait(300);
    expect(checks(fetch)).toHaveLength(0); // still typing, as far as the debounce knows
    expect(backdrop()).toBeNull();

    await wait(400);
    await waitFor(() => expect(underlined()).toEqual(['brandman']));
    expect(checks(fetch)).toHaveLength(1);
    const body = await checks(fetch)[0]?.clone().json();
    expect(body).toEqual({ text, locale: 'sv' });
    // The copy behind the field is the text itself, the mark exactly on "brandman".
    const copy = backdrop() as HTMLElement;
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy.textContent).toBe(`${text}\u200b`);
    const mark = copy.querySelector('mark') as HTMLElement;
    expect(mark.previousSibling?.textContent).toBe('😀 Vi söker en ');
    expect(mark).toHaveAttribute('data-severity', 'consider');
    expect(field).toHaveFocus();

    // The list of the focused field, and the count said politely.
    const finding = screen.getByTestId('language-finding');
    expect(finding).toBeVisible();
    expect(finding).toHaveTextContent('Överväg ”brandman”');
    expect(finding).toHaveTextContent('Yrkesord som slutar på -man utgår från en man.');
    expect(finding).toHaveTextContent('Tips: beskriv arbetsuppgifterna');
    const live = screen.getByTestId('language-announcement');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('1 språkförslag');
  });

  it('replaces exactly the span of the suggestion chosen, then checks again at once', async () => {
    const fetch = mockApi({ [CHECK]: async (r: Request) => findingsOf(await textOf(r)) });
    const text = '🙂 En brandman och 👩🏽‍🚒 en brandman, handikappad.';
    renderWithProviders(<Harness initial={text} />);
    const user = setup();
    const field = await screen.findByRole('textbox', { name: 'Beskrivning' });
    await waitFor(() => expect(underlined()).toEqual(['brandman', 'brandman', 'handikappad']));
    expect(backdrop()?.querySelectorAll('mark')[2]).toHaveAttribute('data-severity', 'avoid');

    // Not focused: the count is shown, the list is not, until opened.
    const toggle = screen.getByRole('button', { name: '3 språkförslag' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByTestId('language-finding')[0]).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const second = screen.getAllByTestId('language-finding')[1] as HTMLElement;
    const replace = within(second).getByRole('group', { name: 'Ersätt ”brandman” med' });
    expect(
      within(replace)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['brandperson', 'räddningsarbetare']);
    await user.click(within(replace).getByRole('button', { name: 'räddningsarbetare' }));

    const after = '🙂 En brandman och 👩🏽‍🚒 en räddningsarbetare, handikappad.';
    expect(field).toHaveValue(after);
    expect(field).toHaveFocus();
    const caret = after.indexOf(', handikappad');
    expect([
      (field as HTMLTextAreaElement).selectionStart,
      (field as HTMLTextAreaElement).selectionEnd,
    ]).toEqual([caret, caret]);
    // Checked again without waiting for the debounce, and the list follows.
    await waitFor(async () => expect(await textOf(checks(fetch).at(-1) as Request)).toBe(after));
    await waitFor(() => expect(underlined()).toEqual(['brandman', 'handikappad']));
    expect(screen.getByRole('button', { name: '2 språkförslag' })).toBeInTheDocument();

    // A capital at the start of the text is kept.
    const last = screen.getAllByTestId('language-finding')[1] as HTMLElement;
    await user.click(within(last).getByRole('button', { name: 'med funktionsnedsättning' }));
    expect(field).toHaveValue(
      '🙂 En brandman och 👩🏽‍🚒 en räddningsarbetare, med funktionsnedsättning.',
    );
  });

  it('sends no request for an empty or blank field', async () => {
    const fetch = mockApi({ [CHECK]: async (r: Request) => findingsOf(await textOf(r)) });
    renderWithProviders(<Harness />);
    const user = setup();
    const field = await screen.findByRole('textbox', { name: 'Beskrivning' });
    await user.click(field);
    await wait(2000);
    await user.type(field, '   ');
    await wait(2000);
    await user.clear(field);
    await user.type(field, 'x');
    await user.clear(field);
    await wait(2000);
    expect(checks(fetch)).toHaveLength(0);
    expect(backdrop()).toBeNull();
    expect(screen.queryByTestId('language-toggle')).toBeNull();
  });

  it('cancels a request for an older text and never shows its answer', async () => {
    const pending: { request: Request; resolve: (body: unknown) => void }[] = [];
    const fetch = mockApi({
      [CHECK]: (request: Request) =>
        new Promise((resolve) => {
          pending.push({ request, resolve });
        }),
    });
    renderWithProviders(<Harness />);
    const user = setup();
    const field = await screen.findByRole('textbox', { name: 'Beskrivning' });

    await user.type(field, 'Vi söker en brandman');
    await wait(700);
    await waitFor(() => expect(pending).toHaveLength(1));
    await user.type(field, ' som är handikappad');
    await wait(700);
    await waitFor(() => expect(pending).toHaveLength(2));
    const [older, newer] = pending as [(typeof pending)[0], (typeof pending)[0]];
    expect(await textOf(older.request)).toBe('Vi söker en brandman');
    expect(older.request.signal.aborted).toBe(true);
    expect(newer.request.signal.aborted).toBe(false);

    // The older answer arrives late, with a finding the newer one does not have.
    const stale = findingsOf('Vi söker en brandman');
    stale.findings.push({
      ...stale.findings[0],
      ...RULES.söker,
      text: 'söker',
      start: 3,
      end: 8,
    } as Finding);
    older.resolve(stale);
    await wait(50);
    expect(underlined()).not.toContain('söker');

    newer.resolve(findingsOf('Vi söker en brandman som är handikappad'));
    await waitFor(() => expect(underlined()).toEqual(['brandman', 'handikappad']));
    await wait(50);
    expect(underlined()).toEqual(['brandman', 'handikappad']);
    expect(screen.getAllByTestId('language-finding')).toHaveLength(2);
    expect(checks(fetch)).toHaveLength(2);
  });

  it('checks a single-line input the same way, without wrapping the copy', async () => {
    mockApi({ [CHECK]: async (r: Request) => findingsOf(await textOf(r)) });
    renderWithProviders(<Harness initial="🚒 Ny brandman" singleLine />);
    await waitFor(() => expect(underlined()).toEqual(['brandman']));
    expect(backdrop()).toHaveAttribute('data-single-line', 'true');
    expect(backdrop()?.textContent).toBe('🚒 Ny brandman');
  });

  it('closes the list with Escape and when focus leaves the field', async () => {
    mockApi({ [CHECK]: async (r: Request) => findingsOf(await textOf(r)) });
    renderWithProviders(
      <>
        <Harness initial="En brandman" />
        <button type="button">Nästa</button>
      </>,
    );
    const user = setup();
    await waitFor(() => expect(underlined()).toEqual(['brandman']));
    const field = await screen.findByRole('textbox', { name: 'Beskrivning' });
    const toggle = screen.getByRole('button', { name: '1 språkförslag' });

    await user.click(field);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Tab moves into the list (the toggle, then the suggestions) without closing it.
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'brandperson' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await wait(10);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(field);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    await wait(10);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
