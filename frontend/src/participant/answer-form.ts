// The form for the room's open question: answer it or skip it.
import { postAnswer } from './api';
import { answerToken, draftFor, forgetDraft, rememberAnswered } from './device';
import { h } from './dom';
import { tr } from './i18n';
import { buildAnswer, questionMemoryId, skippedAnswer } from './logic';
import { questionField } from './questions';
import { sendProblem, showSending } from './sending';
import { cardForm } from './shell';
import type { AnswerFields, RoomQuestion } from './types';

/** What became of a send, for the room page to show instead of the form. */
export type AnswerOutcome = 'recorded' | 'questionClosed' | 'roomClosed' | 'roomGone';

export interface AnswerFormOptions {
  code: string;
  question: RoomQuestion;
  /** False once the room page is destroyed: a send that ends after that changes nothing. */
  pageAlive(): boolean;
  /** Called only while this form is still shown. */
  onOutcome(outcome: AnswerOutcome): void;
}

/** The form, and the field to put focus on when it replaces what had focus. */
export function answerForm({ code, question, pageAlive, onOutcome }: AnswerFormOptions): {
  node: HTMLFormElement;
  focus: HTMLElement;
} {
  const draftKey = questionMemoryId(question.id);
  const draft = draftFor(draftKey);
  const field = questionField(question, draft);
  let sending = false;
  const message = h('p', { class: 'error', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'primary' }, tr('send'));
  const skip = h(
    'button',
    { type: 'button', class: 'secondary', onclick: () => void submit(true) },
    tr('skip'),
  );
  const form = cardForm(
    () => void submit(false),
    field.element,
    message,
    h('div', { class: 'actions' }, send, skip),
  );

  /** The answer, or null after showing what to fix and moving focus there. */
  function checkedAnswer(): AnswerFields | null {
    const built = buildAnswer(question, draft);
    if ('problem' in built) {
      field.showProblem(tr(built.problem));
      field.first.focus();
      return null;
    }
    return built.fields;
  }

  async function submit(skipped: boolean): Promise<void> {
    if (sending) return;
    const fields = skipped ? skippedAnswer() : checkedAnswer();
    if (!fields) return;
    field.showProblem(null);
    sending = true;
    showSending(form, [send, skip], message, true);
    const result = await postAnswer(code, {
      question_id: question.id,
      device_token: answerToken(),
      ...fields,
    });
    sending = false;
    showSending(form, [send, skip], message, false);
    if (!pageAlive()) return;
    // Another question may have come while this one was on its way: then only remember.
    const shown = form.isConnected;
    if (result.ok || result.code === 'already_answered') {
      rememberAnswered(draftKey);
      forgetDraft(draftKey);
      if (shown) onOutcome('recorded');
      return;
    }
    if (!shown) return;
    if (result.code === 'question_not_open') onOutcome('questionClosed');
    else if (result.code === 'room_closed') onOutcome('roomClosed');
    else if (result.status === 404) onOutcome('roomGone');
    else message.textContent = tr(sendProblem(result));
  }

  return { node: form, focus: field.first };
}
