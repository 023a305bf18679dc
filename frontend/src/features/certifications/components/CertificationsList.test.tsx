import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import type { Certification } from '../api/types';
import { CertificationsList } from './CertificationsList';
import { PreviousCycleLink } from './PreviousCycleLink';

const cycle = (id: number, n: number, previous: number | null) =>
  ({
    id,
    organisation_id: 7,
    organisation_name: 'Alingsås kommun',
    status: 'certified',
    stage: 'certified',
    trainers: [],
    group_size: null,
    scope: '',
    opened_at: '2026-03-01T09:00:00Z',
    version: 1,
    moments_held: [1, 2, 3],
    plan_status: 'approved',
    certificate_id: id,
    certificate_number: `JAM-${id}`,
    cycle: n,
    previous_certification_id: previous,
    allowed_actions: [],
  }) as Certification;

describe('cycles of a certification', () => {
  it('names the cycle in the list after the first', async () => {
    mockApi({
      'GET /api/v1/certifications': {
        items: [cycle(9, 2, 4), cycle(4, 1, null)],
        total: 2,
        page: 1,
        page_size: 25,
      },
    });
    renderWithProviders(<CertificationsList page={1} onChange={() => {}} />);
    const table = await screen.findByTestId('certifications-table');
    const links = await within(table).findAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Alingsås kommun, omgång 2',
      'Alingsås kommun',
    ]);
  });

  it('leads from a later cycle to the previous one', async () => {
    renderWithProviders(<PreviousCycleLink certification={cycle(9, 2, 4)} />);
    expect(
      await screen.findByRole('link', { name: 'Till föregående omgång (omgång 1)' }),
    ).toHaveAttribute('href', '/certifications/4');
  });
});
