// /delta, where a code is typed, and the page for an address or code that does not exist.
import { h } from './dom';
import { tr } from './i18n';
import { normaliseJoinCode } from './logic';
import { anonymity, cardForm, navigate, type Page } from './shell';

export function joinPage(view: HTMLElement): Page {
  let value = '';
  let invalid = false;
  function render(focusInput = false): void {
    const input = h('input', {
      id: 'code',
      name: 'code',
      type: 'text',
      value,
      maxlength: 20,
      autocomplete: 'off',
      autocapitalize: 'characters',
      autocorrect: 'off',
      spellcheck: 'false',
      enterkeyhint: 'go',
      class: 'code-input',
      'aria-describedby': 'code-hint code-error',
      'aria-invalid': invalid ? 'true' : null,
      oninput: () => {
        value = input.value;
      },
    });
    const join = () => {
      const code = normaliseJoinCode(input.value);
      if (code) {
        navigate(`/delta/${code}`);
        return;
      }
      // The new input gets focus and says the problem (aria-describedby).
      invalid = true;
      render(true);
    };
    const form = cardForm(
      join,
      h('label', { for: 'code', class: 'prompt' }, tr('codeLabel')),
      h('p', { id: 'code-hint', class: 'hint' }, tr('codeHint')),
      input,
      h('p', { id: 'code-error', class: 'error' }, invalid ? tr('codeInvalid') : ''),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, tr('join'))),
    );
    view.replaceChildren(
      h('h1', null, tr('joinHeading')),
      h('p', null, tr('joinIntro')),
      form,
      anonymity(),
    );
    if (focusInput) input.focus();
  }
  render();
  return { render: () => render(), destroy: () => {} };
}

/** A code that does not exist (or an address that is none of the pages): back to /delta. */
export function notFoundPage(view: HTMLElement): Page {
  function render(): void {
    view.replaceChildren(
      h('h1', null, tr('notFound')),
      h('p', null, tr('notFoundText')),
      h('p', null, retypeLink()),
    );
  }
  render();
  return { render, destroy: () => {} };
}

function retypeLink(): HTMLAnchorElement {
  return h(
    'a',
    {
      href: '/delta',
      class: 'button secondary',
      onclick: (event) => {
        event.preventDefault();
        navigate('/delta');
      },
    },
    tr('retype'),
  );
}
