// One question's inputs, for each kind; shared by the live question and the evaluation.
import { h, uid } from './dom';
import { tr } from './i18n';
import { OPEN_TEXT_MAX_CHARS, WORD_CLOUD_MAX_CHARS } from './logic';
import type { Draft, Question } from './types';

export interface QuestionField {
  element: HTMLElement;
  /** The first input, to put focus on when something about it must be fixed. */
  first: HTMLElement;
  showProblem(message: string | null): void;
}

interface FieldOptions {
  /** The question's number in a form of several; enables "Rensa svaret" for radio groups. */
  number?: number;
  onCleared?: () => void;
}

/** The inputs of `question`, filled from `draft`; every change is written back into `draft`. */
export function questionField(
  question: Question,
  draft: Draft,
  options: FieldOptions = {},
): QuestionField {
  const errorId = uid('error');
  // Live as well: pressing Enter in a text field leaves focus where it is.
  const error = h('p', { id: errorId, class: 'error', 'aria-live': 'polite' });
  const base = uid('q');
  let element: HTMLElement;
  let first: HTMLElement;
  let textInput: HTMLInputElement | HTMLTextAreaElement | null = null;

  if (question.kind === 'word_cloud' || question.kind === 'open_text') {
    const inputId = `${base}-input`;
    const hintId = `${base}-hint`;
    const long = question.kind === 'open_text';
    const max = long ? OPEN_TEXT_MAX_CHARS : WORD_CLOUD_MAX_CHARS;
    const hint = h(
      'p',
      { id: hintId, class: 'hint' },
      long ? countText(draft.text, max) : tr('wordHint'),
    );
    const common = {
      id: inputId,
      name: base,
      maxlength: max,
      autocomplete: 'off',
      'aria-describedby': `${hintId} ${errorId}`,
      oninput: () => {
        draft.text = input.value;
        if (long) hint.textContent = countText(input.value, max);
        showProblem(null);
      },
    };
    const input: HTMLInputElement | HTMLTextAreaElement = long
      ? h('textarea', { ...common, rows: 5 })
      : h('input', { ...common, type: 'text', enterkeyhint: 'send', spellcheck: 'false' });
    input.value = draft.text;
    textInput = input;
    first = input;
    element = h(
      'div',
      { class: 'question' },
      h('label', { class: 'prompt', for: inputId }, question.prompt),
      input,
      hint,
      error,
    );
  } else {
    const multiple = question.kind === 'multiple_choice';
    const scale = question.kind === 'scale';
    const describedBy: string[] = [];
    const extras: HTMLElement[] = [];
    if (multiple) {
      const hintId = `${base}-hint`;
      describedBy.push(hintId);
      extras.push(h('p', { id: hintId, class: 'hint' }, tr('multipleHint')));
    }
    const [low, high] = question.options;
    if (scale && low && high) {
      const endsId = `${base}-ends`;
      describedBy.push(endsId);
      extras.push(
        h(
          'p',
          { id: endsId, class: 'scale-ends' },
          h('span', null, tr('scaleLow', { label: low })),
          h('span', { class: 'sr-only' }, ', '),
          h('span', null, tr('scaleHigh', { label: high })),
        ),
      );
    }
    describedBy.push(errorId);
    const choices = scale
      ? [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }))
      : question.options.map((label, value) => ({ value, label }));
    const inputs = choices.map(({ value, label }) => {
      const input = h('input', {
        type: multiple ? 'checkbox' : 'radio',
        name: base,
        value,
        checked: draft.selected.includes(value),
      });
      return {
        input,
        label: h('label', { class: scale ? 'scale-opt' : 'opt' }, input, h('span', null, label)),
      };
    });
    first = inputs[0]?.input ?? error;
    const list = h('div', { class: scale ? 'scale-row' : 'opts' }, ...inputs.map((i) => i.label));
    const fieldset = h(
      'fieldset',
      { class: 'question', 'aria-describedby': describedBy.join(' ') },
      h('legend', { class: 'prompt' }, question.prompt),
      ...(multiple ? extras : []),
      list,
      ...(scale ? extras : []),
      error,
    );
    // Keep the draft in step with the inputs.
    fieldset.addEventListener('change', () => {
      draft.selected = inputs.filter((i) => i.input.checked).map((i) => Number(i.input.value));
      showProblem(null);
    });
    if (!multiple && options.number !== undefined) {
      fieldset.append(
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            'aria-label': tr('clearNamed', { n: options.number }),
            onclick: () => {
              for (const i of inputs) i.input.checked = false;
              draft.selected = [];
              showProblem(null);
              options.onCleared?.();
            },
          },
          tr('clear'),
        ),
      );
    }
    element = fieldset;
  }

  function showProblem(message: string | null): void {
    if ((error.textContent || null) === message) return;
    error.textContent = message ?? '';
    if (textInput) {
      if (message) textInput.setAttribute('aria-invalid', 'true');
      else textInput.removeAttribute('aria-invalid');
    }
  }

  return { element, first, showProblem };
}

function countText(text: string, max: number): string {
  return tr('charCount', { n: text.length, max });
}
