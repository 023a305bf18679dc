import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
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

describe('MembersSection', () => {
  it('warns when the working group has fewer than 3 members', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(2) });
    renderWithProviders(<MembersSection organisationId={7} canInvite canRemove />);

    expect(await screen.findByText('Arbetsgruppen bör ha minst 3 medlemmar.')).toBeInTheDocument();
    const table = screen.getByTestId('members-table');
    expect(within(table).getByText('Inbjuden')).toBeInTheDocument();
    expect(within(table).getByText('Ansvarig')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bjud in medlem' })).toBeEnabled();
  });

  it('disables the invitation at 8 members and does not warn', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(8) });
    renderWithProviders(<MembersSection organisationId={7} canInvite canRemove />);

    expect(await screen.findByText(/Arbetsgruppen är full/)).toBeInTheDocument();
    expect(screen.queryByText(/bör ha minst 3/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bjud in medlem' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /E-postadress/ })).toBeDisabled();
  });

  it('offers neither invite nor remove to those who may not', async () => {
    mockApi({ 'GET /api/v1/organisations/7/members': members(3) });
    renderWithProviders(<MembersSection organisationId={7} canInvite={false} canRemove={false} />);

    expect(await screen.findByTestId('members-table')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bjud in/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).not.toBeInTheDocument();
  });
});
