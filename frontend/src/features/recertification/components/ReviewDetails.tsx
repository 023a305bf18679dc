import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { IcsLink } from '@/components/IcsLink';
import { allows } from '@/lib/authorization';
import { cycleName } from '@/lib/cycle';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useReviewedCertificate } from '../api/get-reviewed-certificate';
import type { Review } from '../api/types';
import { DecisionBasis } from './DecisionBasis';
import { DecisionForm } from './DecisionForm';
import { OutcomeBadge } from './labels';
import { RescheduleForm } from './RescheduleForm';
import { ReviewOutcome } from './ReviewOutcome';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * A re-certification review: when and by whom, the decision basis, and the outcome (recorded here
 * by admins and auditors). Moving it, choosing its auditor and deciding it are offered as its
 * `allowed_actions` say. After a renewal it shows the new certificate and leads to the next cycle.
 */
export function ReviewDetails({
  review,
  canListAuditors,
}: {
  review: Review;
  /** Whether the auditors can be listed (the user list, admins'): choosing one needs them. */
  canListAuditors: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const certificate = useReviewedCertificate(review.certificate_id);
  const [editing, setEditing] = useState(false);
  const decided = !!review.outcome;
  const canDecide = allows(review, 'review:decide');
  const canReschedule = allows(review, 'review:schedule');
  const canAssign = allows(review, 'review:assign') && canListAuditors;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-facts">
        <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="review-facts">
            {t('recert.review.factsTitle')}
          </Title>
          <OutcomeBadge t={t} outcome={review.outcome ?? null} />
        </Group>
        {editing ? (
          <RescheduleForm review={review} canAssign={canAssign} onDone={() => setEditing(false)} />
        ) : (
          <Stack gap="sm">
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
              <Field label={t('recert.fields.organisation')}>
                <AnchorLink
                  to="/certifications/$certificationId"
                  params={{ certificationId: review.certification_id }}
                >
                  {cycleName(t, review.organisation_name, certificate.data?.cycle)}
                </AnchorLink>
              </Field>
              <Field label={t('recert.fields.certificate')}>
                {certificate.data
                  ? t('recert.review.certificateLine', {
                      number: certificate.data.number,
                      date: formatDate(certificate.data.valid_until, lang),
                    })
                  : '–'}
              </Field>
              <Field label={t('recert.fields.scheduledOn')}>
                <span data-testid="review-date">{formatDate(review.scheduled_on, lang)}</span>{' '}
                <IcsLink
                  kind="review"
                  id={review.id}
                  what={t('recert.review.icsName', { name: review.organisation_name })}
                />
              </Field>
              <Field label={t('recert.fields.auditor')}>{review.auditor_name ?? '–'}</Field>
              {review.notes && <Field label={t('recert.fields.notes')}>{review.notes}</Field>}
              {decided && (
                <Field label={t('recert.fields.decidedAt')}>
                  {formatDateTime(review.decided_at, lang)}
                </Field>
              )}
            </SimpleGrid>
            {canReschedule && (
              <Group>
                <Button variant="outline" onClick={() => setEditing(true)}>
                  {t('recert.review.reschedule')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
        <ErrorAlert error={certificate.error} />
      </Paper>

      {decided && <ReviewOutcome review={review} />}

      <DecisionBasis basis={review.basis} />

      {canDecide && <DecisionForm review={review} />}
    </Stack>
  );
}
