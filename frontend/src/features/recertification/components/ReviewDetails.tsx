import {
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { FormActions } from '@/components/FormActions';
import { IcsLink } from '@/components/IcsLink';
import { client, isApiError, unwrap } from '@/lib/api';
import { cycleName } from '@/lib/cycle';
import { formatDate, formatDateTime, isIsoDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { RECERTIFICATION_KEY } from '@/lib/query-keys';
import { useAuditors, useCertificateOf, useUpdateReview } from '../api/recertification';
import type { Effort, Review } from '../api/types';
import { DecisionBasis } from './DecisionBasis';
import { DecisionForm } from './DecisionForm';
import { OutcomeBadge } from './labels';

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

function useReviewedCertificate(certificateId: number) {
  return useQuery({
    queryKey: [...RECERTIFICATION_KEY, 'certificate', certificateId],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certificates/{certificate_id}', {
          params: { path: { certificate_id: certificateId } },
        }),
      ),
  });
}

/** "Moment 2: Bemötande (15 mars 2030)". */
function effortText(t: TFunction, e: Effort, lang: string): string {
  const parts = [
    e.moment ? t('recert.decision.momentN', { n: e.moment }) : null,
    e.topic?.trim() || null,
  ].filter(Boolean);
  const what = parts.join(': ');
  return e.date ? `${what} (${formatDate(e.date, lang)})` : what;
}

/**
 * A re-certification review: when and by whom, the decision basis, and the outcome (recorded here
 * by admins and auditors). After a renewal it shows the new certificate and leads to the next cycle.
 */
export function ReviewDetails({
  review,
  canDecide,
  canAssign,
}: {
  review: Review;
  canDecide: boolean;
  canAssign: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const certificate = useReviewedCertificate(review.certificate_id);
  const [editing, setEditing] = useState(false);
  const decided = !!review.outcome;

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
            {canDecide && !decided && (
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

      {decided && <Outcome review={review} />}

      <DecisionBasis basis={review.basis} />

      {!decided && canDecide && <DecisionForm review={review} />}
    </Stack>
  );
}

function RescheduleForm({
  review,
  canAssign,
  onDone,
}: {
  review: Review;
  canAssign: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateReview(review.id);
  const auditors = useAuditors(canAssign);
  const [date, setDate] = useState(review.scheduled_on);
  const [auditorId, setAuditorId] = useState(review.auditor_id ? String(review.auditor_id) : '');
  const [notes, setNotes] = useState(review.notes ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const conflict = isApiError(update.error, 409) && update.error.code === 'version_conflict';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isIsoDate(date)) {
          setDateError(t('recert.schedule.dateRequired'));
          return;
        }
        update.mutate(
          {
            version: review.version,
            scheduled_on: date,
            auditor_id: canAssign && auditorId ? Number(auditorId) : undefined,
            notes: notes.trim(),
          },
          {
            onSuccess: () => {
              notify(t('recert.review.rescheduled'));
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        {conflict ? (
          <ErrorAlert error={update.error} title={t('recert.review.conflict')} />
        ) : (
          <ErrorAlert error={update.error} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('recert.fields.scheduledOn')}
            required
            value={date}
            onChange={(e) => {
              setDate(e.currentTarget.value);
              setDateError(null);
            }}
            error={dateError}
          />
          {canAssign && (
            <NativeSelect
              label={t('recert.fields.auditor')}
              value={auditorId}
              onChange={(e) => setAuditorId(e.currentTarget.value)}
              data={[
                { value: '', label: t('recert.schedule.chooseAuditor') },
                ...(auditors.data?.items ?? []).map((u) => ({
                  value: String(u.id),
                  label: `${u.full_name} (${u.email})`,
                })),
              ]}
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('recert.fields.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <FormActions onCancel={onDone} busy={update.isPending} />
      </Stack>
    </form>
  );
}

/** The recorded outcome; after a renewal, the new certificate and the way to the next cycle. */
function Outcome({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const next = useCertificateOf(review.next_certification_id);
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
