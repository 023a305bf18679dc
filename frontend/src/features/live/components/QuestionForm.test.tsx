import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { QuestionForm } from './QuestionForm';

describe('QuestionForm: a room exercise on a day of two moments', () => {
  it('offers the day’s moments, the first by default, and none for evaluation questions', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <QuestionForm
        withPurpose
        withMoment
        moments={[2, 3]}
        submitLabel="Lägg till fråga"
        busy={false}
        error={null}
        onSubmit={onSubmit}
      />,
    );
    const user = userEvent.setup();
    const moment = await screen.findByRole('combobox', { name: 'Moment' });
    expect(
      within(moment)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Moment 2', 'Moment 3']);
    expect(moment).toHaveValue('2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Frågetyp' }), 'word_cloud');
    await user.type(screen.getByRole('textbox', { name: /Fråga/ }), 'Ett ord om dagen?');
    await user.selectOptions(moment, '3');
    await user.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      kind: 'word_cloud',
      purpose: 'exercise',
      moment: 3,
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Används som' }), 'evaluation');
    expect(screen.queryByRole('combobox', { name: 'Moment' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lägg till fråga' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]?.[0]).toMatchObject({ purpose: 'evaluation', moment: null });
  });
});
