// What the answer form and the evaluation form share around a send: the busy state while it is on
// its way, and the words for a failure. (Both take `409 already_answered` as recorded: it answers a
// retry whose first send arrived but whose response was lost.)
import type { ApiResult } from './api';
import { type MessageKey, tr } from './i18n';

/** Shows (or ends) a send on its way: the buttons are `aria-disabled` rather than `disabled`, so
 * the one pressed keeps focus; the form is busy; its live message says "Skickar…". */
export function showSending(
  form: HTMLFormElement,
  buttons: HTMLElement[],
  message: HTMLElement,
  on: boolean,
): void {
  for (const button of buttons) {
    if (on) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  }
  form.setAttribute('aria-busy', String(on));
  message.className = on ? 'hint' : 'error';
  message.textContent = on ? tr('sending') : '';
}

/** What to say after a failed send that the form cannot resolve; what was typed stays. */
export function sendProblem(result: ApiResult<unknown>): MessageKey {
  if (result.status === 422) return 'answerInvalid';
  if (result.status === 429) return 'tooManyRequests';
  return 'networkError';
}
