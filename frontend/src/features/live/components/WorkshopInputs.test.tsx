import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { ExerciseCandidate } from '../api/types';
import { WorkshopInputs } from './WorkshopInputs';

const candidate = (id: number, over: Partial<ExerciseCandidate> = {}): ExerciseCandidate => ({
  question_id: id,
  prompt: `Övning ${id}`,
  kind: 'scale',
  moment: 2,
  date: '2026-03-02',
  answer_count: 6,
  min_answers: 5,
  attachable: true,
  attached: false,
  ...over,
});

const session = { id: 9, date: '2026-04-01' };

async function openDialog() {
  const user = userEvent.setup();
  await user.click(
    await screen.findByRole('button', { name: /^Bifoga övningsresultat till workshopen/ }),
  );
  return { user, dialog: await screen.findByRole('dialog', { name: 'Bifoga övningsresultat' }) };
}

describe('WorkshopInputs: attaching', () => {
  it('lists the candidates with one request; those that cannot be taken say why', async () => {
    const sent: unknown[] = [];
    const fetch = mockApi({
      'GET /api/v1/working-sessions/9/exercise-results': [],
      'GET /api/v1/working-sessions/9/exercise-candidates': [
        candidate(1),
        candidate(2, { answer_count: 3, attachable: false }),
        candidate(3, { attached: true }),
      ],
      'POST /api/v1/working-sessions/9/exercise-results': async (request: Request) => {
        sent.push(JSON.parse(await request.text()));
        return json({}, 201);
      },
    });
    renderWithProviders(<WorkshopInputs certificationId={4} session={session} canManage />);
    const { user, dialog } = await openDialog();

    const ok = await within(dialog).findByRole('radio', { name: 'Övning 1' });
    const few = within(dialog).getByRole('radio', { name: 'Övning 2' });
    const attached = within(dialog).getByRole('radio', { name: 'Övning 3' });
    expect(ok).toBeEnabled();
    expect(few).toBeDisabled();
    expect(attached).toBeDisabled();
    await waitFor(() =>
      expect(few).toHaveAccessibleDescription(
        'Skala 1–5 · moment 2 · 2 mars 2026 · 3 svar, minst 5 behövs',
      ),
    );
    expect(attached).toHaveAccessibleDescription(/redan bifogad till workshopen$/);
    expect(ok).toHaveAccessibleDescription(/ · 6 svar$/);

    await user.click(ok);
    await user.click(within(dialog).getByRole('button', { name: 'Bifoga' }));
    await waitFor(() => expect(sent).toEqual([{ question_id: 1 }]));
    // Nothing else was read: the candidates (with their k) are one request.
    const paths = fetch.mock.calls.map(([r]) => new URL((r as Request).url).pathname);
    expect(
      paths.filter((p) => p.startsWith('/api/v1/') && !p.includes('/working-sessions/9/')),
    ).toEqual([]);
  });

  it('says when nothing can be attached', async () => {
    mockApi({
      'GET /api/v1/working-sessions/9/exercise-results': [],
      'GET /api/v1/working-sessions/9/exercise-candidates': [candidate(3, { attached: true })],
    });
    renderWithProviders(<WorkshopInputs certificationId={4} session={session} canManage />);
    const { dialog } = await openDialog();
    expect(await within(dialog).findByTestId('nothing-available')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Bifoga' })).toBeNull();
  });

  it('words a refusal with the k the server gives', async () => {
    mockApi({
      'GET /api/v1/working-sessions/9/exercise-results': [],
      'GET /api/v1/working-sessions/9/exercise-candidates': [candidate(1)],
      'POST /api/v1/working-sessions/9/exercise-results': () =>
        json({ error: 'too_few_answers', detail: { message: 'x', min_answers: 7 } }, 409),
    });
    renderWithProviders(<WorkshopInputs certificationId={4} session={session} canManage />);
    const { user, dialog } = await openDialog();
    await user.click(await within(dialog).findByRole('radio', { name: 'Övning 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Bifoga' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('minst 7 svar');
  });
});
