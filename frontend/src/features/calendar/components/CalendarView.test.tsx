import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import { CalendarView } from './CalendarView';

const events = [
  {
    kind: 'review',
    id: 3,
    date: '2029-08-30',
    title: 'Omcertifieringsgranskning',
    detail: null,
    certification_id: 7,
    organisation_name: 'Alingsås kommun',
    status: 'planned',
  },
  {
    kind: 'training-day',
    id: 9,
    date: '2029-09-03',
    title: 'Utbildning, moment 2',
    detail: '2',
    certification_id: 8,
    organisation_name: 'Alingsås kommun',
    status: 'planned',
  },
];

describe('CalendarView', () => {
  it('moves through days and months with the keyboard and lists the month beside the grid', async () => {
    const asked: string[] = [];
    mockApi({
      'GET /api/v1/calendar/events': (request: Request) => {
        const url = new URL(request.url);
        asked.push(`${url.searchParams.get('from')}..${url.searchParams.get('to')}`);
        return events;
      },
    });
    renderWithProviders(<CalendarView initialDate="2029-08-29" />);

    expect(await screen.findByRole('heading', { name: 'Kalender: augusti 2029' })).toBeVisible();
    // The whole grid is fetched: Monday 30 July to Sunday 2 September.
    await waitFor(() => expect(asked).toContain('2029-07-30..2029-09-02'));
    const grid = screen.getByRole('grid', { name: 'Kalender: augusti 2029' });
    const start = within(grid).getByRole('gridcell', { name: '29 augusti 2029, 0 händelser' });
    expect(start).toHaveAttribute('tabindex', '0');
    const list = await screen.findByTestId('calendar-list');
    expect(within(list).getAllByRole('row')).toHaveLength(2); // header + the review
    expect(list).toHaveTextContent('Omcertifieringsgranskning');
    expect(list).not.toHaveTextContent('Utbildningsdag');

    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    const review = within(grid).getByRole('gridcell', { name: '30 augusti 2029, 1 händelse' });
    await waitFor(() => expect(review).toHaveFocus());
    expect(review).toHaveAttribute('tabindex', '0');
    expect(start).toHaveAttribute('tabindex', '-1');
    fireEvent.keyDown(review, { key: 'Enter' });
    expect(review).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('calendar-day')).toHaveTextContent(
      'Omcertifieringsgranskning: Alingsås kommun',
    );

    fireEvent.keyDown(review, { key: 'PageDown' });
    expect(await screen.findByRole('heading', { name: 'Kalender: september 2029' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('gridcell', { name: /^30 september 2029/ })).toHaveFocus(),
    );
    expect(await screen.findByTestId('calendar-list')).toHaveTextContent(
      'Utbildningsdag, moment 2',
    );
  });
});
