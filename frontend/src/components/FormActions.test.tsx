import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { FormActions } from './FormActions';

describe('FormActions', () => {
  it('cancels, and submits the form with "Spara" or its own label', async () => {
    const onCancel = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    renderWithProviders(
      <form onSubmit={onSubmit}>
        <FormActions onCancel={onCancel} />
      </form>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('names the submission when asked', async () => {
    renderWithProviders(<FormActions onCancel={() => {}} submitLabel="Återkalla" danger />);
    expect(await screen.findByRole('button', { name: 'Återkalla' })).toHaveAttribute(
      'type',
      'submit',
    );
  });
});
