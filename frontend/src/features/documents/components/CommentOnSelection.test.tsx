import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/render';
import { setup } from './review-test-setup';
import { TEXT, versionOf } from './test-data';

afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('DocumentReview: commenting on the selected text', () => {
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
});
