// The evaluation: a section in the room once the trainer shows it, and the page
// /delta/utvardering/{evaluation_code} (the same form, reached by its link). Every
// question is sent at once; one left empty is sent as skipped.
import { getEvaluation, postEvaluation } from './api';
import { answerToken, draftFor, forgetDraft, hasAnswered, rememberAnswered } from './device';
import { focusMessage, h, holdsFocus } from './dom';
import { getLang, type MessageKey, tr } from './i18n';
import { buildEvaluationAnswer, evaluationMemoryId } from './logic';
import { type QuestionField, questionField } from './questions';
import { sendProblem, showSending } from './sending';
import {
  announce,
  anonymity,
  cardForm,
  loadErrorCard,
  loadingHint,
  type Page,
  statusMessage,
} from './shell';
import type { Draft, EvaluationBody, EvaluationForm } from './types';

export interface EvaluationSection {
  code: string;
  element: HTMLElement;
  heading: HTMLElement;
  render(): void;
  destroy(): void;
}

type EvaluationState =
  | { name: 'loading' }
  | { name: 'form'; form: EvaluationForm }
  | { name: 'loadError' }
  | { name: 'done'; message: MessageKey };

/** The evaluation `code` in a section of its own; `onTitle` gets the training day's title once it
 * is read. */
export function evaluationSection(
  code: string,
  onTitle?: (title: string) => void,
): EvaluationSection {
  let state: EvaluationState = hasAnswered(evaluationMemoryId(code))
    ? { name: 'done', message: 'evaluationAlready' }
    : { name: 'loading' };
  let destroyed = false;
  // Here rather than in the form: a redraw (language) makes a new form while a send is on its way.
  let sending = false;
  const heading = h('h2', { id: `evaluation-${code}` }, tr('evaluationHeading'));
  const body = h('div');
  const element = h(
    'section',
    { class: 'evaluation', 'aria-labelledby': `evaluation-${code}` },
    heading,
    body,
  );

  function setState(next: EvaluationState): void {
    state = next;
    const hadFocus = holdsFocus(body);
    render();
    if (hadFocus) focusMessage(body.querySelector<HTMLElement>('.status') ?? heading);
  }

  async function load(): Promise<void> {
    const result = await getEvaluation(code);
    if (destroyed) return;
    if (result.ok) {
      onTitle?.(result.data.title);
      setState({ name: 'form', form: result.data });
      return;
    }
    const gone = unavailable(result.status);
    setState(gone ? { name: 'done', message: gone } : { name: 'loadError' });
  }

  function render(): void {
    heading.textContent = tr('evaluationHeading');
    if (state.name === 'loading') {
      body.replaceChildren(loadingHint());
    } else if (state.name === 'loadError') {
      const { card } = loadErrorCard(() => {
        setState({ name: 'loading' });
        void load();
      });
      body.replaceChildren(card);
    } else if (state.name === 'done') {
      body.replaceChildren(statusMessage(tr(state.message)));
    } else {
      body.replaceChildren(evaluationForm(state.form));
    }
  }

  function evaluationForm(form: EvaluationForm): HTMLElement {
    const fields: { field: QuestionField; draft: Draft }[] = [];
    const message = h('p', { class: 'error', 'aria-live': 'polite' });
    const submitButton = h('button', { type: 'submit', class: 'primary' }, tr('evaluationSubmit'));
    const closes = form.closes_at ? formatDateTime(form.closes_at) : null;
    const element = cardForm(
      () => void submit(),
      h('p', { class: 'hint' }, tr('evaluationIntro')),
      closes ? h('p', { class: 'hint' }, tr('evaluationOpenUntil', { date: closes })) : null,
    );
    form.questions.forEach((question, index) => {
      const draft = draftFor(draftKey(code, question.id));
      const field = questionField(question, draft, {
        number: index + 1,
        onCleared: () => announce(tr('cleared')),
      });
      fields.push({ field, draft });
      element.append(h('div', { class: 'item' }, field.element));
    });
    element.append(message);
    if (form.questions.length > 0) element.append(h('div', { class: 'actions' }, submitButton));

    /** Every answer, or null after marking each question to fix and moving focus to the first. */
    function checkedAnswers(): EvaluationBody['answers'] | null {
      const answers: EvaluationBody['answers'] = [];
      let firstProblem: QuestionField | null = null;
      form.questions.forEach((question, index) => {
        const { field, draft } = fields[index];
        const built = buildEvaluationAnswer(question, draft);
        if ('problem' in built) {
          field.showProblem(tr(built.problem));
          firstProblem ??= field;
        } else {
          field.showProblem(null);
          answers.push({ question_id: question.id, ...built.fields });
        }
      });
      if (!firstProblem) return answers;
      message.textContent = tr('evaluationFix');
      (firstProblem as QuestionField).first.focus();
      return null;
    }

    async function submit(): Promise<void> {
      if (sending) return;
      const answers = checkedAnswers();
      if (!answers) return;
      sending = true;
      showSending(element, [submitButton], message, true);
      const result = await postEvaluation(code, { device_token: answerToken(), answers });
      sending = false;
      showSending(element, [submitButton], message, false);
      if (destroyed) return;
      if (result.ok || result.code === 'already_answered') {
        rememberAnswered(evaluationMemoryId(code));
        for (const question of form.questions) forgetDraft(draftKey(code, question.id));
        setState({ name: 'done', message: result.ok ? 'evaluationThanks' : 'evaluationAlready' });
        return;
      }
      const gone = unavailable(result.status);
      if (gone) setState({ name: 'done', message: gone });
      else message.textContent = tr(sendProblem(result));
    }

    return element;
  }

  render();
  if (state.name === 'loading') void load();
  return {
    code,
    element,
    heading,
    render,
    destroy: () => {
      destroyed = true;
    },
  };
}

const draftKey = (code: string, questionId: number) => `e:${code}:${questionId}`;

/** Why the evaluation can no longer be answered (closed, or never there), or null. */
function unavailable(status: number): MessageKey | null {
  if (status === 410) return 'evaluationClosed';
  if (status === 404) return 'evaluationNotFound';
  return null;
}

/** When the link closes, in Stockholm time whatever the phone's own time zone. */
function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(getLang() === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

/** /delta/utvardering/{code}: the evaluation on a page of its own, titled with the day once read
 * (`code` null: not a code at all). */
export function evaluationPage(view: HTMLElement, code: string | null): Page {
  const title = h('h1', null, tr('evaluationHeading'));
  let loadedTitle: string | null = null;
  const section = code
    ? evaluationSection(code, (text) => {
        loadedTitle = text;
        title.textContent = text;
      })
    : null;
  function render(): void {
    if (!loadedTitle) title.textContent = code ? tr('evaluationHeading') : tr('evaluationNotFound');
    section?.render();
    view.replaceChildren(title, ...(section ? [section.element] : []), anonymity());
  }
  render();
  return { render, destroy: () => section?.destroy() };
}
