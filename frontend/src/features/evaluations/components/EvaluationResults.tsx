import {
  Anchor,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarTable } from '@/components/BarTable';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { formatDate, formatDateList } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';
import {
  csvUrl,
  useCertificationChoices,
  useEvaluationResults,
  useTrainingDayChoices,
} from '../api/results';
import type { EvaluationFilters, EvaluationQuestionResult } from '../api/types';

/**
 * The participants' evaluations, aggregated across training days per question: filters
 * (certification, moment, day), scale questions as bars of 1–5 with the mean and a table, choices
 * and word clouds (the API gives their words as the distribution) as bars, free texts listed; a
 * question with too few answers says how many have answered so far and nothing else. The days
 * counted are named. The same selection downloads as CSV.
 */
export function EvaluationResultsView({
  filters,
  onChange,
}: {
  filters: EvaluationFilters;
  onChange: (filters: EvaluationFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const certifications = useCertificationChoices();
  const days = useTrainingDayChoices(filters.certificationId);
  const results = useEvaluationResults(filters);
  const dayChoices = (days.data ?? []).filter((d) => d.status !== 'cancelled');

  return (
    <Stack gap="lg">
      <Paper
        withBorder
        p="md"
        radius="md"
        component="form"
        role="search"
        aria-label={t('evaluations.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('evaluations.certification')}
            value={filters.certificationId ? String(filters.certificationId) : ''}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              onChange({ ...filters, certificationId: v > 0 ? v : undefined, dayId: undefined });
            }}
            data={[
              { value: '', label: t('evaluations.allCertifications') },
              ...(certifications.data?.items ?? []).map((c) => ({
                value: String(c.id),
                label: c.organisation_name,
              })),
            ]}
          />
          <NativeSelect
            label={t('evaluations.moment')}
            value={filters.moment ? String(filters.moment) : ''}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              onChange({ ...filters, moment: v > 0 ? v : undefined });
            }}
            data={[
              { value: '', label: t('evaluations.allMoments') },
              ...[1, 2, 3].map((m) => ({
                value: String(m),
                label: t('results.momentN', { n: m }),
              })),
            ]}
          />
          <NativeSelect
            label={t('evaluations.day')}
            disabled={!filters.certificationId}
            description={filters.certificationId ? undefined : t('evaluations.dayHint')}
            value={filters.dayId ? String(filters.dayId) : ''}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              onChange({ ...filters, dayId: v > 0 ? v : undefined });
            }}
            data={[
              { value: '', label: t('evaluations.allDays') },
              ...dayChoices.map((d) => ({
                value: String(d.id),
                label: `${formatDate(d.date, i18n.language)} (${t('results.moments', {
                  list: d.moments.join('+'),
                })})`,
              })),
            ]}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Anchor href={csvUrl(filters)} download data-testid="evaluations-csv">
            {t('evaluations.csv')}
          </Anchor>
        </Group>
      </Paper>
      <ErrorAlert error={certifications.error} />
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ErrorAlert error={results.error} />
      ) : (
        <section aria-labelledby="evaluation-results-title" aria-busy={results.isFetching}>
          <Title order={2} size="h3" id="evaluation-results-title" mb="xs">
            {t('evaluations.resultsTitle')}
          </Title>
          <Text mb={results.data.day_dates.length > 0 ? 0 : 'md'} data-testid="evaluations-summary">
            {t('evaluations.summary', { count: results.data.days })}
          </Text>
          {results.data.day_dates.length > 0 && (
            <Text mb="md" data-testid="evaluations-days">
              {t('evaluations.dayDates', {
                list: formatDateList(results.data.day_dates, i18n.language),
              })}
            </Text>
          )}
          {results.data.questions.length === 0 ? (
            <Text>{t('evaluations.none')}</Text>
          ) : (
            <Stack gap="md">
              {results.data.questions.map((q) => (
                <QuestionResult key={q.key} question={q} minAnswers={results.data.min_answers} />
              ))}
            </Stack>
          )}
        </section>
      )}
    </Stack>
  );
}

function QuestionResult({
  question: q,
  minAnswers,
}: {
  question: EvaluationQuestionResult;
  minAnswers: number;
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
      <Title order={3} size="h4" id={titleId} mb={4}>
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
