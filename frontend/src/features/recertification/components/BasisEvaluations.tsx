import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EvaluationQuestionResult } from '@/components/EvaluationQuestionResult';
import { formatDateList } from '@/lib/dates';
import type { Basis } from '../api/types';

/**
 * The participants' evaluations of the cycle's training days, as the Utvärderingar page shows them
 * (the threshold is the server's): which days were counted, then each question. Staff only: the
 * API gives the working group null, and then nothing is shown. Before any day counts, one line.
 */
export function BasisEvaluations({ evaluations }: { evaluations: Basis['evaluations'] }) {
  const { t, i18n } = useTranslation();
  if (!evaluations) return null;
  return (
    <section aria-labelledby="basis-evaluations-title" data-testid="basis-evaluations">
      <Title order={3} size="h4" id="basis-evaluations-title" mb="xs">
        {t('recert.basis.evaluationsTitle')}
      </Title>
      {evaluations.days === 0 ? (
        <Text data-testid="basis-evaluations-none">{t('recert.basis.noEvaluations')}</Text>
      ) : (
        <>
          <Text>{t('evaluations.summary', { count: evaluations.days })}</Text>
          {evaluations.day_dates.length > 0 && (
            <Text>
              {t('evaluations.dayDates', {
                list: formatDateList(evaluations.day_dates, i18n.language),
              })}
            </Text>
          )}
          <Stack gap="md" mt="md">
            {evaluations.questions.map((q) => (
              <EvaluationQuestionResult
                key={q.key}
                question={q}
                minAnswers={evaluations.min_answers}
                headingOrder={4}
              />
            ))}
          </Stack>
        </>
      )}
    </section>
  );
}
