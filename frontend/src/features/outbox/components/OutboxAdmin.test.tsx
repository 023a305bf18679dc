import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { OutboxAdmin } from './OutboxAdmin';

const failed = {
  id: 3,
  to_address: 'borta@example.se',
  to_name: 'Berit Borta',
  subject: 'Välkommen till Jämlik',
  status: 'failed',
  attempts: 1,
  created_at: '2026-03-02T09:00:00Z',
  last_attempt_at: '2026-03-02T09:00:00Z',
  next_attempt_at: null,
  failed_at: '2026-03-02T09:00:00Z',
  last_error: 'Recipient refused: 550 5.1.1 No such user',
};
const pending = {
  ...failed,
  id: 2,
  to_address: 'snart@example.se',
  to_name: null,
  status: 'pending',
  next_attempt_at: '2026-03-02T09:01:00Z',
  failed_at: null,
  last_error: 'SMTPServerDisconnected: Connection lost',
};

const page = (items: object[]) => ({ items, total: items.length, page: 1, page_size: 25 });

describe('OutboxAdmin', () => {
  it('shows unsent mail with its reason and offers to send a failed one again', async () => {
    let retried = false;
    const fetch = mockApi({
      'GET /api/v1/outbox-messages': () =>
        page(
          retried ? [{ ...failed, status: 'pending', attempts: 0 }, pending] : [failed, pending],
        ),
      'POST /api/v1/outbox-messages/3/retry': () => {
        retried = true;
        return { ...failed, status: 'pending', attempts: 0, failed_at: null };
      },
    });
    renderWithProviders(<OutboxAdmin />);

    const table = await screen.findByTestId('outbox-table');
    const bad = within(table).getByRole('row', { name: /borta@example\.se/ });
    expect(within(bad).getByText('Misslyckad')).toBeInTheDocument();
    expect(within(bad).getByText('Recipient refused: 550 5.1.1 No such user')).toBeInTheDocument();
    expect(within(bad).getByText('Berit Borta')).toBeInTheDocument();
    const waiting = within(table).getByRole('row', { name: /snart@example\.se/ });
    expect(within(waiting).getByText('Väntar')).toBeInTheDocument();
    expect(within(waiting).getByText(/^Nästa försök/)).toBeInTheDocument();
    // Only a failed message can be sent again.
    expect(within(waiting).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(
      within(bad).getByRole('button', { name: 'Skicka igen till borta@example.se' }),
    );
    expect(await within(table).findAllByText('Väntar')).toHaveLength(2);
    const posts = fetch.mock.calls.filter(([request]) => request.method === 'POST');
    expect(posts).toHaveLength(1);
  });

  it('filters by status and says when nothing is waiting', async () => {
    const fetch = mockApi({
      'GET /api/v1/outbox-messages': (request: Request) =>
        new URL(request.url).searchParams.get('status') === 'failed' ? page([]) : page([pending]),
    });
    renderWithProviders(<OutboxAdmin />);

    await screen.findByTestId('outbox-table');
    await userEvent.selectOptions(screen.getByLabelText('Visa'), 'failed');
    expect(await screen.findByText('Inga misslyckade meddelanden.')).toBeInTheDocument();
    const urls = fetch.mock.calls.map(([request]) => new URL(request.url).search);
    expect(urls.some((search) => search.includes('status=failed'))).toBe(true);
  });
});
