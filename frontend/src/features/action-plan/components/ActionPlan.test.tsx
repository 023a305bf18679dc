import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import type { Plan } from '../api/types';
import { ActionPlan } from './ActionPlan';

type Actions = Plan['allowed_actions'];

function plan(status: Plan['status'], allowed_actions: Actions): Plan {
  return {
    id: 1,
    certification_id: 4,
    status,
    version: 2,
    content: { vision: 'V', goals: [], activities: [] },
    updated_at: '2026-03-01T10:00:00Z',
    updated_by_name: 'Anna Lind',
    editable: status === 'draft' || status === 'changes_requested',
    allowed_actions,
  } as Plan;
}

function renderPlan(p: Plan, mode: 'edit' | 'review') {
  mockApi({
    'GET /api/v1/certifications/4/plan': p,
    'GET /api/v1/certifications/4/plan/comments': { items: [], total: 0, page: 1, page_size: 50 },
    'GET /api/v1/certifications/4/plan/diff': { from_version: 0, to_version: 2, changes: [] },
  });
  return renderWithProviders(<ActionPlan certificationId={4} mode={mode} />);
}

describe('ActionPlan: what the plan’s allowed_actions offer', () => {
  it('offers "Begär ändringar" and "Godkänn" to whoever the server lets review', async () => {
    renderPlan(
      plan('submitted', ['plan:request_changes', 'plan:approve', 'plan:comment']),
      'review',
    );

    expect(await screen.findByRole('button', { name: 'Begär ändringar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Godkänn' })).toBeInTheDocument();
    expect(screen.getByTestId('review-waiting')).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: /Ny kommentar om hela planen/ }),
    ).toBeInTheDocument();
  });

  it('offers no review to those the server does not list it for, submitted or not', async () => {
    // An admin, or another trainer: the plan is submitted, but they may only comment (or not).
    const { unmount } = renderPlan(plan('submitted', ['plan:comment']), 'review');
    expect(await screen.findByRole('heading', { name: 'Granskning' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begär ändringar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('review-waiting')).not.toBeInTheDocument();
    unmount();

    renderPlan(plan('submitted', []), 'review');
    expect(await screen.findByRole('heading', { name: 'Granskning' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Ny kommentar/ })).not.toBeInTheDocument();
  });

  it('offers each review step by its own action', async () => {
    renderPlan(plan('submitted', ['plan:approve']), 'review');
    expect(await screen.findByRole('button', { name: 'Godkänn' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begär ändringar' })).not.toBeInTheDocument();
  });

  it('offers saving and submitting to the working group by plan:edit and plan:submit', async () => {
    const { unmount } = renderPlan(
      plan('draft', ['plan:edit', 'plan:submit', 'plan:comment']),
      'edit',
    );
    expect(await screen.findByRole('button', { name: 'Spara' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka in för granskning' })).toBeInTheDocument();
    unmount();

    // An admin may correct the plan but only the group submits it.
    renderPlan(plan('draft', ['plan:edit', 'plan:comment']), 'edit');
    expect(await screen.findByRole('button', { name: 'Spara' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Skicka in för granskning' }),
    ).not.toBeInTheDocument();
  });

  it('leaves the plan read-only when the server allows no editing', async () => {
    renderPlan(plan('draft', ['plan:comment']), 'edit');
    expect(await screen.findByRole('heading', { name: 'Handlingsplan' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Skicka in för granskning' }),
    ).not.toBeInTheDocument();
  });
});
