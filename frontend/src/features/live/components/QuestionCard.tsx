import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/StatusBadge';
import { useAnswerVisibility } from '../api/set-answer-visibility';
import type { LiveQuestion, LiveRoom } from '../api/types';
import { kindLabel, optionsSummary, STATE_TONES, stateLabel } from './labels';
import classes from './live.module.css';
import { QuestionActions } from './QuestionActions';
import { QuestionResults } from './QuestionResults';

/**
 * One question of the room as the trainer sees it: number and prompt, its moment, kind and state,
 * the answers so far, the actions and the results — shown on the question on the projector (which
 * is also framed), folded away on the others once someone has answered.
 */
export function QuestionCard({
  room,
  question: q,
  number,
}: {
  room: LiveRoom;
  question: LiveQuestion;
  number: number;
}) {
  const { t } = useTranslation();
  const answers = useAnswerVisibility(room.id);
  const current = room.current_question_id === q.id;
  const isExercise = q.purpose === 'exercise';
  const titleId = `question-${q.id}-title`;
  const results = (
    <QuestionResults
      question={q}
      minAnswers={room.min_answers}
      onHide={(answerId) => answers.mutate({ questionId: q.id, answerId, hidden: true })}
      onShowHidden={(ids) => {
        for (const answerId of ids) answers.mutate({ questionId: q.id, answerId, hidden: false });
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
        {q.options.length > 0 && <Text size="sm">{optionsSummary(t, q)}</Text>}
        <Text size="sm" data-testid="answer-count">
          {t('live.question.counts', { count: q.answer_count, skipped: q.skip_count })}
          {!q.show_results && ` · ${t('live.question.resultsHidden')}`}
        </Text>
        <QuestionActions room={room} question={q} answersError={answers.error} />
        {current ? (
          <section aria-label={t('live.question.resultsOf', { prompt: q.prompt })}>
            {results}
          </section>
        ) : (
          q.answer_count > 0 && (
            <details>
              <summary>{t('live.question.results')}</summary>
              <div style={{ marginTop: 8 }}>{results}</div>
            </details>
          )
        )}
      </Stack>
    </Paper>
  );
}
