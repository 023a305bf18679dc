import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allows } from '@/lib/authorization';
import { useCloseQuestion } from '../api/close-question';
import { useOpenQuestion } from '../api/open-question';
import { useResultsVisibility } from '../api/set-results-visibility';
import { useShowQuestion } from '../api/show-question';
import type { LiveQuestion, LiveRoom } from '../api/types';
import { LiveErrorAlert } from './LiveErrorAlert';
import { EditQuestionDialog, RemoveQuestionDialog } from './QuestionDialogs';
import { isUnanswered } from './results-model';

/**
 * What the trainer can do with a question: open an exercise for answers and close it (as the
 * room's and the question's `allowed_actions` say), put it on the projector (as the room's
 * say), hide or show its results to the room and, while nobody has answered, change or remove it. Above the buttons: why the last action failed — hiding an
 * answer in the results (`answersError`) included, so that all of a question's errors stand in
 * one place.
 */
export function QuestionActions({
  room,
  question: q,
  answersError,
}: {
  room: LiveRoom;
  question: LiveQuestion;
  answersError: unknown;
}) {
  const { t } = useTranslation();
  const open = useOpenQuestion(room.id);
  const close = useCloseQuestion(room.id);
  const show = useShowQuestion(room.id);
  const visibility = useResultsVisibility(room.id);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const current = room.current_question_id === q.id;
  const canShow = allows(room, 'live-room:show_question');
  const isExercise = q.purpose === 'exercise';
  // Opening takes both: the room's session runs, and the question is not open already.
  const canOpen = allows(room, 'live-room:open_question') && allows(q, 'live-question:open');
  const canClose = allows(q, 'live-question:close');
  const error = open.error ?? close.error ?? show.error ?? visibility.error ?? answersError;
  const named = { prompt: q.prompt };

  return (
    <>
      <LiveErrorAlert error={error} />
      <Group gap={6} wrap="wrap">
        {isExercise && canOpen && (
          <Button
            size="compact-sm"
            loading={open.isPending}
            onClick={() => open.mutate(q.id)}
            aria-label={t('live.question.openNamed', named)}
          >
            {t('live.question.open')}
          </Button>
        )}
        {isExercise && canClose && (
          <Button
            size="compact-sm"
            variant="outline"
            loading={close.isPending}
            onClick={() => close.mutate(q.id)}
            aria-label={t('live.question.closeNamed', named)}
          >
            {t('live.question.close')}
          </Button>
        )}
        {canShow && isExercise && !current && (
          <Button
            size="compact-sm"
            variant="outline"
            loading={show.isPending}
            onClick={() => show.mutate(q.id)}
            aria-label={t('live.question.showNamed', named)}
          >
            {t('live.question.show')}
          </Button>
        )}
        {isExercise && (
          <Button
            size="compact-sm"
            variant="outline"
            loading={visibility.isPending}
            onClick={() => visibility.mutate({ questionId: q.id, show: !q.show_results })}
            aria-label={
              q.show_results
                ? t('live.question.hideResultsNamed', named)
                : t('live.question.showResultsNamed', named)
            }
            aria-pressed={!q.show_results}
          >
            {q.show_results ? t('live.question.hideResults') : t('live.question.showResults')}
          </Button>
        )}
        {isUnanswered(q) && (
          <>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => setEditing(true)}
              aria-label={t('live.question.editNamed', named)}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="outline"
              color="red.9"
              onClick={() => setRemoving(true)}
              aria-label={t('live.question.removeNamed', named)}
            >
              {t('live.question.remove')}
            </Button>
          </>
        )}
      </Group>
      <EditQuestionDialog
        roomId={room.id}
        question={q}
        opened={editing}
        onClose={() => setEditing(false)}
      />
      <RemoveQuestionDialog
        roomId={room.id}
        question={q}
        opened={removing}
        onClose={() => setRemoving(false)}
      />
    </>
  );
}
