import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, SETTINGS } from '@/test/render';
import type { Organisation } from '../api/types';
import { MembersSection } from './MembersSection';

function member(id: number, status: 'active' | 'invited' = 'active') {
  return {
    id,
    email: `person${id}@example.se`,
    full_name: `Person ${id}`,
    role: 'member',
    organisation_id: 7,
    member_role: id === 1 ? 'lead' : 'member',
    is_active: true,
    locale: 'sv',
    last_login_at: null,
    created_at: '2025-01-01T00:00:00Z',
    status,
  };
}

const members = (n: number) =>
  Array.from({ length: n }, (_, i) => member(i + 1, i === 1 ? 'invited' : 'active'));

/** The organisation as the page has it: what matters here is what the server allows. */
const org = (allowed_actions: Organisation['allowed_actions']) => ({ id: 7, allowed_actions });
const lead = org(['organisation:update', 'members:invite', 'members:remove']);

describe('MembersSection', () => {
  it('warns when the working group has fewer than the server’s minimum', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(2) });
    renderWithProviders(<MembersSection organisation={lead} />);

    expect(await screen.findByText('Arbetsgruppen bör ha minst 3 medlemmar.')).toBeInTheDocument();
    const table = screen.getByTestId('members-table');
    expect(within(table).getByText('Inbjuden')).toBeInTheDocument();
    expect(within(table).getByText('Ansvarig')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bjud in medlem' })).toBeEnabled();
  });

  it('disables the invitation at the server’s maximum and does not warn', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(8) });
    renderWithProviders(<MembersSection organisation={lead} />);

    expect(await screen.findByText(/Arbetsgruppen är full/)).toBeInTheDocument();
    expect(screen.queryByText(/bör ha minst 3/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bjud in medlem' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /E-postadress/ })).toBeDisabled();
  });

  it('takes the limits from the server’s settings', async () => {
    mockApi({
      'GET /api/v1/organisations/7/members': members(8),
      'GET /api/v1/settings': { ...SETTINGS, working_group_min: 4, working_group_max: 10 },
    });
    renderWithProviders(<MembersSection organisation={lead} />);

    expect(await screen.findByText('8 av högst 10 medlemmar')).toBeInTheDocument();
    expect(screen.queryByText(/Arbetsgruppen är full/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bjud in medlem' })).toBeEnabled();
  });

  it('warns below the server’s minimum, whatever it is', async () => {
    mockApi({
      'GET /api/v1/organisations/7/members': members(3),
      'GET /api/v1/settings': { ...SETTINGS, working_group_min: 4 },
    });
    renderWithProviders(<MembersSection organisation={lead} />);

    expect(await screen.findByText('Arbetsgruppen bör ha minst 4 medlemmar.')).toBeInTheDocument();
  });

  it('offers neither invite nor remove when allowed_actions has neither', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(3) });
    renderWithProviders(<MembersSection organisation={org([])} />);

    expect(await screen.findByTestId('members-table')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bjud in/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument();
  });

  it('offers each of invite and remove by its own action', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(3) });
    const { unmount } = renderWithProviders(
      <MembersSection organisation={org(['members:invite'])} />,
    );
    expect(await screen.findByRole('button', { name: 'Bjud in medlem' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<MembersSection organisation={org(['members:remove'])} />);
    expect(await screen.findAllByRole('button', { name: /Ta bort/ })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Bjud in medlem' })).not.toBeInTheDocument();
  });
});
