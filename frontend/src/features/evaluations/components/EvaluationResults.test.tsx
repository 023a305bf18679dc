import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { csvUrl } from '../api/get-evaluation-results';
import { EvaluationResultsView } from './EvaluationResults';

describe('csvUrl', () => {
  it('carries the page’s filters', () => {
    expect(csvUrl({})).toBe('/api/v1/evaluation-results.csv');
    expect(csvUrl({ certificationId: 4, moment: 2, dayId: 9 })).toBe(
      '/api/v1/evaluation-results.csv?certification_id=4&training_day_id=9&moment=2',
    );
  });
});

describe('EvaluationResultsView', () => {
  it('shows a scale with its mean and table, withholds a thin question with its count so far, lists free texts and the days', async () => {
    const fetch = mockApi({
      'GET /api/v1/certifications': { items: [], total: 0, page: 1, page_size: 100 },
      'GET /api/v1/evaluation-results': {
        min_answers: 5,
        days: 2,
        day_dates: ['2026-03-02', '2026-03-24'],
        questions: [
          {
            key: 'template-1',
            prompt: 'Hur nöjd är du med dagen?',
            kind: 'scale',
            days: 2,
            answer_count: 6,
            skip_count: 1,
            withheld: false,
            mean: 4.17,
            distribution: [0, 0, 1, 3, 2].map((count, i) => ({ label: String(i + 1), count })),
            texts: [],
          },
          {
            key: 'template-2',
            prompt: 'Vad tar du med dig?',
            kind: 'open_text',
            days: 2,
            answer_count: 5,
            skip_count: 0,
            withheld: false,
            mean: null,
            distribution: [],
            texts: ['Mycket', 'Nya begrepp'],
          },
          {
            key: 'prompt-3f2a',
            prompt: 'Var lokalen tillgänglig?',
            kind: 'single_choice',
            days: 0,
            answer_count: 3,
            skip_count: 2,
            withheld: true,
            mean: null,
            distribution: [],
            texts: [],
          },
        ],
      },
    });
    renderWithProviders(
      <EvaluationResultsView filters={{ certificationId: 4 }} onChange={() => {}} />,
    );
    const [scale, text, thin] = await screen.findAllByTestId('evaluation-question');
    expect(within(scale as HTMLElement).getByTestId('evaluation-mean')).toHaveTextContent(
      'Medelvärde: 4,17',
    );
    const table = within(scale as HTMLElement).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(text as HTMLElement).getByText('Nya begrepp')).toBeVisible();
    expect(within(thin as HTMLElement).getByTestId('evaluation-withheld')).toHaveTextContent(
      '3 svar hittills – för få för att visa (minst 5)',
    );
    expect(thin).toHaveTextContent('Enkelval · 2 hoppade över');
    expect(screen.getByTestId('evaluations-days')).toHaveTextContent('Dagar: 2 mars, 24 mars 2026');
    expect(within(thin as HTMLElement).queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ladda ner CSV' })).toHaveAttribute(
      'href',
      '/api/v1/evaluation-results.csv?certification_id=4',
    );
    const asked = fetch.mock.calls.map(([r]) => new URL((r as Request).url));
    expect(
      asked.find((u) => u.pathname === '/api/v1/evaluation-results')?.searchParams.toString(),
    ).toBe('certification_id=4');
  });
});
