import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { renderWithProviders } from '@/test/render';
import { ApprovalReasons, approvalReasonsOf } from './ApprovalReasons';
import { addGoal, emptyContent, newGoal } from './plan-model';

describe('approval refusal', () => {
  it('reads the reasons of a 409 approval_preconditions_failed only', () => {
    const reasons = [{ code: 'no_goals' }];
    const refused = new ApiError(409, 'approval_preconditions_failed', { message: 'x', reasons });
    expect(approvalReasonsOf(refused)).toEqual(reasons);
    expect(approvalReasonsOf(new ApiError(409, 'version_conflict', {}))).toBeNull();
    expect(approvalReasonsOf(new Error('x'))).toBeNull();
    const odd = new ApiError(409, 'approval_preconditions_failed', {
      message: 'x',
      reasons: [{ code: 'moments_not_held', missing: [3, null], count: '2' }, { missing: [1] }],
    });
    expect(approvalReasonsOf(odd)).toEqual([{ code: 'moments_not_held', missing: [3] }]);
    expect(approvalReasonsOf(new ApiError(409, 'approval_preconditions_failed', null))).toEqual([]);
  });

  it('explains each reason in Swedish', async () => {
    const content = addGoal(emptyContent(), { ...newGoal('g1'), title: 'Fler sökande' });
    renderWithProviders(
      <ApprovalReasons
        content={content}
        reasons={[
          { code: 'moments_not_held', missing: [3] },
          { code: 'working_group_size', count: 2, min: 3, max: 8 },
          { code: 'goal_incomplete', goal_id: 'g1', missing: ['baseline', 'deadline'] },
          { code: 'no_goals' },
          { code: 'vision_missing' },
          { code: 'something_new' },
        ]}
      />,
    );
    const alert = await screen.findByTestId('approval-refused');
    expect(alert).toHaveTextContent('Planen kan inte godkännas ännu');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Alla moment är inte genomförda: moment 3 saknas.',
      'Arbetsgruppen har 2 medlemmar; den ska ha 3–8.',
      'Mål ”Fler sökande” saknar utgångsvärde, slutdatum.',
      'Planen har inga mätbara mål.',
      'Planen saknar en vision.',
      'Ett villkor för godkännande är inte uppfyllt (something_new).',
    ]);
  });
});
