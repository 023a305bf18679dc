import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { notify } from '@/lib/notify';
import { useDecideReview } from '../api/decide-review';
import { type DecisionResult, OUTCOMES, type Review, type ReviewOutcome } from '../api/types';
import {
  type DecisionDraft,
  type DecisionErrors,
  type EffortDraft,
  emptyDecision,
  hasErrors,
  newEffort,
  toDecision,
  validateDecision,
} from './decision-model';
import { outcomeLabel } from './labels';

/**
 * The review's outcome: "Förnyat", "Förnyat med punktinsatser" (at least one effort: a moment to
 * repeat and/or a topic, on a date if known) or "Ej förnyat". Final once recorded.
 */
export function DecisionForm({
  review,
  onDecided,
}: {
  review: Review;
  /** Called with the API's answer (the review's own query is updated already). */
  onDecided?: (result: DecisionResult) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideReview(review.id);
  const [draft, setDraft] = useState<DecisionDraft>(emptyDecision);
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [confirming, setConfirming] = useState(false);
  const withEfforts = draft.outcome === 'renewed_with_efforts';

  const setEffort = (key: string, patch: Partial<EffortDraft>) =>
    setDraft((d) => ({
      ...d,
      efforts: d.efforts.map((e) => (e.key === key ? { ...e, ...patch } : e)),
    }));

  const check = () => {
    const found = validateDecision(draft);
    setErrors(found);
    if (!hasErrors(found)) setConfirming(true);
  };

  const effortError = (e: EffortDraft) => {
    const code = errors.effort?.[e.key];
    if (code === 'moment_or_topic') return t('recert.decision.effortIncomplete');
    if (code === 'date') return t('training.plan.dateRequired');
    return undefined;
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="decision-title">
      <Title order={2} size="h3" id="decision-title" mb="xs">
        {t('recert.decision.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('recert.decision.intro')}
      </Text>
      <Stack gap="md">
        <Radio.Group
          label={t('recert.decision.outcome')}
          value={draft.outcome}
          onChange={(value) => {
            setDraft((d) => ({ ...d, outcome: value as ReviewOutcome }));
            setErrors({});
          }}
          error={errors.outcome ? t('recert.decision.outcomeRequired') : undefined}
          required
        >
          <Stack gap={6} mt={6}>
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={outcomeLabel(t, o)} />
            ))}
          </Stack>
        </Radio.Group>

        {withEfforts && (
          <section aria-labelledby="efforts-title">
            <Title order={3} size="h4" id="efforts-title" mb={4}>
              {t('recert.decision.effortsTitle')}
            </Title>
            <Text size="sm" mb="sm">
              {t('recert.decision.effortsIntro')}
            </Text>
            {errors.efforts && (
              <Alert color="red" role="alert" mb="sm">
                {t('recert.decision.effortsRequired')}
              </Alert>
            )}
            <Stack gap="sm">
              {draft.efforts.map((e, i) => {
                const n = i + 1;
                const error = effortError(e);
                return (
                  <fieldset
                    key={e.key}
                    style={{
                      border: '1px solid var(--mantine-color-gray-4)',
                      borderRadius: 'var(--mantine-radius-md)',
                      margin: 0,
                      minWidth: 0,
                    }}
                    aria-invalid={error ? true : undefined}
                    data-testid="effort"
                  >
                    <legend style={{ fontWeight: 700, padding: '0 4px' }}>
                      {t('recert.decision.effortNumber', { n })}
                    </legend>
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                      <NativeSelect
                        label={t('recert.decision.moment')}
                        value={e.moment}
                        onChange={(ev) =>
                          setEffort(e.key, {
                            moment: ev.currentTarget.value as EffortDraft['moment'],
                          })
                        }
                        data={[
                          { value: '', label: t('recert.decision.noMoment') },
                          ...(['1', '2', '3'] as const).map((m) => ({
                            value: m,
                            label: t('recert.decision.momentN', { n: m }),
                          })),
                        ]}
                      />
                      <TextInput
                        label={t('recert.decision.topic')}
                        value={e.topic}
                        maxLength={200}
                        onChange={(ev) => setEffort(e.key, { topic: ev.currentTarget.value })}
                      />
                      <TextInput
                        type="date"
                        label={t('recert.decision.date')}
                        description={t('recert.decision.dateHint')}
                        value={e.date}
                        onChange={(ev) => setEffort(e.key, { date: ev.currentTarget.value })}
                      />
                    </SimpleGrid>
                    {error && (
                      <Text size="sm" c="var(--mantine-color-error)" mt={4} role="alert">
                        {error}
                      </Text>
                    )}
                    {draft.efforts.length > 1 && (
                      <Button
                        mt="xs"
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        onClick={() =>
                          setDraft((d) => ({
                            ...d,
                            efforts: d.efforts.filter((x) => x.key !== e.key),
                          }))
                        }
                        aria-label={t('recert.decision.removeEffortNamed', { n })}
                      >
                        {t('recert.decision.removeEffort')}
                      </Button>
                    )}
                  </fieldset>
                );
              })}
              <Group>
                <Button
                  variant="outline"
                  onClick={() => setDraft((d) => ({ ...d, efforts: [...d.efforts, newEffort()] }))}
                  disabled={draft.efforts.length >= 10}
                >
                  {t('recert.decision.addEffort')}
                </Button>
              </Group>
            </Stack>
          </section>
        )}

        <Textarea
          label={t('recert.decision.notes')}
          value={draft.notes}
          onChange={(e) => {
            const notes = e.currentTarget.value;
            setDraft((d) => ({ ...d, notes }));
          }}
          autosize
          minRows={2}
        />
        <ErrorAlert error={confirming ? null : decide.error} />
        <Group>
          <Button onClick={check}>{t('recert.decision.submit')}</Button>
        </Group>
      </Stack>

      <ConfirmDialog
        opened={confirming}
        title={t('recert.decision.confirmTitle')}
        confirmLabel={t('recert.decision.confirm')}
        busy={decide.isPending}
        error={decide.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          decide.mutate(toDecision(draft, review.version), {
            onSuccess: (result) => {
              setConfirming(false);
              notify(t('recert.decision.done'));
              onDecided?.(result);
            },
          })
        }
      >
        <Stack gap="xs">
          <Text>
            {draft.outcome &&
              t('recert.decision.confirmBody', { outcome: outcomeLabel(t, draft.outcome) })}
          </Text>
          <Text size="sm">{t(`recert.decision.consequence.${draft.outcome || 'renewed'}`)}</Text>
        </Stack>
      </ConfirmDialog>
    </Paper>
  );
}
