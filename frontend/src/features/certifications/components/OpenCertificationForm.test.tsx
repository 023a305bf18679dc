import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import { OpenCertificationForm } from './OpenCertificationForm';

const organisation = (id: number, name: string) => ({ id, name });

describe('OpenCertificationForm', () => {
  it('finds the organisation by typing part of its name', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/organisations': {
        items: [
          organisation(1, 'Alingsås kommun'),
          organisation(2, 'Föreningen Lika Villkor'),
          organisation(3, 'Region Norr'),
        ],
        total: 3,
        page: 1,
        page_size: 100,
      },
      'GET /api/v1/users': {
        items: [
          {
            id: 5,
            email: 'tove@example.se',
            full_name: 'Tove Utbildare',
            role: 'trainer',
            status: 'active',
          },
        ],
        total: 1,
        page: 1,
        page_size: 100,
      },
      'POST /api/v1/certifications': async (request: Request) => {
        sent.push(JSON.parse(await request.text()));
        return json({ id: 8 }, 201);
      },
    });
    const onCreated = vi.fn();
    renderWithProviders(<OpenCertificationForm onCreated={onCreated} onCancel={() => {}} />);
    const user = userEvent.setup();

    const field = await screen.findByRole('combobox', { name: /Verksamhet/ });
    await user.type(field, 'lika');
    // The list is filtered (jsdom never ends the dropdown's transition, hence `hidden`).
    await waitFor(() =>
      expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual([
        'Föreningen Lika Villkor',
      ]),
    );
    await user.keyboard('{ArrowDown}{Enter}');
    expect(field).toHaveValue('Föreningen Lika Villkor');
    await user.click(await screen.findByRole('checkbox', { name: /Tove Utbildare/ }));
    await user.click(screen.getByRole('button', { name: 'Öppna certifiering' }));

    await waitFor(() =>
      expect(sent).toEqual([{ organisation_id: 2, trainer_ids: [5], group_size: null, scope: '' }]),
    );
    expect(onCreated).toHaveBeenCalled();
  });
});
