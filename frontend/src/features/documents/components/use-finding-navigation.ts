import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFinding } from '../api/types';
import type { FormKind } from './FindingItem';

const isEditable = (element: Element | null) =>
  !!element &&
  (element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element as HTMLElement).isContentEditable);

/**
 * Moving through a version's findings: the current one (its marks outlined in the text, its item
 * focused), the decision form open on one, and the keys: j/k or ↓/↑ move, a and d open the
 * accept and dismiss forms. A click on a flagged word makes its finding current.
 */
export function useFindingNavigation({
  findings,
  byId,
  view,
  canReview,
  resetDecision,
}: {
  /** In text order. */
  findings: readonly DocumentFinding[];
  byId: ReadonlyMap<number, DocumentFinding>;
  /** The laid-out text: when it changes, the marks are drawn anew. */
  view: unknown;
  canReview: boolean;
  /** Forgets the last decision's error when a form opens or closes. */
  resetDecision: () => void;
}) {
  const [currentId, setCurrentId] = useState<number | null>(null);
  const [form, setForm] = useState<{ id: number; kind: FormKind } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const items = useRef(new Map<number, HTMLDivElement>());

  // The current finding's marks are outlined (set here, so the text is not drawn again).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks are redrawn with `view`
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    for (const mark of text.querySelectorAll('mark[data-current]')) {
      mark.removeAttribute('data-current');
    }
    if (currentId === null) return;
    for (const mark of text.querySelectorAll(`[data-findings~="${currentId}"]`)) {
      mark.setAttribute('data-current', '');
    }
  }, [currentId, view]);

  /** Makes a finding current: its item takes focus and the text scrolls to its mark. */
  const goTo = useCallback((finding: DocumentFinding | undefined) => {
    if (!finding) return;
    setCurrentId(finding.id);
    const mark = textRef.current?.querySelector(`[data-findings~="${finding.id}"]`);
    mark?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    items.current.get(finding.id)?.focus();
  }, []);

  const move = useCallback(
    (step: 1 | -1) => {
      if (findings.length === 0) return;
      const at = findings.findIndex((f) => f.id === currentId);
      const next =
        at === -1
          ? step === 1
            ? 0
            : findings.length - 1
          : Math.min(findings.length - 1, Math.max(0, at + step));
      setForm(null);
      goTo(findings[next]);
    },
    [findings, currentId, goTo],
  );

  const openForm = useCallback(
    (id: number, kind: FormKind) => {
      const f = byId.get(id);
      if (f?.status !== 'open' || !canReview) return;
      resetDecision();
      setCurrentId(id);
      setForm({ id, kind });
    },
    [byId, canReview, resetDecision],
  );

  const closeForm = useCallback(() => {
    const id = form?.id;
    setForm(null);
    resetDecision();
    if (id !== undefined) items.current.get(id)?.focus();
  }, [form, resetDecision]);

  // j/k or ↓/↑ move between findings, a and d open the decision forms. The keys work while focus
  // is in the review or around it (the body, `main`), never while typing; the arrows only inside
  // the review, so the page still scrolls with them elsewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as Element | null;
      if (isEditable(target) || target?.closest('[role="dialog"]')) return;
      const root = rootRef.current;
      if (!root || !target) return;
      const inside = root.contains(target);
      // Focus on the page around the review (the body, or `main` after navigating) counts too.
      if (!inside && !target.contains(root)) return;
      const key = event.key;
      // A focused scrolling pane keeps its arrows for scrolling.
      const arrows = inside && target.getAttribute('role') !== 'region';
      if (key === 'j' || (key === 'ArrowDown' && arrows)) move(1);
      else if (key === 'k' || (key === 'ArrowUp' && arrows)) move(-1);
      else if ((key === 'a' || key === 'd') && currentId !== null && canReview) {
        openForm(currentId, key === 'a' ? 'accept' : 'dismiss');
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [move, openForm, currentId, canReview]);

  /**
   * After a decision on a finding: the form closes, and the next finding still open after it (or
   * the first before it) becomes current; after reopening, the finding's item takes focus again.
   */
  const decided = useCallback(
    (finding: DocumentFinding, decision: 'accept' | 'dismiss' | 'reopen') => {
      setForm(null);
      if (decision === 'reopen') {
        items.current.get(finding.id)?.focus();
        return;
      }
      const at = findings.findIndex((f) => f.id === finding.id);
      const after = [...findings.slice(at + 1), ...findings.slice(0, at)];
      goTo(after.find((f) => f.status === 'open') ?? finding);
    },
    [findings, goTo],
  );

  /** Each finding's item, kept by id to focus it. */
  const itemRef = useCallback(
    (id: number) => (element: HTMLDivElement | null) => {
      if (element) items.current.set(id, element);
      else items.current.delete(id);
    },
    [],
  );

  // A click on a flagged word makes its finding current (not the end of a drag selection).
  useEffect(() => {
    const text = textRef.current;
    if (!text) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed) return;
      const mark = (event.target as Element).closest<HTMLElement>('[data-findings]');
      const id = Number(mark?.dataset.findings?.split(' ')[0]);
      if (id) goTo(byId.get(id));
    };
    text.addEventListener('click', onClick);
    return () => text.removeEventListener('click', onClick);
  }, [byId, goTo]);

  return {
    currentId,
    setCurrentId,
    /** The decision form open, on which finding. */
    form,
    openForm,
    closeForm,
    decided,
    /** The review's root: the keys work while focus is in it or around it. */
    rootRef,
    /** The text pane, where the marks are. */
    textRef,
    itemRef,
  };
}
