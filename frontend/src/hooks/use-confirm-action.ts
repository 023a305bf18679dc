import type { UseMutationResult } from '@tanstack/react-query';

/**
 * The mutation behind a `ConfirmDialog` (remove, cancel, end …): `dialogProps` gives the dialog
 * its busy state, the last attempt's error and a closing that resets the mutation first, so that
 * the dialog never opens again on an old error; `confirm(variables, done)` runs the mutation and,
 * once it succeeded, calls `done` (a notification, say) and closes the same way.
 *
 *   const remove = useConfirmAction(useDeleteSession(id), onClose);
 *   <ConfirmDialog {...remove.dialogProps} onConfirm={() => remove.confirm(session.id, notifyIt)} …>
 */
export function useConfirmAction<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
  onClose: () => void,
) {
  const close = () => {
    mutation.reset();
    onClose();
  };
  return {
    close,
    dialogProps: { busy: mutation.isPending, error: mutation.error, onClose: close },
    confirm: (variables: TVariables, done?: (data: TData) => void) =>
      mutation.mutate(variables, {
        onSuccess: (data) => {
          done?.(data);
          close();
        },
      }),
  };
}
