import { Button, VisuallyHidden } from '@mantine/core';
import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageCheck } from '@/hooks/use-language-check';
import { applyReplacement, type Mark, segments } from '@/lib/language-check';
import classes from './LanguageCheckedField.module.css';
import { LanguageFinding } from './LanguageFinding';
import { syncBackdrop } from './language-backdrop';

type Field = HTMLTextAreaElement | HTMLInputElement;

/** What the checked field adds to the Mantine input it wraps. */
export interface InputBindings {
  ref: (element: Field | null) => void;
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  onFocus: () => void;
  onScroll: () => void;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  classNames: { input?: string };
  inputContainer: (children: ReactNode) => ReactNode;
}

export interface CheckedValue {
  value: string;
  /** The new text: typed, or with a suggestion applied. */
  onChange: (value: string) => void;
}

// Whether a mouse button or finger is down. Focus leaves a field on pointerdown; the list of
// findings under it only closes after the click, so that what was clicked does not move away
// (and Safari, which does not focus a clicked button, still gets the click on a suggestion).
let pointerDown = false;
let tracking = false;
function trackPointer() {
  if (tracking || typeof document === 'undefined') return;
  tracking = true;
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  const up = () => (pointerDown = false);
  document.addEventListener('pointerup', up, true);
  document.addEventListener('pointercancel', up, true);
}
function afterPointer(run: () => void) {
  if (!pointerDown) run();
  else document.addEventListener('pointerup', () => setTimeout(run, 0), { once: true });
}

/**
 * A text field whose text is checked by the inclusive-language checker while it is written: the
 * findings are underlined (a copy of the text behind the transparent input draws them), and listed
 * under the field while it has focus or when opened ("2 språkförslag"), with the explanation and
 * the suggestions as buttons that put the suggestion in place of the flagged text. It only helps
 * writing: the value is the caller's, as with any controlled input.
 */
export function LanguageChecked({
  value,
  onChange,
  enabled,
  singleLine,
  renderInput,
}: CheckedValue & {
  enabled: boolean;
  singleLine: boolean;
  renderInput: (bindings: InputBindings) => ReactNode;
}) {
  const { t } = useTranslation();
  const { marks, checked, checkNextAtOnce } = useLanguageCheck(value, enabled);
  const [expanded, setExpanded] = useState(false);
  const pinned = useRef(false);
  const quietFocus = useRef(false);
  const pendingCaret = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<Field | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const toggleId = useId();
  const count = marks.length;
  const drawn = enabled && count > 0;

  useEffect(trackPointer, []);

  /** Lays the backdrop exactly behind the input: its box, font, padding and scroll position. */
  const sync = () => {
    const input = inputRef.current;
    const box = backdropRef.current;
    const container = containerRef.current;
    if (input && box && container) syncBackdrop(input, box, container);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn whenever text or marks change
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input && pendingCaret.current !== null && input.value === value) {
      input.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
    if (drawn) sync();
  }, [value, marks, drawn]);

  // The input grows (autosize), the window narrows: the backdrop follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: sync only reads refs
  useEffect(() => {
    const input = inputRef.current;
    if (!drawn || !input || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => sync());
    observer.observe(input);
    return () => observer.disconnect();
  }, [drawn]);

  // The count is announced politely for the field being worked in, once the text as it is has
  // been checked (not on every keystroke); "no suggestions" only after there were some.
  useEffect(() => {
    if (!enabled || !expanded) {
      setAnnouncement('');
      return;
    }
    if (!checked) return;
    setAnnouncement((before) =>
      count > 0 ? t('languageCheck.count', { count }) : before ? t('languageCheck.none') : '',
    );
  }, [enabled, expanded, checked, count, t]);

  const collapse = () => {
    pinned.current = false;
    setExpanded(false);
  };

  // Focus leaving the field and its list (not moving between them) closes the list, unless opened.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onFocusOut = (event: FocusEvent) => {
      if (root.contains(event.relatedTarget as Node | null)) return;
      afterPointer(() => {
        if (root.contains(document.activeElement)) return;
        if (!pinned.current) setExpanded(false);
      });
    };
    root.addEventListener('focusout', onFocusOut);
    return () => root.removeEventListener('focusout', onFocusOut);
  }, []);

  const focusInput = (quiet: boolean) => {
    quietFocus.current = quiet;
    inputRef.current?.focus();
    quietFocus.current = false;
  };

  const apply = (mark: Mark, replacement: string) => {
    const next = applyReplacement(value, mark, replacement);
    if (!next) return;
    checkNextAtOnce();
    pendingCaret.current = next.caret;
    focusInput(false);
    onChange(next.value);
  };

  const onEscape = (event: KeyboardEvent, fromList: boolean) => {
    if (event.key !== 'Escape' || !expanded || count === 0) return;
    event.stopPropagation();
    collapse();
    if (fromList) focusInput(true);
  };

  const bindings: InputBindings = {
    ref: (element) => {
      inputRef.current = element;
    },
    value,
    onChange: (event) => onChange(event.currentTarget.value),
    onFocus: () => {
      if (!quietFocus.current) setExpanded(true);
    },
    onScroll: () => drawn && sync(),
    onSelect: () => drawn && sync(),
    onKeyDown: (event) => onEscape(event, false),
    classNames: { input: drawn ? classes.input : undefined },
    inputContainer: (children) => (
      <div className={classes.container} ref={containerRef}>
        {drawn && (
          <div
            className={classes.backdrop}
            ref={backdropRef}
            aria-hidden="true"
            data-single-line={singleLine || undefined}
            data-testid="language-backdrop"
          >
            {segments(value, marks).map((segment, i) =>
              segment.severity ? (
                <mark
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments have no other identity
                  key={i}
                  className={classes.mark}
                  data-severity={segment.severity}
                >
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
            {singleLine ? null : '\u200b'}
          </div>
        )}
        {children}
      </div>
    ),
  };

  return (
    <div ref={rootRef}>
      {renderInput(bindings)}
      {drawn && (
        <div className={classes.panel}>
          <Button
            id={toggleId}
            variant="subtle"
            size="compact-sm"
            className={classes.toggle}
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => {
              if (expanded) collapse();
              else {
                pinned.current = true;
                setExpanded(true);
              }
            }}
            data-testid="language-toggle"
          >
            {t('languageCheck.count', { count })}
          </Button>
          <ul
            id={listId}
            className={classes.list}
            hidden={!expanded}
            aria-labelledby={toggleId}
            onKeyDown={(event) => onEscape(event, true)}
          >
            {marks.map((mark) => (
              <LanguageFinding
                key={`${mark.finding.rule_id}@${mark.start}`}
                mark={mark}
                onApply={(replacement) => apply(mark, replacement)}
              />
            ))}
          </ul>
        </div>
      )}
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="language-announcement">
        {announcement}
      </VisuallyHidden>
    </div>
  );
}
