import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ConfirmDialog } from './ConfirmDialog';

function Harness({ onConfirm, required }: { onConfirm: (r: string) => void; required?: boolean }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpened(true)}>
        Öppna
      </button>
      <ConfirmDialog
        opened={opened}
        title="Ställ in"
        confirmLabel="Ställ in dagen"
        reason={{ label: 'Anledning', required, requiredMessage: 'Skriv en anledning' }}
        onClose={() => setOpened(false)}
        onConfirm={onConfirm}
      >
        Säker?
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('hands over the trimmed reason; a required one is asked for first', async () => {
    const onConfirm = vi.fn();
    renderWithProviders(<Harness onConfirm={onConfirm} required />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Öppna' }));
    await user.click(await screen.findByRole('button', { name: 'Ställ in dagen' }));
    expect(await screen.findByText('Skriv en anledning')).toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: /Anledning/ }), '  Sjukdom ');
    await user.click(screen.getByRole('button', { name: 'Ställ in dagen' }));
    expect(onConfirm).toHaveBeenCalledWith('Sjukdom');
  });

  it('starts empty each time it opens', async () => {
    const onConfirm = vi.fn();
    renderWithProviders(<Harness onConfirm={onConfirm} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Öppna' }));
    await user.type(await screen.findByRole('textbox', { name: 'Anledning' }), 'Glömt');
    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    expect(await screen.findByRole('textbox', { name: 'Anledning' })).toHaveValue('');
    // Optional: confirming without a reason hands over an empty one.
    await user.click(screen.getByRole('button', { name: 'Ställ in dagen' }));
    expect(onConfirm).toHaveBeenCalledWith('');
  });
});
