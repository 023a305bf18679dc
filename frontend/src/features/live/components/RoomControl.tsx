import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { NotFoundPage } from '@/components/NotFoundPage';
import { PageHeader } from '@/components/PageHeader';
import { StatusBadge } from '@/components/StatusBadge';
import { isApiError } from '@/lib/api';
import { formatDate, formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useRoomEvents } from '../api/room-events';
import {
  useAddQuestion,
  useAnswerVisibility,
  useCloseQuestion,
  useCloseRoom,
  useDeleteQuestion,
  useEvaluationToggle,
  useLiveRoom,
  useOpenQuestion,
  useReopenRoom,
  useResultsVisibility,
  useShowQuestion,
  useUpdateQuestion,
} from '../api/rooms';
import type { LiveQuestion, LiveRoom } from '../api/types';
import { LiveErrorAlert } from './LiveErrorAlert';
import { kindLabel, STATE_TONES, stateLabel } from './labels';
import classes from './live.module.css';
import { QuestionForm } from './QuestionForm';
import { QuestionResults } from './QuestionResults';
import { isUnanswered } from './results-model';
import { StreamIndicator } from './StreamIndicator';

export const projectorPath = (roomId: number) => `/live/${roomId}/projektor`;
export const qrPath = (roomId: number) => `/api/v1/live/rooms/${roomId}/qr.svg`;

/**
 * The trainer's control of a live room: how to join (code, address, QR), the questions by purpose
 * with their states and actions, the evaluation link, adding questions and ending the session.
 * Follows the room's live stream, as the projector does, so both show the same state.
 */
export function RoomControl({ roomId }: { roomId: number }) {
  const { t, i18n } = useTranslation();
  const room = useLiveRoom(roomId);
  const stream = useRoomEvents(roomId);

  if (isApiError(room.error, 404) || isApiError(room.error, 403)) return <NotFoundPage />;
  if (room.isPending) return <Loading />;
  if (room.isError) return <ErrorAlert error={room.error} />;
  const r = room.data;
  const closed = r.status === 'closed';
  const exercises = r.questions.filter((q) => q.purpose === 'exercise');
  const evaluation = r.questions.filter((q) => q.purpose === 'evaluation');

  return (
    <>
      <PageHeader
        title={t('live.room.title', {
          name: r.organisation_name,
          date: formatDate(r.date, i18n.language),
        })}
        actions={
          <Group gap="sm">
            <StreamIndicator status={stream} />
            <StatusBadge
              tone={closed ? 'gray' : 'green'}
              label={t(`live.room.status.${r.status}`)}
            />
          </Group>
        }
      />
      <Stack gap="lg">
        {closed && <RoomClosed roomId={r.id} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <JoinPanel room={r} />
          <EvaluationPanel room={r} />
        </SimpleGrid>

        <QuestionList
          room={r}
          title={t('live.room.exercisesTitle')}
          id="exercises"
          questions={exercises}
          empty={t('live.room.noExercises')}
        />
        <QuestionList
          room={r}
          title={t('live.room.evaluationQuestionsTitle')}
          id="evaluation-questions"
          questions={evaluation}
          empty={t('live.room.noEvaluationQuestions')}
          intro={t('live.room.evaluationQuestionsIntro')}
        />
        {!closed && <AddQuestion roomId={r.id} moments={r.moments} />}
        {!closed && <CloseRoom roomId={r.id} />}
      </Stack>
    </>
  );
}

function JoinPanel({ room }: { room: LiveRoom }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="join-title">
      <Title order={2} size="h3" id="join-title" mb="sm">
        {t('live.room.joinTitle')}
      </Title>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text size="sm" fw={600} id="join-code-label">
            {t('live.room.code')}
          </Text>
          <Text className={classes.code} aria-labelledby="join-code-label" data-testid="join-code">
            {room.join_code}
          </Text>
          <Text size="sm" fw={600} mt="xs">
            {t('live.room.address')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Anchor href={room.join_url} className={classes.url} data-testid="join-url">
              {room.join_url}
            </Anchor>
            <CopyButton value={room.join_url}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="default" onClick={copy}>
                  {copied ? t('live.room.copied') : t('live.room.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Anchor
            href={projectorPath(room.id)}
            target="_blank"
            rel="noopener"
            mt="sm"
            fw={600}
            data-testid="projector-link"
          >
            {t('live.room.openProjector')}
            <VisuallyHidden> {t('live.room.newTab')}</VisuallyHidden>
          </Anchor>
        </Stack>
        <img
          className={classes.qr}
          src={qrPath(room.id)}
          alt={t('live.room.qrAlt', { code: room.join_code })}
          width={160}
          height={160}
        />
      </Group>
    </Paper>
  );
}

function EvaluationPanel({ room }: { room: LiveRoom }) {
  const { t, i18n } = useTranslation();
  const toggle = useEvaluationToggle(room.id);
  const ev = room.evaluation;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="evaluation-title"
      data-testid="evaluation-panel"
    >
      <Title order={2} size="h3" id="evaluation-title" mb="sm">
        {t('live.evaluation.title')}
      </Title>
      <Stack gap="sm">
        {ev.open ? (
          <>
            <Text data-testid="evaluation-state">
              {t('live.evaluation.openUntil', {
                time: formatDateTime(ev.closes_at, i18n.language),
              })}
            </Text>
            <Text size="sm" fw={600}>
              {t('live.evaluation.link')}
            </Text>
            <Anchor href={ev.url} className={classes.url} data-testid="evaluation-url">
              {ev.url}
            </Anchor>
          </>
        ) : (
          <Text data-testid="evaluation-state">{t('live.evaluation.closed')}</Text>
        )}
        <Text size="sm">{t('live.evaluation.intro')}</Text>
        <LiveErrorAlert error={toggle.error} />
        <Group>
          <Button
            variant={ev.open ? 'outline' : 'filled'}
            loading={toggle.isPending}
            onClick={() =>
              toggle.mutate(!ev.open, {
                onSuccess: () =>
                  notify(ev.open ? t('live.evaluation.closedNow') : t('live.evaluation.openedNow')),
              })
            }
          >
            {ev.open ? t('live.evaluation.close') : t('live.evaluation.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function QuestionList({
  room,
  title,
  id,
  questions,
  empty,
  intro,
}: {
  room: LiveRoom;
  title: string;
  id: string;
  questions: LiveQuestion[];
  empty: string;
  intro?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`${id}-section`}>
      <Title order={2} size="h3" id={`${id}-title`} mb="xs">
        {title}
      </Title>
      {intro && (
        <Text size="sm" mb="sm">
          {intro}
        </Text>
      )}
      {questions.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <ol className={classes.questions}>
          {questions.map((q, i) => (
            <li key={q.id}>
              <QuestionItem room={room} question={q} number={i + 1} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function QuestionItem({
  room,
  question: q,
  number,
}: {
  room: LiveRoom;
  question: LiveQuestion;
  number: number;
}) {
  const { t } = useTranslation();
  const open = useOpenQuestion(room.id);
  const close = useCloseQuestion(room.id);
  const show = useShowQuestion(room.id);
  const visibility = useResultsVisibility(room.id);
  const answers = useAnswerVisibility(room.id);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const current = room.current_question_id === q.id;
  const live = room.status === 'open';
  const isExercise = q.purpose === 'exercise';
  const titleId = `question-${q.id}-title`;
  const error = open.error ?? close.error ?? show.error ?? visibility.error ?? answers.error;
  const named = { prompt: q.prompt };
  const results = (
    <QuestionResults
      question={q}
      minAnswers={room.min_answers}
      onHide={(answerId) => answers.mutate({ answerId, hidden: true })}
      onShowHidden={(ids) => {
        for (const answerId of ids) answers.mutate({ answerId, hidden: false });
      }}
      busyAnswerId={answers.isPending ? answers.variables?.answerId : null}
      showHiddenTexts
    />
  );

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="article"
      aria-labelledby={titleId}
      className={classes.question}
      data-testid={`question-${q.id}`}
      style={current ? { borderColor: '#1864ab', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId} style={{ flex: '1 1 14rem', minWidth: 0 }}>
            {number}. {q.prompt}
          </Title>
          <Group gap={6}>
            {isExercise && q.moment !== null && (
              <StatusBadge tone="gray" label={t('results.momentN', { n: q.moment })} />
            )}
            <StatusBadge tone="gray" label={kindLabel(t, q.kind)} />
            {isExercise && (
              <StatusBadge tone={STATE_TONES[q.state]} label={stateLabel(t, q.state)} />
            )}
            {current && <StatusBadge tone="blue" label={t('live.question.onProjector')} />}
          </Group>
        </Group>
        {q.options.length > 0 && (
          <Text size="sm">
            {q.kind === 'scale'
              ? t('live.question.scaleEnds', { low: q.options[0], high: q.options[1] })
              : t('live.question.options', { list: q.options.join(' · ') })}
          </Text>
        )}
        <Text size="sm" data-testid="answer-count">
          {t('live.question.counts', { count: q.answer_count, skipped: q.skip_count })}
          {!q.show_results && ` · ${t('live.question.resultsHidden')}`}
        </Text>
        <LiveErrorAlert error={error} />
        <Group gap={6} wrap="wrap">
          {live && isExercise && q.state !== 'open' && (
            <Button
              size="compact-sm"
              loading={open.isPending}
              onClick={() => open.mutate(q.id)}
              aria-label={t('live.question.openNamed', named)}
            >
              {t('live.question.open')}
            </Button>
          )}
          {isExercise && q.state === 'open' && (
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
          {live && isExercise && !current && (
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
        {current ? (
          <section aria-label={t('live.question.resultsOf', named)}>{results}</section>
        ) : (
          q.answer_count > 0 && (
            <details>
              <summary>{t('live.question.results')}</summary>
              <div style={{ marginTop: 8 }}>{results}</div>
            </details>
          )
        )}
      </Stack>
      <EditQuestion
        roomId={room.id}
        question={q}
        opened={editing}
        onClose={() => setEditing(false)}
      />
      <RemoveQuestion
        roomId={room.id}
        question={q}
        opened={removing}
        onClose={() => setRemoving(false)}
      />
    </Paper>
  );
}

function EditQuestion({
  roomId,
  question,
  opened,
  onClose,
}: {
  roomId: number;
  question: LiveQuestion;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateQuestion(roomId);
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t('live.question.editTitle')}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">{kindLabel(t, question.kind)}</Text>
        <QuestionForm
          key={question.id}
          initial={question}
          kindEditable={false}
          submitLabel={t('common.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={close}
          onSubmit={(v) =>
            // The version of the question as shown now: after a conflict it is the fresh one.
            update.mutate(
              {
                questionId: question.id,
                version: question.version,
                prompt: v.prompt,
                options: v.options,
              },
              {
                onSuccess: () => {
                  notify(t('live.question.saved'));
                  close();
                },
              },
            )
          }
        />
      </Stack>
    </Modal>
  );
}

function RemoveQuestion({
  roomId,
  question,
  opened,
  onClose,
}: {
  roomId: number;
  question: LiveQuestion;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteQuestion(roomId);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={opened}
      title={t('live.question.removeTitle')}
      confirmLabel={t('live.question.remove')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() =>
        remove.mutate(question.id, {
          onSuccess: () => {
            notify(t('live.question.removed'));
            close();
          },
        })
      }
    >
      {t('live.question.removeConfirm', { prompt: question.prompt })}
    </ConfirmDialog>
  );
}

/** The ended session says so and offers to open it again (after "Avsluta passet" by mistake). */
function RoomClosed({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const reopen = useReopenRoom(roomId);
  return (
    <Alert color="gray" title={t('live.room.closedTitle')} data-testid="room-closed">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('live.room.closedBody')}</Text>
        <LiveErrorAlert error={reopen.error} />
        <Button
          variant="outline"
          loading={reopen.isPending}
          onClick={() =>
            reopen.mutate(undefined, { onSuccess: () => notify(t('live.room.reopenedNow')) })
          }
        >
          {t('live.room.reopen')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * A question written for this day. On a day of two moments an exercise belongs to one of them
 * (the first by default): a workshop takes only moment 2 and 3 exercises.
 */
function AddQuestion({ roomId, moments }: { roomId: number; moments: readonly number[] }) {
  const { t } = useTranslation();
  const add = useAddQuestion(roomId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-question-title">
      <Title order={2} size="h3" id="add-question-title" mb="sm">
        {t('live.add.title')}
      </Title>
      <QuestionForm
        withPurpose
        withMoment={moments.length > 1}
        moments={moments}
        submitLabel={t('live.add.submit')}
        busy={add.isPending}
        error={add.error}
        onSubmit={(v, reset) =>
          add.mutate(
            {
              kind: v.kind,
              prompt: v.prompt,
              options: v.options,
              purpose: v.purpose,
              ...(v.moment !== null && { moment: v.moment }),
            },
            {
              onSuccess: () => {
                reset();
                notify(t('live.add.added'));
              },
            },
          )
        }
      />
    </Paper>
  );
}

function CloseRoom({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const closeRoom = useCloseRoom(roomId);
  const [confirming, setConfirming] = useState(false);
  const dismiss = () => {
    closeRoom.reset();
    setConfirming(false);
  };
  return (
    <Group>
      <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
        {t('live.room.close')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('live.room.closeTitle')}
        confirmLabel={t('live.room.close')}
        danger
        busy={closeRoom.isPending}
        error={closeRoom.error}
        onClose={dismiss}
        onConfirm={() =>
          closeRoom.mutate(undefined, {
            onSuccess: () => {
              notify(t('live.room.closedNow'));
              dismiss();
            },
          })
        }
      >
        {t('live.room.closeConfirm')}
      </ConfirmDialog>
    </Group>
  );
}
