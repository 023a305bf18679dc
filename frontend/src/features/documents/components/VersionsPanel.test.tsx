import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { DOCUMENT, FINDINGS } from './test-data';
import { VersionsPanel } from './VersionsPanel';

const v1 = DOCUMENT.versions[0] as (typeof DOCUMENT.versions)[number];
const THREE = {
  ...DOCUMENT,
  current_version: 3,
  versions: [
    { ...v1, status: 'superseded' as const },
    { ...v1, id: 8, number: 2, status: 'superseded' as const },
    { ...v1, id: 9, number: 3, counts: { ...v1.counts, resolved: 2 } },
  ],
};

describe('VersionsPanel', () => {
  it('lists the versions and compares two of them: resolved, new and remaining', async () => {
    const asked: string[] = [];
    mockApi({
      'GET /api/v1/documents/3': THREE,
      'GET /api/v1/documents/3/compare': (request: Request) => {
        const q = new URL(request.url).searchParams;
        asked.push(`${q.get('from_version')}→${q.get('to_version')}`);
        const [brandman, ung, toalett] = FINDINGS;
        return {
          from_version: Number(q.get('from_version')),
          to_version: Number(q.get('to_version')),
          resolved: [brandman, ung],
          new: [],
          remaining: [{ ...toalett, status: 'accepted', carried: true }],
        };
      },
    });
    renderWithProviders(<VersionsPanel certificationId={5} documentId={3} versionId={9} />);
    const user = userEvent.setup();
    const table = await screen.findByTestId('versions-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Version 3 (visas)');
    expect(
      within(rows[1] as HTMLElement).getByRole('link', { name: 'Öppna version 2' }),
    ).toBeVisible();

    const compare = screen.getByTestId('compare');
    expect(within(compare).getByRole('combobox', { name: 'Från version' })).toHaveValue('2');
    expect(within(compare).getByRole('combobox', { name: 'Till version' })).toHaveValue('3');
    expect(await within(compare).findByRole('heading', { name: 'Lösta (2)' })).toBeVisible();
    expect(within(compare).getByRole('heading', { name: 'Nya (0)' })).toBeVisible();
    expect(within(compare).getByRole('heading', { name: 'Kvarstår (1)' })).toBeVisible();
    expect(within(compare).getByTestId('compare-resolved')).toHaveTextContent(
      '”brandman” – Överväg, Kön',
    );
    expect(within(compare).getByTestId('compare-remaining')).toHaveTextContent(
      '”Handikapptoaletten” – Undvik, Funktionsnedsättning, godtaget',
    );

    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Från version' }), '1');
    await waitFor(() => expect(asked).toEqual(['2→3', '1→3']));
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Till version' }), '1');
    expect(within(compare).getByText('Välj två olika versioner.')).toBeVisible();
  });
});
