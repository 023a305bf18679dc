import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { certificate } from '@/test/certificate';
import { mockApi, renderWithProviders } from '@/test/render';
import type { RecertItem } from '../api/types';
import { RecertificationLists } from './RecertificationLists';

function item(
  id: number,
  name: string,
  allowed_actions: RecertItem['allowed_actions'],
): RecertItem {
  return {
    certificate: certificate({
      id,
      certification_id: 10 + id,
      organisation_id: 20 + id,
      organisation_name: name,
      number: `JAM-2026-000${id}`,
    }),
    organisation_id: 20 + id,
    organisation_name: name,
    window_opens_on: '2028-12-01',
    review: null,
    allowed_actions,
  };
}

describe('RecertificationLists: booking a review as each certificate’s allowed_actions say', () => {
  it('offers booking only where the server lists review:book', async () => {
    const items = [item(1, 'Alingsås kommun', ['review:book']), item(2, 'Borås stad', [])];
    mockApi({
      'GET /api/v1/recertification/certificates': (request: Request) => {
        const window = new URL(request.url).searchParams.get('window');
        const listed = window === 'open' ? items : [];
        return { items: listed, total: listed.length, page: 1, page_size: 100 };
      },
    });
    renderWithProviders(<RecertificationLists canChooseAuditor={false} onScheduled={() => {}} />);
    expect(
      await screen.findByRole('button', { name: 'Planera granskning av Alingsås kommun' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Borås stad/ })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Planera granskning av Borås stad' }),
    ).not.toBeInTheDocument();
  });
});
