import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '@/lib/api';
import { formatNumber } from '@/lib/numbers';
import { BarTable } from './BarTable';

export type EvaluationResults = ApiResponse<'/api/v1/evaluation-results', 'get'>;
export type EvaluationQuestion = EvaluationResults['questions'][number];

/**
 * One evaluation question aggregated across training days, as `GET /evaluation-results` gives it
 * (the Utvärderingar page and a review's decision basis): its kind and counts; a scale with its
 * mean, choices and word clouds (their words are the distribution) as bars with the same figures
 * in a table beside them; free texts listed in the server's order. A withheld question (fewer than
 * `minAnswers` on every day) says how many have answered so far and nothing else.
 */
export function EvaluationQuestionResult({
  question: q,
  minAnswers,
  headingOrder = 3,
}: {
  question: EvaluationQuestion;
  minAnswers: number;
  /** The question's heading level under the caller's own headings. */
  headingOrder?: 3 | 4 | 5;
}) {
  const { t, i18n } = useTranslation();
  const titleId = `evaluation-question-${q.key}`;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="evaluation-question"
    >
      <Title order={headingOrder} size="h4" id={titleId} mb={4}>
        {q.prompt}
      </Title>
      <Text size="sm" mb="sm">
        {t(`questionKinds.${q.kind}`)}
        {/* A withheld question counts every answer so far; its own line says how many. */}
        {q.withheld
          ? q.skip_count > 0 && ` · ${t('evaluations.skipped', { count: q.skip_count })}`
          : ` · ${t('evaluations.counts', { count: q.answer_count, skipped: q.skip_count })}`}
      </Text>
      {q.withheld ? (
        <Text data-testid="evaluation-withheld">
          {t('evaluations.withheld', { count: q.answer_count, min: minAnswers })}
        </Text>
      ) : q.kind === 'open_text' ? (
        q.texts.length === 0 ? (
          <Text>{t('evaluations.noTexts')}</Text>
        ) : (
          <List spacing={4} data-testid="evaluation-texts">
            {q.texts.map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: texts repeat; the order is the server's
              <List.Item key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {text}
              </List.Item>
            ))}
          </List>
        )
      ) : (
        <Stack gap="sm">
          {q.kind === 'scale' && q.mean !== null && (
            <Text fw={600} data-testid="evaluation-mean">
              {t('results.mean', { mean: formatNumber(q.mean, i18n.language) })}
            </Text>
          )}
          <BarTable
            rows={q.distribution}
            caption={t('results.tableCaption', { prompt: q.prompt })}
            labelHeader={
              q.kind === 'scale'
                ? t('results.step')
                : q.kind === 'word_cloud'
                  ? t('results.word')
                  : t('results.option')
            }
            testId="evaluation-table"
          />
        </Stack>
      )}
    </Paper>
  );
}
