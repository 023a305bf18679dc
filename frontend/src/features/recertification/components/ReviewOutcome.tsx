import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useCertificate } from '@/api/get-certificate';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate } from '@/lib/dates';
import type { Effort, Review } from '../api/types';

/** "Moment 2: Bemötande (15 mars 2030)". */
function effortText(t: TFunction, e: Effort, lang: string): string {
  const parts = [
    e.moment ? t('recert.decision.momentN', { n: e.moment }) : null,
    e.topic?.trim() || null,
  ].filter(Boolean);
  const what = parts.join(': ');
  return e.date ? `${what} (${formatDate(e.date, lang)})` : what;
}

/** The recorded outcome; after a renewal, the new certificate and the way to the next cycle. */
export function ReviewOutcome({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const next = useCertificate(review.next_certification_id ?? 0, !!review.next_certification_id);
  const efforts = review.efforts ?? [];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="outcome-title"
      data-testid="review-outcome"
    >
      <Title order={2} size="h3" id="outcome-title" mb="sm">
        {t('recert.review.outcomeTitle')}
      </Title>
      <Stack gap="sm">
        <Text fw={600}>{review.outcome && t(`recert.outcome.${review.outcome}`)}</Text>
        {efforts.length > 0 && (
          <div>
            <Text fw={600} size="sm">
              {t('recert.decision.effortsTitle')}
            </Text>
            <List size="sm" data-testid="review-efforts">
              {efforts.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: efforts have no ids
                <List.Item key={i}>{effortText(t, e, lang)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {review.outcome === 'not_renewed' && <Text>{t('recert.review.notRenewedInfo')}</Text>}
        {review.next_certification_id && (
          <Paper withBorder p="sm" radius="md" data-testid="new-certificate">
            {next.isError ? (
              <ErrorAlert error={next.error} />
            ) : next.data ? (
              <Stack gap={4}>
                <Text fw={600}>
                  {t('recert.review.newCertificate', { number: next.data.number })}
                </Text>
                <Text data-testid="new-certificate-valid-until">
                  {t('recert.review.validUntil', { date: formatDate(next.data.valid_until, lang) })}
                </Text>
                <Group gap="md" wrap="wrap">
                  <AnchorLink
                    to="/certifications/$certificationId"
                    params={{ certificationId: review.next_certification_id }}
                  >
                    {t('recert.review.nextCycle')}
                  </AnchorLink>
                  <Anchor href={`/verify/${encodeURIComponent(next.data.number)}`}>
                    {t('recert.review.verifyNew')}
                  </Anchor>
                </Group>
              </Stack>
            ) : null}
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
