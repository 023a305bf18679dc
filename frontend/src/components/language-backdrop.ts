// The underlines of a checked field are drawn by a copy of the text behind the transparent input
// (the backdrop). What makes that copy lie exactly under the input's text:
const COPIED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'tab-size',
  'direction',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
] as const;

const px = (value: string) => Number.parseFloat(value) || 0;

/** Lays the backdrop `box` exactly behind `input`: its box, font, padding and scroll position. */
export function syncBackdrop(input: HTMLElement, box: HTMLElement, container: HTMLElement): void {
  const style = getComputedStyle(input);
  for (const property of COPIED) box.style.setProperty(property, style.getPropertyValue(property));
  // A scroll bar narrows the input's text; the copy keeps the same room free.
  const bar =
    input.offsetWidth - input.clientWidth - px(style.borderLeftWidth) - px(style.borderRightWidth);
  if (bar > 0) box.style.paddingRight = `${px(style.paddingRight) + bar}px`;
  const a = input.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  box.style.top = `${a.top - b.top}px`;
  box.style.left = `${a.left - b.left}px`;
  box.style.width = `${input.offsetWidth}px`;
  box.style.height = `${input.offsetHeight}px`;
  box.scrollTop = input.scrollTop;
  box.scrollLeft = input.scrollLeft;
}
