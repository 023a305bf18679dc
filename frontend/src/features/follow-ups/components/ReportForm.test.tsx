import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { FollowUp, FollowUpReport } from '../api/types';
import { ReportForm } from './ReportForm';

const plan: FollowUp['plan'] = {
  vision: 'V',
  goals: [
    {
      id: 'g1',
      title: 'Fler kvinnliga chefer',
      indicator: 'Andel kvinnor bland chefer',
      unit: '%',
      baseline: 31,
      target: 50,
      deadline: '2027-06-30',
      responsible: 'HR',
      grounds: ['sex'],
    },
  ],
  activities: [
    {
      id: 'a1',
      description: 'Mentorsprogram',
      responsible: '',
      start_date: null,
      due_date: null,
      status: 'in_progress',
      goal_ids: ['g1'],
    },
  ],
};

/** What the server lets the working group do with a report that is theirs to write. */
const GROUP_ACTIONS: FollowUp['allowed_actions'] = [
  'follow-up:report',
  'follow-up:submit',
  'follow-up:attach',
  'follow-up:remove_attachment',
];

function followUp(
  version: number,
  report: Partial<FollowUpReport> = {},
  allowed_actions = GROUP_ACTIONS,
): FollowUp {
  return {
    id: 5,
    certification_id: 4,
    organisation_name: 'Alingsås kommun',
    kind: 'six_months',
    due_on: '2027-05-23',
    status: 'pending',
    overdue: false,
    submitted_at: null,
    reviewed_at: null,
    version,
    report: { summary: '', goals: [], activities: [], ...report },
    review_comment: null,
    plan,
    attachments: [],
    editable: true,
    allowed_actions,
  };
}

async function bodyOf(request: Request) {
  return JSON.parse(await request.clone().text());
}

describe('ReportForm', () => {
  it('shows each goal with baseline → target and the five-step scale, and saves the report', async () => {
    const sent: { version: number; report: FollowUpReport }[] = [];
    mockApi({
      'PUT /api/v1/follow-ups/5/report': async (request: Request) => {
        const body = await bodyOf(request);
        sent.push(body);
        return followUp(body.version + 1, body.report);
      },
    });
    renderWithProviders(<ReportForm followUp={followUp(2)} />);
    const user = userEvent.setup();

    const goal = await screen.findByRole('group', { name: 'Mål ”Fler kvinnliga chefer”' });
    expect(within(goal).getByTestId('baseline-target')).toHaveTextContent('31 % → 50 %');
    const scale = within(goal).getByRole('radiogroup', { name: /Bedömning/ });
    const radios = within(scale).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      'I stor utsträckning',
      'I viss utsträckning',
      'I liten utsträckning',
      'Inte alls',
      'Vet ej',
    ]);
    expect(radios.map((r) => r.value)).toEqual([
      'large_extent',
      'some_extent',
      'small_extent',
      'not_at_all',
      'dont_know',
    ]);
    expect(screen.getByRole('button', { name: 'Spara utkast' })).toBeDisabled();

    await user.type(within(goal).getByRole('textbox', { name: 'Nuvarande värde' }), '38,5');
    await user.click(within(scale).getByRole('radio', { name: 'I viss utsträckning' }));
    await user.type(within(goal).getByRole('textbox', { name: 'Kommentar' }), 'På väg');
    const activity = screen.getByRole('group', { name: 'Aktivitet ”Mentorsprogram”' });
    expect(within(activity).getByRole('combobox', { name: 'Status' })).toHaveValue('in_progress');
    await user.selectOptions(within(activity).getByRole('combobox', { name: 'Status' }), 'done');
    await user.type(screen.getByRole('textbox', { name: /Sammanfattning/ }), 'Bra år');
    expect(screen.getByTestId('report-dirty')).toHaveTextContent('inte är sparade');

    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      version: 2,
      report: {
        summary: 'Bra år',
        goals: [
          { goal_id: 'g1', current_value: 38.5, assessment: 'some_extent', comment: 'På väg' },
        ],
        activities: [{ activity_id: 'a1', status: 'done', comment: '' }],
      },
    });
    expect(await screen.findByText('Alla ändringar är sparade.')).toBeInTheDocument();
  });

  it('reloads with a message when someone else saved first (409 version_conflict)', async () => {
    const theirs = followUp(4, {
      summary: 'Deras sammanfattning',
      goals: [{ goal_id: 'g1', current_value: 40, assessment: 'large_extent', comment: '' }],
    });
    mockApi({
      'PUT /api/v1/follow-ups/5/report': () =>
        json({ error: 'version_conflict', detail: { version: 4, status: 'pending' } }, 409),
      'GET /api/v1/follow-ups/5': theirs,
    });
    renderWithProviders(<ReportForm followUp={followUp(3)} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Sammanfattning/ }), 'Min text');
    await user.click(screen.getByRole('button', { name: 'Spara utkast' }));

    expect(await screen.findByTestId('report-reloaded')).toHaveTextContent(
      'Den senaste versionen är inläst',
    );
    expect(screen.getByRole('textbox', { name: /Sammanfattning/ })).toHaveValue(
      'Deras sammanfattning',
    );
    const goal = screen.getByRole('group', { name: 'Mål ”Fler kvinnliga chefer”' });
    expect(within(goal).getByRole('radio', { name: 'I stor utsträckning' })).toBeChecked();
    expect(screen.getByTestId('report-dirty')).toHaveTextContent('Alla ändringar är sparade.');
  });

  it('saves unsaved changes first, then submits with the new version', async () => {
    const calls: string[] = [];
    mockApi({
      'PUT /api/v1/follow-ups/5/report': async (request: Request) => {
        const body = await bodyOf(request);
        calls.push(`save ${body.version}`);
        return followUp(body.version + 1, body.report);
      },
      'POST /api/v1/follow-ups/5/submit': async (request: Request) => {
        const body = await bodyOf(request);
        calls.push(`submit ${body.version}`);
        return {
          ...followUp(body.version + 1, {}, []),
          status: 'submitted',
          editable: false,
        };
      },
    });
    renderWithProviders(<ReportForm followUp={followUp(6)} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Sammanfattning/ }), 'Klart');
    await user.click(screen.getByRole('button', { name: 'Skicka in uppföljningen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skicka in uppföljningen' });
    // The goal without an assessment is pointed out before submitting.
    expect(within(dialog).getByText('Mål ”Fler kvinnliga chefer”')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Skicka in' }));
    await waitFor(() => expect(calls).toEqual(['save 6', 'submit 7']));
  });

  it('offers submitting only when allowed_actions has follow-up:submit', async () => {
    mockApi({});
    renderWithProviders(
      <ReportForm followUp={followUp(2, {}, ['follow-up:report', 'follow-up:attach'])} />,
    );
    expect(await screen.findByRole('button', { name: 'Spara utkast' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Skicka in uppföljningen' }),
    ).not.toBeInTheDocument();
  });

  it('underlines findings of the inclusive-language checker in the comments and the summary', async () => {
    const texts: string[] = [];
    mockApi({
      'POST /api/v1/language/check': async (request: Request) => {
        const { text } = await bodyOf(request);
        texts.push(text);
        const at = (text as string).indexOf('handikappade');
        if (at === -1) return { findings: [] };
        const start = Array.from(text.slice(0, at)).length;
        return {
          findings: [
            {
              rule_id: 'disability.handikapp',
              ground: 'disability',
              severity: 'avoid',
              start,
              end: start + 'handikappade'.length,
              text: 'handikappade',
              term: 'handikappad',
              suggestions: ['personer med funktionsnedsättning'],
              advice: [],
              explanation: 'Handikapp är ett föråldrat ord.',
              source: 'MFD',
            },
          ],
        };
      },
    });
    renderWithProviders(
      <ReportForm
        followUp={followUp(2, {
          summary: '🙂 Fler handikappade anställda',
          goals: [
            { goal_id: 'g1', current_value: null, assessment: null, comment: 'handikappade' },
          ],
          activities: [{ activity_id: 'a1', status: 'done', comment: 'Inga handikappade' }],
        })}
      />,
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('language-backdrop')).toHaveLength(3));
    const summary = screen.getByRole('textbox', { name: /Sammanfattning/ });
    await user.click(summary);
    await user.click(screen.getByRole('button', { name: 'personer med funktionsnedsättning' }));
    expect(summary).toHaveValue('🙂 Fler personer med funktionsnedsättning anställda');
    expect(screen.getByTestId('report-dirty')).toHaveTextContent('inte är sparade');
    expect(texts).not.toContain('');
  });
});
