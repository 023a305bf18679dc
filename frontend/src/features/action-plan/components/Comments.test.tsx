import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/test/render';
import type { Plan, PlanComment } from '../api/types';
import { ActionPlan } from './ActionPlan';

const PLAN = {
  id: 1,
  certification_id: 4,
  status: 'draft',
  version: 2,
  content: { vision: 'V', goals: [], activities: [] },
  updated_at: '2026-03-01T10:00:00Z',
  updated_by_name: 'Anna Lind',
  editable: true,
  allowed_actions: ['plan:edit', 'plan:comment'],
} as unknown as Plan;

function comment(id: number, body: string): PlanComment {
  return {
    id,
    target: 'plan',
    target_id: null,
    author_name: 'Tina Tränare',
    author_role: 'trainer',
    body,
    created_at: `2026-03-0${id}T10:00:00Z`,
    reply_to_id: null,
    plan_version: 2,
  };
}

const COMMENTS = '/api/v1/certifications/4/plan/comments';

describe('Plan comments', () => {
  it('reads the newest page first and the next one on "Visa fler kommentarer"', async () => {
    const pagesAsked: string[] = [];
    mockApi({
      'GET /api/v1/certifications/4/plan': PLAN,
      [`GET ${COMMENTS}`]: (request: Request) => {
        const page = new URL(request.url).searchParams.get('page') ?? '';
        pagesAsked.push(page);
        return page === '1'
          ? { items: [comment(3, 'Tredje'), comment(2, 'Andra')], total: 3, page: 1, page_size: 2 }
          : { items: [comment(1, 'Första')], total: 3, page: 2, page_size: 2 };
      },
    });
    renderWithProviders(<ActionPlan certificationId={4} mode="edit" />);
    const user = userEvent.setup();

    expect(await screen.findByText('Tredje')).toBeInTheDocument();
    expect(screen.queryByText('Första')).not.toBeInTheDocument();
    expect(screen.getByTestId('more-comments')).toHaveTextContent(
      'Visar de 2 senaste av 3 kommentarer',
    );
    await user.click(screen.getByRole('button', { name: 'Visa fler kommentarer' }));
    expect(await screen.findByText('Första')).toBeInTheDocument();
    expect(screen.queryByTestId('more-comments')).not.toBeInTheDocument();
    expect(pagesAsked).toEqual(['1', '2']);
  });

  it('says how long to wait when comments come too fast, and keeps the text', async () => {
    mockApi({
      'GET /api/v1/certifications/4/plan': PLAN,
      [`GET ${COMMENTS}`]: { items: [], total: 0, page: 1, page_size: 50 },
      [`POST ${COMMENTS}`]: () =>
        json(
          { error: 'rate_limited', detail: { message: 'Too many writes', retry_after: 20 } },
          429,
        ),
    });
    renderWithProviders(<ActionPlan certificationId={4} mode="edit" />);
    const user = userEvent.setup();

    const field = await screen.findByRole('textbox', { name: /Ny kommentar om hela planen/ });
    await user.type(field, 'En till');
    await user.click(screen.getByRole('button', { name: 'Skicka kommentar' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Du har skrivit mycket på kort tid. Vänta 20 sekunder och försök igen.',
      ),
    );
    expect(field).toHaveValue('En till');
  });
});
