import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, SETTINGS } from '@/test/render';
import type { FollowUp } from '../api/types';
import { FollowUpDetails } from './FollowUpDetails';

function followUp(
  status: FollowUp['status'],
  allowed_actions: FollowUp['allowed_actions'],
): FollowUp {
  return {
    id: 5,
    certification_id: 4,
    organisation_name: 'Alingsås kommun',
    kind: 'six_months',
    due_on: '2027-05-23',
    status,
    overdue: false,
    submitted_at: status === 'pending' ? null : '2027-05-01T10:00:00Z',
    reviewed_at: null,
    version: 3,
    report: { summary: 'Bra år', goals: [], activities: [] },
    review_comment: null,
    plan: { vision: 'V', goals: [], activities: [] },
    attachments: [
      {
        id: 9,
        filename: 'enkat.pdf',
        content_type: 'application/pdf',
        size: 1000,
        uploaded_at: '2027-04-30T10:00:00Z',
      },
    ],
    editable: allowed_actions.includes('follow-up:report'),
    allowed_actions,
  };
}

function renderDetails(f: FollowUp) {
  mockApi({});
  return renderWithProviders(<FollowUpDetails followUp={f} />);
}

describe('FollowUpDetails: what the follow-up’s allowed_actions offer', () => {
  it('offers the review to the trainer the server lets review', async () => {
    renderDetails(followUp('submitted', ['follow-up:review']));
    expect(await screen.findByRole('button', { name: 'Godkänn' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Behöver kompletteras' })).toBeInTheDocument();
    expect(screen.queryByTestId('follow-up-submitted')).not.toBeInTheDocument();
  });

  it('offers no review to others, and says the report waits', async () => {
    renderDetails(followUp('submitted', []));
    expect(await screen.findByTestId('follow-up-submitted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ladda upp fil' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ta bort filen enkat.pdf' }),
    ).not.toBeInTheDocument();
  });

  it('gives the working group the form and the files while the server lets them report', async () => {
    renderDetails(
      followUp('pending', [
        'follow-up:report',
        'follow-up:submit',
        'follow-up:attach',
        'follow-up:remove_attachment',
      ]),
    );
    expect(await screen.findByTestId('report-form')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka in uppföljningen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda upp fil' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort filen enkat.pdf' })).toBeInTheDocument();
    expect(await screen.findByText('Högst 5 MB per fil och högst 10 filer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Godkänn' })).not.toBeInTheDocument();
  });

  it('shows a pending report read-only to those who may not report', async () => {
    renderDetails(followUp('pending', []));
    expect(await screen.findByTestId('follow-up-not-submitted')).toBeInTheDocument();
    expect(screen.queryByTestId('report-form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ladda upp fil' })).not.toBeInTheDocument();
  });

  it('says the server’s size limit for evidence files', async () => {
    mockApi({ 'GET /api/v1/settings': { ...SETTINGS, max_attachment_bytes: 8 * 1024 * 1024 } });
    renderWithProviders(<FollowUpDetails followUp={followUp('pending', ['follow-up:attach'])} />);
    expect(await screen.findByText('Högst 8 MB per fil och högst 10 filer.')).toBeInTheDocument();
  });
});
