import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { Basis } from '../api/types';
import { DecisionBasis } from './DecisionBasis';

const followUps: Basis['follow_ups'] = [
  { kind: 'six_months', due_on: '2027-05-23', status: 'accepted', overdue: false },
  // Overdue is the server's word, whatever the browser's date says.
  { kind: 'eighteen_months', due_on: '2099-05-23', status: 'pending', overdue: true },
];

const evaluations: NonNullable<Basis['evaluations']> = {
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
      skip_count: 0,
      withheld: false,
      mean: 4.5,
      distribution: [0, 0, 0, 3, 3].map((count, i) => ({ label: String(i + 1), count })),
      texts: [],
    },
    {
      key: 'template-2',
      prompt: 'Vad tar du med dig?',
      kind: 'open_text',
      days: 0,
      answer_count: 3,
      skip_count: 0,
      withheld: true,
      mean: null,
      distribution: [],
      texts: [],
    },
  ],
};

const reviewed: Basis['documents'] = {
  documents: 3,
  reviewed: 2,
  findings_open: 1,
  findings_accepted: 7,
  findings_dismissed: 2,
  findings_resolved: 5,
};
const noDocuments: Basis['documents'] = {
  documents: 0,
  reviewed: 0,
  findings_open: 0,
  findings_accepted: 0,
  findings_dismissed: 0,
  findings_resolved: 0,
};

describe('DecisionBasis', () => {
  it('shows how far the review of the documents has come', async () => {
    renderWithProviders(
      <DecisionBasis
        basis={{ goals: [], follow_ups: followUps, evaluations: null, documents: reviewed }}
      />,
    );
    const rows = within(await screen.findByTestId('basis-documents')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Dokument3',
      'Färdiggranskade2',
      'Fynd utan beslut1',
      'Godkända fynd7',
      'Avfärdade fynd2',
      'Åtgärdade i nya versioner5',
    ]);
  });

  it('says when no documents were submitted', async () => {
    renderWithProviders(
      <DecisionBasis
        basis={{ goals: [], follow_ups: followUps, evaluations: null, documents: noDocuments }}
      />,
    );
    expect(await screen.findByTestId('basis-documents')).toHaveTextContent(
      'Inga dokument har lämnats in för granskning.',
    );
  });

  it('marks a follow-up overdue as the server says and shows the evaluations', async () => {
    renderWithProviders(
      <DecisionBasis
        basis={{ goals: [], follow_ups: followUps, evaluations, documents: reviewed }}
      />,
    );
    const rows = within(await screen.findByTestId('basis-follow-ups-table')).getAllByRole('row');
    expect(rows[1]).not.toHaveTextContent('Försenad');
    expect(rows[2]).toHaveTextContent('Försenad');

    const section = screen.getByTestId('basis-evaluations');
    expect(
      within(section).getByRole('heading', { level: 3, name: 'Deltagarnas utvärderingar' }),
    ).toBeVisible();
    expect(section).toHaveTextContent('Sammanställt från 2 utbildningsdagar.');
    expect(section).toHaveTextContent('Dagar: 2 mars, 24 mars 2026');
    const [scale, thin] = within(section).getAllByTestId('evaluation-question');
    expect(
      within(scale as HTMLElement).getByRole('heading', {
        level: 4,
        name: 'Hur nöjd är du med dagen?',
      }),
    ).toBeVisible();
    expect(within(scale as HTMLElement).getByTestId('evaluation-mean')).toHaveTextContent(
      'Medelvärde: 4,5',
    );
    expect(within(scale as HTMLElement).getAllByRole('row')).toHaveLength(6);
    expect(within(thin as HTMLElement).getByTestId('evaluation-withheld')).toHaveTextContent(
      '3 svar hittills – för få för att visa (minst 5)',
    );
  });

  it('says there are no evaluations yet before any day counts, and nothing for the working group', async () => {
    const none = { ...evaluations, days: 0, day_dates: [], questions: [] };
    const { unmount } = renderWithProviders(
      <DecisionBasis
        basis={{ goals: [], follow_ups: followUps, evaluations: none, documents: noDocuments }}
      />,
    );
    expect(await screen.findByTestId('basis-evaluations')).toHaveTextContent(
      'Deltagarnas utvärderingarInga utvärderingar ännu.',
    );
    expect(screen.queryByTestId('evaluation-question')).toBeNull();
    unmount();
    renderWithProviders(
      <DecisionBasis
        basis={{ goals: [], follow_ups: followUps, evaluations: null, documents: noDocuments }}
      />,
    );
    expect(await screen.findByTestId('basis-follow-ups-table')).toBeVisible();
    expect(screen.queryByTestId('basis-evaluations')).toBeNull();
  });
});
