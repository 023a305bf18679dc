import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import { SessionsSection } from './SessionsSection';

const session = (version: number, notes: string) => ({
  id: 9,
  certification_id: 4,
  kind: 'workshop',
  date: '2026-05-05',
  notes,
  version,
});

describe('SessionsSection: changing a session', () => {
  it('saves the changed notes with the version it was based on', async () => {
    let current = session(1, 'Första workshopen.');
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/sessions': () => [current],
      'PATCH /api/v1/sessions/9': async (request: Request) => {
        const body = JSON.parse(await request.text());
        sent.push(body);
        current = { ...current, ...body, version: 2 };
        return current;
      },
    });
    renderWithProviders(<SessionsSection certificationId={4} canManage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ändra Workshop 5 maj 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra workshopen' });
    const notes = within(dialog).getByRole('textbox', { name: 'Anteckningar' });
    expect(notes).toHaveValue('Första workshopen.');
    await user.clear(notes);
    await user.type(notes, 'Vi går igenom målen.');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(sent).toEqual([{ version: 1, notes: 'Vi går igenom målen.' }]));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByTestId('sessions-table')).toHaveTextContent('Vi går igenom målen.');
  });

  it('says so on a version conflict and shows what is saved now', async () => {
    let current = session(1, 'Första workshopen.');
    mockApi({
      'GET /api/v1/certifications/4/sessions': () => [current],
      'PATCH /api/v1/sessions/9': () => {
        // Someone else saved first.
        current = session(2, 'Ändrad av en kollega.');
        return json({ error: 'version_conflict', detail: { message: 'x', current } }, 409);
      },
    });
    renderWithProviders(<SessionsSection certificationId={4} canManage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ändra Workshop 5 maj 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra workshopen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Anteckningar' }), ' Mer.');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    expect(await within(dialog).findByTestId('edit-conflict')).toHaveTextContent(
      'Någon annan har ändrat tillfället under tiden',
    );
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Anteckningar' })).toHaveValue(
        'Ändrad av en kollega.',
      ),
    );
    expect(dialog).toBeInTheDocument();
  });
});
