import { Anchor, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCertifications } from '@/api/get-certifications';
import { useTrainingDays } from '@/api/get-training-days';
import { ErrorAlert } from '@/components/ErrorAlert';
import { EvaluationQuestionResult } from '@/components/EvaluationQuestionResult';
import { Loading } from '@/components/Loading';
import { cycleName } from '@/lib/cycle';
import { formatDate, formatDateList } from '@/lib/dates';
import { csvUrl, useEvaluationResults } from '../api/get-evaluation-results';
import type { EvaluationFilters } from '../api/types';

/**
 * The participants' evaluations, aggregated across training days per question: filters
 * (certification, moment, day), scale questions as bars of 1–5 with the mean and a table, choices
 * and word clouds (the API gives their words as the distribution) as bars, free texts listed; a
 * question with too few answers says how many have answered so far and nothing else (one question
 * is `components/EvaluationQuestionResult`, shared with a review's decision basis). The days
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
  // The certifications to filter by (a trainer's list holds only their own) and their days.
  const certifications = useCertifications({ page: 1, pageSize: 100 });
  const days = useTrainingDays(filters.certificationId ?? 0, !!filters.certificationId);
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
                label: cycleName(t, c.organisation_name, c.cycle),
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
                <EvaluationQuestionResult
                  key={q.key}
                  question={q}
                  minAnswers={results.data.min_answers}
                />
              ))}
            </Stack>
          )}
        </section>
      )}
    </Stack>
  );
}
