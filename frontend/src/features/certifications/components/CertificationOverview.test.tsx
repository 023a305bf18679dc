import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import type { Certification } from '../api/types';
import { CertificationOverview } from './CertificationOverview';

const certification = {
  id: 4,
  organisation_id: 7,
  organisation_name: 'Alingsås kommun',
  status: 'open',
  stage: 'training',
  trainers: [{ id: 2, full_name: 'Tove Utbildare' }],
  group_size: 20,
  scope: 'Hela förvaltningen',
  opened_at: '2026-03-01T09:00:00Z',
  version: 3,
  moments_held: [1, 2],
  plan_status: 'draft',
  certificate_id: null,
  certificate_number: null,
  // An admin's: change the assignment, cancel.
  allowed_actions: ['certification:update', 'certification:cancel'],
} as Certification;

const trainer = (id: number, name: string, status = 'active') => ({
  id,
  email: `${name.split(' ')[0]?.toLowerCase()}@example.se`,
  full_name: name,
  role: 'trainer',
  organisation_id: null,
  member_role: null,
  is_active: status !== 'deactivated',
  locale: 'sv',
  last_login_at: null,
  created_at: '2025-01-01T00:00:00Z',
  status,
});

describe('CertificationOverview', () => {
  it('lets an admin assign another trainer, sending the version it edited', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/events': [
        {
          at: '2026-03-01T09:00:00Z',
          actor_name: 'Alva Admin',
          from_status: null,
          to_status: 'open',
          reason: null,
        },
      ],
      'GET /api/v1/users': {
        items: [
          trainer(2, 'Tove Utbildare'),
          trainer(5, 'Ulf Utbildare'),
          trainer(6, 'Gammal Utbildare', 'deactivated'),
        ],
        total: 3,
        page: 1,
        page_size: 100,
      },
      'PATCH /api/v1/certifications/4': async (request: Request) => {
        const body = JSON.parse(await request.text());
        sent.push(body);
        return {
          ...certification,
          version: 4,
          trainers: [
            { id: 2, full_name: 'Tove Utbildare' },
            { id: 5, full_name: 'Ulf Utbildare' },
          ],
        };
      },
    });
    renderWithProviders(
      <CertificationOverview certification={certification} showOrganisationLink={false} />,
    );
    const user = userEvent.setup();

    expect(await screen.findByTestId('cert-trainers')).toHaveTextContent('Tove Utbildare');
    expect(await screen.findByTestId('status-history')).toHaveTextContent('Öppen');
    expect(screen.getByText('Moment 1, 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ändra utbildare och uppgifter' }));
    const ulf = await screen.findByRole('checkbox', { name: /Ulf Utbildare/ });
    expect(screen.getByRole('checkbox', { name: /Tove Utbildare/ })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Gammal Utbildare/ })).not.toBeInTheDocument();
    await user.click(ulf);
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() =>
      expect(sent).toEqual([
        { version: 3, trainer_ids: [2, 5], group_size: 20, scope: 'Hela förvaltningen' },
      ]),
    );
  });

  it('requires at least one trainer', async () => {
    mockApi({
      'GET /api/v1/certifications/4/events': [],
      'GET /api/v1/users': {
        items: [trainer(2, 'Tove Utbildare')],
        total: 1,
        page: 1,
        page_size: 100,
      },
    });
    renderWithProviders(
      <CertificationOverview certification={certification} showOrganisationLink={false} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ändra utbildare och uppgifter' }));
    await user.click(await screen.findByRole('checkbox', { name: /Tove Utbildare/ }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Välj minst en utbildare')).toBeInTheDocument();
  });

  it('lets an admin cancel with a reason, which is required', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/events': [],
      'POST /api/v1/certifications/4/cancel': async (request: Request) => {
        sent.push(JSON.parse(await request.text()));
        return { ...certification, status: 'cancelled', stage: 'cancelled' };
      },
    });
    renderWithProviders(
      <CertificationOverview certification={certification} showOrganisationLink={false} />,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Avbryt certifieringen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avbryt certifieringen' });
    expect(dialog).toHaveTextContent('Vill du avbryta certifieringen av Alingsås kommun?');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt certifieringen' }));
    expect(
      await within(dialog).findByText('Skriv varför certifieringen avbryts'),
    ).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(
      within(dialog).getByRole('textbox', { name: /Anledning/ }),
      '  Avtalet är uppsagt. ',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt certifieringen' }));
    await waitFor(() => expect(sent).toEqual([{ reason: 'Avtalet är uppsagt.' }]));
  });

  it('offers each change only when allowed_actions has it', async () => {
    mockApi({ 'GET /api/v1/certifications/4/events': [] });
    // Certified: the server no longer lists cancelling (the status is not compared here).
    const { unmount } = renderWithProviders(
      <CertificationOverview
        certification={{ ...certification, allowed_actions: ['certification:update'] }}
        showOrganisationLink={false}
      />,
    );
    await screen.findByTestId('cert-trainers');
    expect(screen.getByRole('button', { name: 'Ändra utbildare och uppgifter' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Avbryt certifieringen' })).toBeNull();
    unmount();

    renderWithProviders(
      <CertificationOverview
        certification={{ ...certification, allowed_actions: ['training:plan', 'live:run'] }}
        showOrganisationLink
      />,
    );
    await screen.findByTestId('cert-trainers');
    expect(screen.queryByRole('button', { name: 'Avbryt certifieringen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra utbildare och uppgifter' })).toBeNull();
  });
});
