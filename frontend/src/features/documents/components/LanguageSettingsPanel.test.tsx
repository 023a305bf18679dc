import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { LanguageSettings } from '../api/types';
import { LanguageSettingsPanel } from './LanguageSettingsPanel';

const GROUPS = {
  sex: { sv: 'Kön', en: 'Sex' },
  age: { sv: 'Ålder', en: 'Age' },
  us_and_them: { sv: 'Vi och dom', en: 'Us and them' },
};

function settingsOf(extra: Partial<LanguageSettings> = {}): LanguageSettings {
  return {
    organisation_id: 2,
    non_binary: false,
    disabled_groups: ['us_and_them'],
    accepted_terms: [
      {
        id: 40,
        term: 'ombudsman',
        reason: 'Titel i kollektivavtalet',
        created_at: '2026-02-01T10:00:00Z',
      },
    ],
    groups: GROUPS,
    allowed_actions: ['manage_settings'],
    ...extra,
  };
}

describe('LanguageSettingsPanel', () => {
  it('is read-only without manage_settings, with the ground names from the server', async () => {
    mockApi({
      'GET /api/v1/organisations/2/language-settings': settingsOf({ allowed_actions: [] }),
    });
    renderWithProviders(<LanguageSettingsPanel organisationId={2} />);
    const readOnly = await screen.findByTestId('settings-read-only');
    expect(readOnly).toHaveTextContent('Avstängda regelgrupper: Vi och dom');
    expect(readOnly).toHaveTextContent('Av');
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lägg till godkänd term' })).toBeNull();
    expect(screen.getByTestId('accepted-terms')).toHaveTextContent(
      'ombudsmanTitel i kollektivavtalet',
    );
  });

  it('saves the non-binary setting and the groups turned off', async () => {
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/organisations/2/language-settings': settingsOf(),
      'PUT /api/v1/organisations/2/language-settings': async (request: Request) => {
        const body = await request.json();
        sent.push(body);
        return settingsOf(body);
      },
    });
    renderWithProviders(<LanguageSettingsPanel organisationId={2} />);
    const user = userEvent.setup();
    const save = await screen.findByRole('button', { name: 'Spara inställningarna' });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole('switch', { name: /Icke-binärt språk/ }));
    const groups = screen.getByRole('group', { name: 'Avstängda regelgrupper' });
    expect(within(groups).getByRole('checkbox', { name: 'Vi och dom' })).toBeChecked();
    await user.click(within(groups).getByRole('checkbox', { name: 'Ålder' }));
    await user.click(save);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ non_binary: true, disabled_groups: ['age', 'us_and_them'] });
  });

  it('adds an accepted term with its reason, and says when it is already there', async () => {
    const sent: unknown[] = [];
    let answer: Response | null = null;
    mockApi({
      'GET /api/v1/organisations/2/language-settings': settingsOf(),
      'POST /api/v1/organisations/2/accepted-terms': async (request: Request) => {
        sent.push(await request.json());
        return (
          answer ??
          json(
            { id: 41, term: 'brandman', reason: 'Kollektivavtal', created_at: '2026-03-01' },
            201,
          )
        );
      },
    });
    renderWithProviders(<LanguageSettingsPanel organisationId={2} />);
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Lägg till godkänd term' });
    await user.click(add);
    expect(screen.getByText('Skriv termen.')).toBeVisible();
    expect(screen.getByText('Skriv skälet.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Term' }), 'brandman');
    await user.type(screen.getByRole('textbox', { name: /^Skäl/ }), 'Kollektivavtal');
    await user.click(add);
    await waitFor(() => expect(sent).toEqual([{ term: 'brandman', reason: 'Kollektivavtal' }]));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Term' })).toHaveValue(''));

    answer = json({ error: 'term_already_accepted', detail: null }, 409);
    await user.type(screen.getByRole('textbox', { name: 'Term' }), 'ombudsman');
    await user.type(screen.getByRole('textbox', { name: /^Skäl/ }), 'Igen');
    await user.click(add);
    expect(await screen.findByText('Organisationen har redan godkänt termen.')).toBeVisible();
  });

  it('removes a term after confirming', async () => {
    const removed: string[] = [];
    mockApi({
      'GET /api/v1/organisations/2/language-settings': settingsOf(),
      'DELETE /api/v1/accepted-terms/40': (request: Request) => {
        removed.push(request.url);
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<LanguageSettingsPanel organisationId={2} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ta bort ”ombudsman”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort godkänd term' });
    expect(dialog).toHaveTextContent('”ombudsman” flaggas igen');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(removed).toHaveLength(1));
  });
});
