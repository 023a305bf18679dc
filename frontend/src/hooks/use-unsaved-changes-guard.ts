import { useBlocker } from '@tanstack/react-router';

/** What `UnsavedChangesDialog` needs: whether a navigation waits, and the two ways on. */
export interface UnsavedChangesGuard {
  /** A navigation within the app waits for the person's answer. */
  blocked: boolean;
  /** Stay on the page: the navigation is dropped. */
  stay: () => void;
  /** Leave anyway: the navigation goes on and the changes are lost. */
  leave: () => void;
}

/**
 * Warns before leaving with unsaved changes, while `dirty`: a navigation within the app (another
 * page or tab) waits for `UnsavedChangesDialog`, and closing or reloading the window gets the
 * browser's own question (beforeunload), which is the only one a page may ask then.
 */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const blocker = useBlocker({
    shouldBlockFn: () => true,
    disabled: !dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });
  return {
    blocked: blocker.status === 'blocked',
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
  };
}
