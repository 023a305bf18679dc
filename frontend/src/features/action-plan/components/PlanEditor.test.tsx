import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { Plan, PlanContent } from '../api/types';
import { PlanEditor } from './PlanEditor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function plan(version: number, content: Partial<PlanContent>, extra: Partial<Plan> = {}): Plan {
  return {
    id: 1,
    certification_id: 4,
    status: 'draft',
    version,
    content: { vision: '', goals: [], activities: [], ...content },
    updated_at: '2026-03-01T10:00:00Z',
    updated_by_name: 'Anna Lind',
    editable: true,
    ...extra,
  } as Plan;
}

function renderEditor(p: Plan) {
  return renderWithProviders(
    <PlanEditor certificationId={4} plan={p} comments={[]} canEdit canSubmit canComment />,
  );
}

async function bodyOf(request: Request) {
  return JSON.parse(await request.clone().text());
}

describe('PlanEditor: goals', () => {
  it('adds goals with client-made UUIDs, removes one, and saves {base_version, content}', async () => {
    const sent: unknown[] = [];
    mockApi({
      'PUT /api/v1/certifications/4/plan': async (request: Request) => {
        const body = await bodyOf(request);
        sent.push(body);
        return plan(8, body.content);
      },
    });
    renderEditor(plan(7, { vision: 'Alla ska kunna höras.' }));
    const user = userEvent.setup();

    expect(await screen.findByText('Inga mål ännu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till mål' }));
    const first = screen.getByRole('group', { name: 'Mål 1' });
    const second = screen.getByRole('group', { name: 'Mål 2' });
    await user.type(within(first).getByRole('textbox', { name: /Rubrik/ }), 'Fler sökande');
    await user.type(within(second).getByRole('textbox', { name: /Rubrik/ }), 'Tas bort');
    expect(within(first).getByTestId('goal-missing')).toHaveTextContent(
      'Behövs innan planen kan godkännas: utgångsvärde, målvärde, slutdatum.',
    );

    await user.click(within(second).getByRole('button', { name: 'Ta bort mål 2' }));
    expect(screen.queryByRole('group', { name: 'Mål 2' })).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-dirty')).toHaveTextContent(
      'Du har ändringar som inte är sparade.',
    );

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const body = sent[0] as { base_version: number; content: PlanContent };
    expect(body.base_version).toBe(7);
    expect(body.content.vision).toBe('Alla ska kunna höras.');
    expect(body.content.goals).toHaveLength(1);
    expect(body.content.goals[0]).toMatchObject({ title: 'Fler sökande', baseline: null });
    expect(body.content.goals[0]?.id).toMatch(UUID);
    expect(await screen.findByText('Alla ändringar är sparade.')).toBeInTheDocument();
  });

  it('is read-only with an explanation while the plan is submitted', async () => {
    mockApi({});
    renderEditor(plan(3, { vision: 'V' }, { status: 'submitted', editable: false }));
    expect(await screen.findByTestId('plan-locked')).toHaveTextContent('Planen är låst');
    expect(screen.queryByRole('button', { name: 'Spara' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lägg till mål' })).not.toBeInTheDocument();
  });
});

describe('PlanEditor: version conflict', () => {
  const goal = {
    id: '7d0c2f4e-0000-4000-8000-000000000001',
    title: 'Fler sökande',
    indicator: 'Andel sökande',
    unit: '%',
    baseline: 10,
    target: 20,
    deadline: '2027-06-30',
    responsible: 'HR',
    grounds: [],
  };
  const current = plan(
    4,
    { vision: 'Deras vision', goals: [{ ...goal, target: 25 }] },
    {
      updated_by_name: 'Erik Berg',
    },
  );
  const merged: PlanContent = {
    vision: 'Deras vision',
    goals: [{ ...goal, target: 25 }],
    activities: [],
  };
  const conflict = {
    error: 'version_conflict',
    detail: {
      message: 'newer',
      current,
      merged,
      conflicts: [
        { path: 'vision', base: 'Gammal', mine: 'Min vision', theirs: 'Deras vision' },
        { path: `goals/${goal.id}/target`, base: 20, mine: 30, theirs: 25 },
      ],
    },
  };

  it('lists the conflicts (yours vs theirs) and saves the merge on the current version', async () => {
    const sent: { base_version: number; content: PlanContent }[] = [];
    mockApi({
      'PUT /api/v1/certifications/4/plan': async (request: Request) => {
        const body = await bodyOf(request);
        sent.push(body);
        return sent.length === 1 ? json(conflict, 409) : plan(5, body.content);
      },
    });
    renderEditor(plan(3, { vision: 'Gammal', goals: [goal] }));
    const user = userEvent.setup();

    const vision = await screen.findByRole('textbox', { name: /Vision/ });
    await user.clear(vision);
    await user.type(vision, 'Min vision');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const dialog = await screen.findByRole('dialog', { name: 'Planen har ändrats av någon annan' });
    expect(dialog).toHaveTextContent('Erik Berg har sparat planen medan du redigerade.');
    const items = within(dialog).getAllByTestId('conflict');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Vision');
    expect(items[0]).toHaveTextContent('Din ändringMin vision');
    expect(items[0]).toHaveTextContent('Deras ändringDeras vision');
    expect(items[1]).toHaveTextContent('Mål ”Fler sökande” – målvärde');
    expect(items[1]).toHaveTextContent('Din ändring30');
    expect(items[1]).toHaveTextContent('Deras ändring25');

    await user.click(within(dialog).getByRole('button', { name: 'Använd sammanslagning' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ base_version: 4, content: merged });
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: /ändrats av någon annan/ }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('textbox', { name: /Vision/ })).toHaveValue('Deras vision');
    expect(screen.getByText(/Version 5/)).toBeInTheDocument();
  });

  it('reloads the current plan and throws my changes away', async () => {
    const fetch = mockApi({
      'PUT /api/v1/certifications/4/plan': () => json(conflict, 409),
    });
    renderEditor(plan(3, { vision: 'Gammal', goals: [goal] }));
    const user = userEvent.setup();

    const vision = await screen.findByRole('textbox', { name: /Vision/ });
    await user.clear(vision);
    await user.type(vision, 'Min vision');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const dialog = await screen.findByRole('dialog', { name: 'Planen har ändrats av någon annan' });

    await user.click(
      within(dialog).getByRole('button', { name: 'Ladda om (släng mina ändringar)' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Vision/ })).toHaveValue('Deras vision');
    expect(screen.getByTestId('plan-dirty')).toHaveTextContent('Alla ändringar är sparade.');
    // Only the save: the plan is not read again (the language checks of the fields aside).
    const calls = fetch.mock.calls.map(([request]) => new URL(request.url).pathname);
    expect(calls.filter((path) => path !== '/api/v1/language/check')).toEqual([
      '/api/v1/certifications/4/plan',
    ]);
  });
});

describe('PlanEditor: leaving with unsaved changes', () => {
  it('asks before navigating away and stays when asked to', async () => {
    mockApi({});
    const { router } = renderEditor(plan(2, { vision: 'Gammal' }));
    const user = userEvent.setup();
    const vision = await screen.findByRole('textbox', { name: /Vision/ });
    await user.type(vision, ' och ny');

    void router.navigate({ to: '/', search: { tab: 'history' } as never });
    const dialog = await screen.findByRole('dialog', { name: 'Osparade ändringar' });
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Vision/ })).toHaveValue('Gammal och ny');
    expect(router.state.location.search).toEqual({});
  });
});

describe('PlanEditor: inclusive language', () => {
  /** The API's answer: every "brandman", offsets in code points. */
  async function check(request: Request) {
    const { text } = await bodyOf(request);
    const findings = [...(text as string).matchAll(/brandman/g)].map((m) => {
      const start = Array.from(text.slice(0, m.index)).length;
      return {
        rule_id: 'sex.man-compound',
        ground: 'sex',
        severity: 'consider',
        start,
        end: start + 8,
        text: 'brandman',
        term: 'man',
        suggestions: ['brandperson'],
        advice: [],
        explanation: 'Yrkesord på -man utgår från en man.',
        source: 'Språkrådet',
      };
    });
    return { findings };
  }

  it('underlines findings in every free-text field and applies a suggestion to the draft', async () => {
    const sent: { content: PlanContent }[] = [];
    mockApi({
      'POST /api/v1/language/check': check,
      'PUT /api/v1/certifications/4/plan': async (request: Request) => {
        const body = await bodyOf(request);
        sent.push(body);
        return plan(3, body.content);
      },
    });
    const goal = {
      id: '7d0c2f4e-0000-4000-8000-000000000002',
      title: '🔥 Fler som vill bli brandman',
      indicator: 'Andel sökande brandman',
      unit: 'brandman',
      baseline: null,
      target: null,
      deadline: null,
      responsible: 'Ansvarig brandman',
      grounds: [],
    };
    const activity = {
      id: '7d0c2f4e-0000-4000-8000-000000000003',
      description: 'Visa en brandman på jobbet',
      responsible: 'brandman',
      start_date: null,
      due_date: null,
      status: 'planned',
      goal_ids: [],
    };
    renderEditor(
      plan(2, { vision: 'Varje brandman', goals: [goal], activities: [activity] } as never),
    );
    const user = userEvent.setup();

    // Vision, the goal's title, indicator, unit and responsible, the activity's two texts.
    await waitFor(() => expect(screen.getAllByTestId('language-backdrop')).toHaveLength(7));
    const group = screen.getByRole('group', { name: 'Mål 1' });
    const title = within(group).getByRole('textbox', { name: /Rubrik/ });
    await user.click(title);
    const finding = within(group).getAllByTestId('language-finding')[0] as HTMLElement;
    await user.click(within(finding).getByRole('button', { name: 'brandperson' }));
    expect(title).toHaveValue('🔥 Fler som vill bli brandperson');
    expect(screen.getByTestId('plan-dirty')).toHaveTextContent('inte är sparade');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.content.goals[0]?.title).toBe('🔥 Fler som vill bli brandperson');
    expect(sent[0]?.content.goals[0]?.indicator).toBe('Andel sökande brandman');
  });
});
