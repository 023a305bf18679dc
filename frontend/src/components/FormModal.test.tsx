import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { FormModal } from './FormModal';

function Harness({ reset }: { reset: () => void }) {
  const [name, setName] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setName('Anna')}>
        Öppna
      </button>
      <FormModal item={name} title="Ändra" mutation={{ reset }} onClose={() => setName(null)}>
        {(n, close) => (
          <button type="button" onClick={close}>
            Avbryt {n}
          </button>
        )}
      </FormModal>
    </>
  );
}

describe('FormModal', () => {
  it('is open while there is an item and resets the mutation however it closes', async () => {
    const reset = vi.fn();
    renderWithProviders(<Harness reset={reset} />);
    const user = userEvent.setup();
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Öppna' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra' });
    await user.click(screen.getByRole('button', { name: 'Avbryt Anna' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(reset).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    await screen.findByRole('dialog', { name: 'Ändra' });
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(reset).toHaveBeenCalledTimes(2);
  });
});
