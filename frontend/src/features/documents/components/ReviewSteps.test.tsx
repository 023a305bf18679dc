import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/render';
import { setup } from './review-test-setup';
import { FINDINGS, versionOf } from './test-data';

afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('DocumentReview: finishing and reopening the review', () => {
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
