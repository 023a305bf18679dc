import { useMutation } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { renderWithProviders } from '@/test/render';
import { useConfirmAction } from './use-confirm-action';

function Harness({
  run,
  done,
}: {
  run: (id: number) => Promise<string>;
  done: (s: string) => void;
}) {
  const [opened, setOpened] = useState(false);
  const remove = useConfirmAction(useMutation({ mutationFn: run }), () => setOpened(false));
  return (
    <>
      <button type="button" onClick={() => setOpened(true)}>
        Öppna
      </button>
      <ConfirmDialog
        opened={opened}
        title="Ta bort"
        confirmLabel="Ta bort"
        danger
        {...remove.dialogProps}
        onConfirm={() => remove.confirm(7, done)}
      >
        Säker?
      </ConfirmDialog>
    </>
  );
}

describe('useConfirmAction', () => {
  it('shows the error of the attempt, forgets it on closing, and closes after success', async () => {
    const run = vi
      .fn<(id: number) => Promise<string>>()
      .mockRejectedValueOnce(new Error('Nätverksfel'))
      .mockResolvedValueOnce('borta');
    const done = vi.fn();
    renderWithProviders(<Harness run={run} done={done} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Öppna' }));
    await user.click(await screen.findByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    const confirm = await screen.findByRole('button', { name: 'Ta bort' });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(run).toHaveBeenLastCalledWith(7, expect.anything());
    expect(done).toHaveBeenCalledWith('borta');
  });
});
