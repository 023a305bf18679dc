import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { question, room } from '../test/fixtures';
import { Projector } from './Projector';

const scale = (counts: number[]) => ({
  distribution: counts.map((count, i) => ({ label: String(i + 1), count })),
  mean: 3,
  words: [],
  texts: [],
});

describe('Projector', () => {
  it('shows only the count while the results are withheld', async () => {
    mockApi({
      'GET /api/v1/live/rooms/7': room({
        questions: [question({ answer_count: 4, skip_count: 1 })],
      }),
    });
    renderWithProviders(<Projector roomId={7} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: /diskrimineringsgrunderna/ }),
    ).toBeVisible();
    expect(screen.getByTestId('results-withheld')).toHaveTextContent(
      '4 svar – resultaten visas vid minst 5 svar',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId('projector-code')).toHaveTextContent('KX7PQ2');
    expect(screen.getByRole('img', { name: /koden KX7PQ2/ })).toHaveAttribute(
      'src',
      '/api/v1/live/rooms/7/qr.svg',
    );
  });

  it('shows the distribution as a table beside the bars, with the mean', async () => {
    mockApi({
      'GET /api/v1/live/rooms/7': room({
        questions: [question({ answer_count: 5, results: scale([1, 1, 1, 1, 1]) })],
      }),
    });
    renderWithProviders(<Projector roomId={7} />);
    const table = await screen.findByRole('table', { name: /Svaren på/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      '1',
      '1',
      '1',
      '1',
      '1',
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('1');
    expect(screen.getByTestId('results-mean')).toHaveTextContent('Medelvärde: 3');
    // The bars are for the eye; the table is what assistive technology reads.
    expect(screen.getByTestId('results-table-bars')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says so when the trainer hides the results', async () => {
    mockApi({
      'GET /api/v1/live/rooms/7': room({
        questions: [
          question({ show_results: false, answer_count: 6, results: scale([2, 1, 1, 1, 1]) }),
        ],
      }),
    });
    renderWithProviders(<Projector roomId={7} />);
    expect(await screen.findByText('Resultaten är dolda')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists free texts with a way to hide each, and counts the hidden ones', async () => {
    const texts = [
      { id: 'b'.repeat(32), text: 'Mer tid för samtal', hidden: false },
      { id: 'a'.repeat(32), text: 'Något olämpligt', hidden: true },
    ];
    mockApi({
      'GET /api/v1/live/rooms/7': room({
        questions: [
          question({
            kind: 'open_text',
            answer_count: 5,
            results: { distribution: [], mean: null, words: [], texts },
          }),
        ],
      }),
    });
    renderWithProviders(<Projector roomId={7} />);
    const cards = await screen.findAllByTestId('text-answer');
    expect(cards.map((c) => c.querySelector('p')?.textContent)).toEqual(['Mer tid för samtal']);
    expect(
      within(cards[0] as HTMLElement).getByRole('button', {
        name: 'Dölj svaret ”Mer tid för samtal”',
      }),
    ).toBeVisible();
    expect(screen.getByTestId('hidden-answers')).toHaveTextContent('1 dolt svar');
    expect(screen.queryByText('Något olämpligt')).toBeNull();
  });

  it('invites people to join while no question is shown', async () => {
    mockApi({ 'GET /api/v1/live/rooms/7': room({ current_question_id: null }) });
    renderWithProviders(<Projector roomId={7} />);
    expect(await screen.findByRole('heading', { level: 1, name: /Välkommen/ })).toBeVisible();
    expect(screen.getByText('Gå till jamlik.example/delta och skriv koden')).toBeVisible();
  });
});
