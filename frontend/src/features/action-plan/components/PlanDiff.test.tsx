import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { PlanChange, PlanContent } from '../api/types';
import { PlanDiff } from './PlanDiff';

const content: PlanContent = {
  vision: 'Ny vision',
  goals: [
    {
      id: 'g1',
      title: 'Fler sökande',
      indicator: 'Andel',
      unit: '%',
      baseline: 10,
      target: 30,
      deadline: '2027-06-30',
      responsible: 'HR',
      grounds: ['sex'],
    },
  ],
  activities: [],
};

describe('PlanDiff', () => {
  it('shows what was added, removed and changed, with before and after', async () => {
    const changes: PlanChange[] = [
      { kind: 'changed', path: 'vision', label: '', before: 'Gammal vision', after: 'Ny vision' },
      { kind: 'changed', path: 'goals/g1/target', label: 'Fler sökande', before: 20, after: 30 },
      {
        kind: 'added',
        path: 'goals/g1',
        label: 'Fler sökande',
        before: null,
        after: content.goals[0],
      },
      {
        kind: 'removed',
        path: 'activities/a9',
        label: 'Gammal aktivitet',
        before: { id: 'a9', description: 'Gammal aktivitet', goal_ids: [] },
        after: null,
      },
      {
        kind: 'changed',
        path: 'goals/g1/grounds',
        label: 'Fler sökande',
        before: [],
        after: ['sex', 'age'],
      },
    ];
    renderWithProviders(<PlanDiff changes={changes} contents={[content]} />);

    const items = within(await screen.findByTestId('plan-diff')).getAllByRole('listitem');
    expect(items).toHaveLength(5);

    expect(items[0]).toHaveTextContent('Ändrat');
    expect(items[0]).toHaveTextContent('Vision');
    expect(within(items[0] as HTMLElement).getByText('Gammal vision').tagName).toBe('DEL');
    expect(within(items[0] as HTMLElement).getByText('Ny vision').tagName).toBe('INS');

    expect(items[1]).toHaveTextContent('Mål ”Fler sökande” – målvärde');
    expect(items[1]).toHaveTextContent('Före20Efter30');

    expect(items[2]).toHaveTextContent('Tillagt');
    expect(items[2]).toHaveTextContent(
      'Fler sökande; Indikator: Andel; Utgångsvärde: 10; Målvärde: 30; Slutdatum: 30 juni 2027',
    );

    expect(items[3]).toHaveTextContent('Borttaget');
    // Not in the current content: the API's label names it.
    expect(items[3]).toHaveTextContent('Aktivitet ”Gammal aktivitet”');
    expect(items[3]).toHaveTextContent('Gammal aktivitet');

    expect(items[4]).toHaveTextContent('Före(inga)EfterKön, Ålder');
  });

  it('says so when nothing changed', async () => {
    renderWithProviders(<PlanDiff changes={[]} />);
    expect(await screen.findByTestId('plan-diff-empty')).toHaveTextContent('Inga ändringar.');
  });
});
