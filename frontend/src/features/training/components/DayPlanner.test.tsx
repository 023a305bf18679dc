import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders, SETTINGS } from '@/test/render';
import type { TrainingDay } from '../api/types';
import { DayPlanner } from './DayPlanner';

type DayActions = TrainingDay['allowed_actions'];
/** What the server lets an admin or the day's trainer do: a planned day moves, a held one keeps
 * its live room, a cancelled one offers nothing. */
const MANAGER: DayActions = [
  'training-day:reschedule',
  'training-day:mark_held',
  'training-day:cancel',
  'training-day:open_room',
];
const ACTIONS: Record<string, DayActions> = {
  planned: MANAGER,
  held: ['training-day:open_room'],
  cancelled: [],
};

const day = (
  id: number,
  date: string,
  moments: number[],
  status = 'planned',
  allowed_actions: DayActions = ACTIONS[status] ?? [],
) => ({
  id,
  certification_id: 4,
  date,
  moments,
  length: moments.length === 2 ? 'full' : 'half',
  status,
  participant_count: status === 'held' ? 20 : null,
  location: '',
  notes: '',
  cancel_reason: null,
  version: 1,
  allowed_actions,
});

describe('DayPlanner', () => {
  it('offers only the combinations still possible and shows the gap warning after saving', async () => {
    let days = [day(1, '2026-03-02', [1, 2], 'held')];
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/training-days': () => days,
      'POST /api/v1/certifications/4/training-days': async (request: Request) => {
        const body = JSON.parse(await request.text());
        sent.push(body);
        days = [...days, day(2, body.date, body.moments)];
        return json(
          {
            day: days[1],
            warnings: [
              { code: 'reflection_gap_short', days: 10, recommended: 14, other_date: '2026-03-02' },
            ],
          },
          201,
        );
      },
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan groupSize={20} />);
    const user = userEvent.setup();

    const select = await screen.findByRole('combobox', { name: /Moment och längd/ });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Välj moment …', 'Moment 3 (halvdag)']);

    await user.type(screen.getByLabelText(/Datum/), '2026-03-12');
    await user.selectOptions(select, 'Moment 3 (halvdag)');
    await user.click(screen.getByRole('button', { name: 'Planera utbildningsdagen' }));

    await waitFor(() =>
      expect(sent).toEqual([{ date: '2026-03-12', moments: [3], location: '', notes: '' }]),
    );
    const warning = await screen.findByTestId('training-warnings');
    expect(warning).toHaveTextContent(
      'Bara 10 dagar till närmaste utbildningsdag; rekommenderat är minst 14 dagar.',
    );
    expect(warning).toHaveTextContent('2 mars 2026');
    expect(await screen.findByTestId('all-moments-planned')).toBeInTheDocument();
  });

  it('is read-only for those who may not plan', async () => {
    mockApi({
      'GET /api/v1/certifications/4/training-days': [day(1, '2026-03-02', [1], 'planned', [])],
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan={false} />);
    expect(await screen.findByTestId('training-days-table')).toHaveTextContent('Moment 1');
    expect(screen.queryByRole('button', { name: /Planera/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ställ in/ })).not.toBeInTheDocument();
  });

  it('changes a planned day’s place and notes, sending only those with the version', async () => {
    let days = [day(1, '2026-04-14', [1, 2])];
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/training-days': () => days,
      'PATCH /api/v1/training-days/1': async (request: Request) => {
        const body = JSON.parse(await request.text());
        sent.push(body);
        days = [{ ...(days[0] as ReturnType<typeof day>), ...body, version: 2 }];
        return { day: days[0], warnings: [] };
      },
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ändra: 14 april 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra utbildningsdagen' });
    expect(within(dialog).getByLabelText(/Datum/)).toHaveValue('2026-04-14');
    await user.type(within(dialog).getByRole('textbox', { name: 'Plats' }), 'Kulturhuset');
    await user.type(within(dialog).getByRole('textbox', { name: 'Anteckningar' }), 'Sal B');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    await waitFor(() =>
      expect(sent).toEqual([{ version: 1, location: 'Kulturhuset', notes: 'Sal B' }]),
    );
    const row = await screen.findByRole('row', { name: /^14 april 2026 / });
    await waitFor(() => expect(row).toHaveTextContent('Kulturhuset'));
    expect(row).toHaveTextContent('Sal B');
  });

  it('cancels a day with an optional reason', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/certifications/4/training-days': [day(1, '2026-04-14', [3])],
      'POST /api/v1/training-days/1/cancel': async (request: Request) => {
        sent.push(JSON.parse(await request.text()));
        return day(1, '2026-04-14', [3], 'cancelled');
      },
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ställ in: 14 april 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ställ in utbildningsdagen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Anledning (valfritt)' }), 'Sjuk');
    await user.click(within(dialog).getByRole('button', { name: 'Ställ in dagen' }));
    await waitFor(() => expect(sent).toEqual([{ reason: 'Sjuk' }]));
  });

  it('offers each day’s actions as its allowed_actions say', async () => {
    mockApi({
      'GET /api/v1/certifications/4/training-days': [
        day(1, '2026-03-02', [1], 'held'),
        day(2, '2026-03-20', [2], 'planned', ['training-day:reschedule']),
        day(3, '2026-04-14', [3], 'planned', ['training-day:mark_held', 'training-day:cancel']),
      ],
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan />);

    expect(await screen.findByRole('button', { name: 'Ändra: 20 mars 2026' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ställ in: 20 mars 2026' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ställ in: 14 april 2026' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ändra: 14 april 2026' })).toBeNull();
    // Marking held is offered from the day's date on (these dates are past).
    expect(
      screen.getByRole('button', { name: 'Markera som genomförd: 14 april 2026' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /: 2 mars 2026$/ })).toBeNull();
  });

  it('offers a day’s live room by training-day:open_room', async () => {
    mockApi({
      'GET /api/v1/certifications/4/training-days': [
        day(1, '2026-03-02', [1], 'held'),
        day(2, '2026-03-20', [2], 'cancelled'),
        day(3, '2026-04-14', [3], 'planned', ['training-day:cancel']),
      ],
    });
    renderWithProviders(
      <DayPlanner
        certificationId={4}
        canPlan
        liveRoom={(d) => <span data-testid={`room-${d.id}`}>Liverum</span>}
      />,
    );
    expect(await screen.findByTestId('room-1')).toBeInTheDocument();
    expect(screen.queryByTestId('room-2')).toBeNull();
    expect(screen.queryByTestId('room-3')).toBeNull();
  });

  it('does not offer marking a day held before its date', async () => {
    mockApi({
      'GET /api/v1/certifications/4/training-days': [day(1, '2999-03-02', [1])],
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan />);
    expect(await screen.findByRole('button', { name: 'Ändra: 2 mars 2999' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Markera som genomförd/ })).toBeNull();
  });

  it('offers the moment combinations the server’s settings allow', async () => {
    mockApi({
      'GET /api/v1/certifications/4/training-days': [],
      // A server that holds the moments only as half days.
      'GET /api/v1/settings': {
        ...SETTINGS,
        day_moments: [[1], [2], [3]],
        moment_combinations: [[[1], [2], [3]]],
      },
    });
    renderWithProviders(<DayPlanner certificationId={4} canPlan />);
    const select = await screen.findByRole('combobox', { name: /Moment och längd/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Välj moment …', 'Moment 1 (halvdag)', 'Moment 2 (halvdag)', 'Moment 3 (halvdag)']);
  });
});
