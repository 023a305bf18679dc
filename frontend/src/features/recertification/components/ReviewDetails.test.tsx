import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import type { Review } from '../api/types';
import { ReviewDetails } from './ReviewDetails';

function review(allowed_actions: Review['allowed_actions'], decided = false): Review {
  return {
    id: 8,
    certificate_id: 3,
    certification_id: 4,
    organisation_name: 'Alingsås kommun',
    scheduled_on: '2029-03-01',
    auditor_id: 6,
    auditor_name: 'Greta Granskare',
    notes: '',
    outcome: decided ? 'renewed' : null,
    decided_at: decided ? '2029-03-01T10:00:00Z' : null,
    efforts: [],
    next_certification_id: null,
    version: 2,
    basis: {
      goals: [],
      follow_ups: [],
      evaluations: null,
      documents: {
        documents: 0,
        reviewed: 0,
        findings_open: 0,
        findings_accepted: 0,
        findings_dismissed: 0,
        findings_resolved: 0,
      },
    },
    allowed_actions,
  };
}

const STAFF: Review['allowed_actions'] = ['review:schedule', 'review:assign', 'review:decide'];
const reschedule = { name: 'Ändra datum eller granskare' };
const decision = { name: 'Registrera beslut' };

function renderReview(r: Review, canListAuditors = false) {
  mockApi({
    'GET /api/v1/users': { items: [], total: 0, page: 1, page_size: 100 },
  });
  return renderWithProviders(<ReviewDetails review={r} canListAuditors={canListAuditors} />);
}

describe('ReviewDetails: what the review’s allowed_actions offer', () => {
  it('offers moving and deciding a scheduled review to admins and auditors', async () => {
    renderReview(review(STAFF));
    expect(await screen.findByRole('button', reschedule)).toBeInTheDocument();
    expect(screen.getByRole('heading', decision)).toBeInTheDocument();
  });

  it('offers neither to those the server does not list them for', async () => {
    renderReview(review([]));
    expect(await screen.findByTestId('review-date')).toBeInTheDocument();
    expect(screen.queryByRole('button', reschedule)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', decision)).not.toBeInTheDocument();
  });

  it('offers choosing the auditor only with review:assign and the auditors to choose from', async () => {
    const user = userEvent.setup();
    const { unmount } = renderReview(review(STAFF), true);
    await user.click(await screen.findByRole('button', reschedule));
    expect(screen.getByRole('combobox', { name: 'Granskare' })).toBeInTheDocument();
    unmount();

    // An auditor: the server lets them name one, but the user list is not theirs to read.
    renderReview(review(STAFF), false);
    await user.click(await screen.findByRole('button', reschedule));
    expect(screen.queryByRole('combobox', { name: 'Granskare' })).not.toBeInTheDocument();
  });

  it('offers nothing on a decided review', async () => {
    renderReview(review([], true));
    expect(await screen.findByTestId('review-date')).toBeInTheDocument();
    expect(screen.queryByRole('button', reschedule)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', decision)).not.toBeInTheDocument();
  });
});
