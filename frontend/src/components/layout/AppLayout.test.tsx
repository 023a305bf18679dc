import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/auth';
import { mockApi, renderWithProviders } from '@/test/render';
import { AppLayout } from './AppLayout';

function me(role: User['role'], allowed_actions: User['allowed_actions']): User {
  return {
    id: 1,
    email: 'alva@example.se',
    full_name: 'Alva Admin',
    role,
    organisation_id: null,
    member_role: null,
    is_active: true,
    locale: 'sv',
    notify_by_mail: true,
    last_login_at: null,
    created_at: '2025-01-01T00:00:00Z',
    status: 'active',
    allowed_actions,
  };
}

async function menu(user: User) {
  mockApi({ 'GET /api/v1/users/me': user });
  renderWithProviders(<AppLayout />);
  const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('AppLayout: the menu is what GET /users/me allows', () => {
  it('shows an admin’s items in order, each by its global action', async () => {
    expect(
      await menu(
        me('admin', [
          'organisation:create',
          'users:manage',
          'certification:open',
          'agenda-templates:view',
          'agenda-templates:manage',
          'question-bank:view',
          'question-bank:manage',
          'evaluations:view',
          'recertification:view',
          'outbox:manage',
          'audit:read',
        ]),
      ),
    ).toEqual([
      'Verksamheter',
      'Certifieringar',
      'Granskning',
      'Utvärderingar',
      'Mallar för agenda',
      'Frågebank',
      'Användare',
      'E-postkö',
      'Min profil',
    ]);
  });

  it('leaves out what the server does not list', async () => {
    expect(await menu(me('admin', ['evaluations:view']))).toEqual([
      'Verksamheter',
      'Certifieringar',
      'Utvärderingar',
      'Min profil',
    ]);
  });

  it('puts "Granskning" first for auditors, when they may see it', async () => {
    expect(await menu(me('auditor', ['recertification:view', 'evaluations:view']))).toEqual([
      'Granskning',
      'Verksamheter',
      'Certifieringar',
      'Utvärderingar',
      'Min profil',
    ]);
  });

  it('gives trainers their overview by dashboard:view', async () => {
    expect(await menu(me('trainer', ['dashboard:view', 'evaluations:view']))).toEqual([
      'Översikt',
      'Certifieringar',
      'Verksamheter',
      'Utvärderingar',
      'Min profil',
    ]);
  });
});
