import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { Organisation } from '../api/types';
import { OrganisationDetails } from './OrganisationDetails';

const org: Organisation = {
  id: 7,
  name: 'Alingsås kommun',
  org_number: '212000-1512',
  sector: 'municipality',
  contact_name: 'Anna Lind',
  contact_email: 'anna.lind@demo.jamlik.se',
  contact_phone: null,
  member_count: 3,
  version: 4,
  created_at: '2025-01-01T00:00:00Z',
  allowed_actions: ['organisation:update', 'members:invite', 'members:remove'],
} as Organisation;

describe('OrganisationDetails', () => {
  it('sends the version it edited and offers a reload on a version conflict', async () => {
    const current = { ...org, name: 'Alingsås kommun (ny)', version: 5 };
    const fetch = mockApi({
      'PATCH /api/v1/organisations/7': () =>
        json({ error: 'version_conflict', detail: { message: 'newer', current } }, 409),
    });
    renderWithProviders(<OrganisationDetails organisation={org} />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera' }));
    const name = screen.getByRole('textbox', { name: /^Namn/ });
    await user.clear(name);
    await user.type(name, 'Mitt namn');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Någon annan har sparat en nyare version')).toBeInTheDocument();
    const request = fetch.mock.calls[0]?.[0] as Request;
    const sent = (await request.json()) as { version: number };
    expect(sent.version).toBe(4);

    await user.click(screen.getByRole('button', { name: 'Ladda om' }));
    expect(screen.getByRole('textbox', { name: /^Namn/ })).toHaveValue('Alingsås kommun (ny)');
    expect(screen.queryByText('Någon annan har sparat en nyare version')).not.toBeInTheDocument();
  });

  it('offers the edit button only when allowed_actions has organisation:update', async () => {
    const readOnly: Organisation = {
      ...org,
      allowed_actions: ['members:invite', 'members:remove'],
    };
    renderWithProviders(<OrganisationDetails organisation={readOnly} />);
    expect(await screen.findByText('212000-1512')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redigera' })).not.toBeInTheDocument();
  });
});
