// The frame every page draws into (the bar with the language toggle, the live region, the view),
// which page is shown, moving between pages, and the small pieces several pages share.
import { storeLanguage } from './device';
import { focusMessage, h } from './dom';
import { getLang, type Lang, setLang, tr } from './i18n';

/** One page (join, room, evaluation, not found), drawn into the view. */
export interface Page {
  /** Draw again in the current language (drafts are kept). */
  render(): void;
  destroy(): void;
}

/** Draws a page into `view` and returns it. */
export type PageMaker = (view: HTMLElement) => Page;

let view: HTMLElement;
let live: HTMLElement;
let page: Page | null = null;
let showAddress: () => void = () => {};
let announceTimer: ReturnType<typeof setTimeout> | undefined;

/** Draws the frame into `root` and shows the page for the address now and after every history
 * move (`route` picks it); returns what takes it down again. */
export function mountShell(root: HTMLElement, route: () => void): () => void {
  showAddress = route;
  const toggle = h('button', {
    type: 'button',
    class: 'secondary lang',
    onclick: () => {
      const next: Lang = getLang() === 'sv' ? 'en' : 'sv';
      setLang(next);
      storeLanguage(next);
      applyLanguage(toggle);
      page?.render();
    },
  });
  live = h('div', { class: 'sr-only', 'aria-live': 'polite', 'aria-atomic': 'true' });
  view = h('div', { class: 'view' });
  root.replaceChildren(
    h('header', { class: 'bar' }, h('span', { class: 'brand' }, 'Jämlik'), toggle),
    h('main', { id: 'main' }, live, view),
  );
  applyLanguage(toggle);
  window.addEventListener('popstate', route);
  route();
  return () => {
    window.removeEventListener('popstate', route);
    page?.destroy();
    page = null;
    clearTimeout(announceTimer);
  };
}

/** The toggle offers the other language, named in that language (hence its own `lang`). */
function applyLanguage(toggle: HTMLButtonElement): void {
  const lang = getLang();
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  document.documentElement.lang = lang;
  document.title = tr('docTitle');
  toggle.textContent = tr('otherLanguage');
  toggle.lang = other;
}

/** Shows the page `make` draws. The shown page is destroyed first, so that its stream and timers
 * stop before the view is drawn again. */
export function showPage(make: PageMaker): void {
  page?.destroy();
  page = null;
  page = make(view);
}

/** Go to `path` within the page; focus moves to the new heading, as after a page load. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  showAddress();
  focusHeading();
}

export function focusHeading(): void {
  focusMessage(view.querySelector('h1'));
}

/** Say `text` through the polite live region (emptied first, so a repeat is announced again;
 * emptied afterwards, so it is not found again later). It says what changed without repeating
 * visible text: what the participant caused is said by moving focus, or by the form's own live
 * message. */
export function announce(text: string): void {
  clearTimeout(announceTimer);
  live.textContent = '';
  announceTimer = setTimeout(() => {
    live.textContent = text;
    announceTimer = setTimeout(() => {
      live.textContent = '';
    }, 7000);
  }, 100);
}

// --- pieces several pages use --------------------------------------------------------------------

export const anonymity = () => h('p', { class: 'anon' }, tr('anonymous'));

export const loadingHint = () => h('p', { class: 'hint' }, tr('loading'));

export const statusMessage = (text: string, extra?: string) =>
  h(
    'div',
    { class: 'card status' },
    h('p', { class: 'status-text' }, text),
    extra ? h('p', null, extra) : null,
  );

/** "Could not load" with a retry button (returned too, to put focus on). */
export function loadErrorCard(onRetry: () => void): { card: HTMLElement; retry: HTMLElement } {
  const retry = h('button', { type: 'button', class: 'secondary', onclick: onRetry }, tr('retry'));
  const card = h(
    'div',
    { class: 'card status' },
    h('p', { class: 'error' }, tr('loadError')),
    retry,
  );
  return { card, retry };
}

/** A form in a card; the page checks its fields itself (`novalidate`) and says in its own words
 * what to fix. */
export function cardForm(
  onSubmit: () => void,
  ...children: (HTMLElement | null)[]
): HTMLFormElement {
  return h(
    'form',
    {
      class: 'card',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        onSubmit();
      },
    },
    ...children,
  );
}
