// /delta/{join_code}: the room's title, its current question (to answer or skip) or what to wait
// for, and its evaluation once the trainer shows it; all kept up to date by the room's stream.

import { type AnswerOutcome, answerForm } from './answer-form';
import { getRoom } from './api';
import { hasAnswered } from './device';
import { focusMessage, h, holdsFocus } from './dom';
import { type EvaluationSection, evaluationSection } from './evaluation';
import { getLang, tr } from './i18n';
import { notFoundPage } from './join-page';
import { questionMemoryId } from './logic';
import { followRoom } from './room-stream';
import {
  announce,
  anonymity,
  focusHeading,
  loadErrorCard,
  loadingHint,
  type Page,
  showPage,
  statusMessage,
} from './shell';
import type { Room, RoomQuestion } from './types';

/** What the question area shows, and where focus goes when it replaces what had focus. */
interface Shown {
  node: HTMLElement;
  focus: HTMLElement;
}

export function roomPage(view: HTMLElement, code: string): Page {
  let room: Room | null = null;
  let failed = false;
  let destroyed = false;
  let stopFollowing: (() => void) | null = null;
  /** The server said the shown question takes no answers (409) before the stream did. */
  let closedLocally: number | null = null;
  /** What the question area was last drawn from (see renderQuestion). */
  let questionKey = '';
  let evaluation: EvaluationSection | null = null;

  const title = h('h1', null, 'Jämlik');
  const notice = reconnectNotice();
  const questionArea = h('div', { class: 'area' });
  const evaluationArea = h('div');
  view.replaceChildren(title, notice.element, questionArea, evaluationArea, anonymity());
  questionArea.replaceChildren(loadingHint());

  async function load(): Promise<void> {
    const result = await getRoom(code);
    if (destroyed) return;
    if (result.ok) {
      failed = false;
      applyRoom(result.data);
      stopFollowing = followRoom(code, {
        onRoom: applyRoom,
        onGone: showNotFound,
        onConnected: notice.setConnected,
      });
    } else if (result.status === 404) {
      showNotFound();
    } else {
      failed = true;
      renderFailure();
      announce(tr('srLoadError'));
    }
  }

  function renderFailure(): void {
    const hadFocus = holdsFocus(questionArea);
    const { card, retry } = loadErrorCard(() => {
      questionArea.replaceChildren(loadingHint());
      void load();
    });
    questionArea.replaceChildren(card);
    if (hadFocus) retry.focus();
  }

  function showNotFound(): void {
    const lost = holdsFocus(view) || document.activeElement === document.body;
    showPage(notFoundPage); // destroys this page first
    if (lost) focusHeading();
  }

  function applyRoom(next: Room): void {
    const previous = room;
    room = next;
    if (title.textContent !== next.title) title.textContent = next.title;
    const before = previous?.question;
    const now = next.question;
    if (now && now.state === 'open' && (before?.id !== now.id || before.state !== 'open')) {
      closedLocally = null;
    }
    renderQuestion();
    renderEvaluation();
    if (!previous) return;
    // Tell screen readers what changed on the projector.
    if (next.status === 'closed' && previous.status !== 'closed') announce(tr('srRoomClosed'));
    else if (now && now.id !== before?.id) announce(tr('srNewQuestion'));
    else if (now && before && now.state === 'closed' && before.state === 'open') {
      announce(tr('srQuestionClosed'));
    } else if (!now && before) announce(tr('srWaiting'));
  }

  /** Draws the question area again only when what it shows has changed (or when `force`d), so a
   * reconnect, which brings the same state again, never clears what is being typed. */
  function renderQuestion(force = false): void {
    if (!room) return;
    const q = room.question;
    const answered = !!q && hasAnswered(questionMemoryId(q.id));
    const key = JSON.stringify([
      getLang(),
      room.status,
      q && [q.id, q.state, q.prompt, q.options],
      answered,
      !!room.evaluation,
      closedLocally,
    ]);
    if (!force && key === questionKey) return;
    questionKey = key;
    const hadFocus = holdsFocus(questionArea);
    const content = questionContent(room, answered, closedLocally, (question) =>
      answerForm({
        code,
        question,
        pageAlive: () => !destroyed,
        onOutcome: (outcome) => answerSettled(outcome, question),
      }),
    );
    if (content) questionArea.replaceChildren(content.node);
    else questionArea.replaceChildren();
    if (hadFocus) focusMessage(content?.focus ?? evaluation?.heading);
  }

  function answerSettled(outcome: AnswerOutcome, question: RoomQuestion): void {
    if (outcome === 'recorded') {
      renderQuestion(true); // focus moves to the thanks
    } else if (outcome === 'questionClosed') {
      closedLocally = question.id;
      renderQuestion(true);
    } else if (outcome === 'roomClosed') {
      if (room) applyRoom({ ...room, status: 'closed', question: null });
    } else {
      showNotFound();
    }
  }

  function renderEvaluation(): void {
    const wanted = room?.evaluation?.code ?? null;
    if ((evaluation?.code ?? null) === wanted) return;
    evaluation?.destroy();
    evaluation = wanted ? evaluationSection(wanted) : null;
    evaluationArea.replaceChildren(...(evaluation ? [evaluation.element] : []));
    if (evaluation) announce(tr('srEvaluationShown'));
  }

  function destroy(): void {
    destroyed = true;
    stopFollowing?.();
    stopFollowing = null;
    notice.stop();
    evaluation?.destroy();
  }

  void load();
  return {
    render: () => {
      notice.render();
      if (failed) renderFailure();
      else renderQuestion(true);
      evaluation?.render();
      const anon = view.querySelector('.anon');
      if (anon) anon.textContent = tr('anonymous');
    },
    destroy,
  };
}

/** What the question area shows for `room`, or null when the evaluation takes its place. */
function questionContent(
  room: Room,
  answered: boolean,
  closedLocally: number | null,
  form: (question: RoomQuestion) => Shown,
): Shown | null {
  const q = room.question;
  if (room.status === 'closed') return shownStatus(statusMessage(tr('roomClosed')));
  // The evaluation takes the place of a question that is not taking answers.
  if (room.evaluation && q?.state !== 'open') return null;
  if (!q) return shownStatus(statusMessage(tr('waiting'), tr('waitingText')));
  if (answered) return shownStatus(statusMessage(tr('thanks')));
  if (q.state !== 'open' || closedLocally === q.id) {
    return shownStatus(
      h(
        'div',
        { class: 'card status' },
        h('p', { class: 'prompt' }, q.prompt),
        h('p', { class: 'status-text' }, tr('questionClosed')),
      ),
    );
  }
  return form(q);
}

/** A status card takes focus itself, so a screen reader reads it. */
const shownStatus = (node: HTMLElement): Shown => ({ node, focus: node });

/** "Återansluter…", shown only when reconnecting takes longer than the browser's own retry of a
 * few seconds (and then announced once). */
function reconnectNotice() {
  const element = h('p', { class: 'notice', hidden: true }, tr('reconnecting'));
  let timer: ReturnType<typeof setTimeout> | undefined;

  function setConnected(connected: boolean): void {
    if (connected) {
      clearTimeout(timer);
      timer = undefined;
      element.hidden = true;
      return;
    }
    // Every failed retry lands here again: a pending timer is left to run.
    if (timer !== undefined || !element.hidden) return;
    timer = setTimeout(() => {
      timer = undefined;
      element.hidden = false;
      announce(tr('srOffline'));
    }, 4000);
  }

  return {
    element,
    setConnected,
    render: () => {
      element.textContent = tr('reconnecting');
    },
    stop: () => clearTimeout(timer),
  };
}
