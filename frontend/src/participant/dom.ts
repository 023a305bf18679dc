// A tiny element helper instead of a framework.

type Child = Node | string | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;

/** `h('button', {type: 'button', class: 'primary', onclick: go}, 'Gå med')`: `on*` become
 * listeners, `true` an empty attribute, `false`/null/undefined nothing. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value === 'function') element.addEventListener(name.slice(2), value);
      else if (value === true) element.setAttribute(name, '');
      else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, String(value));
      }
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

let counter = 0;
/** A unique id for label/aria wiring. */
export const uid = (prefix: string) => `${prefix}-${++counter}`;

/** Whether the element that has focus is inside `container` (so replacing it would drop focus). */
export function holdsFocus(container: Element): boolean {
  const active = document.activeElement;
  return !!active && active !== document.body && container.contains(active);
}

/** Focus an element that is not focusable by itself (a heading or a message). */
export function focusMessage(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}
