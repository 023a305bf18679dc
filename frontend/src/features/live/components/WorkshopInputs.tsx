import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarTable } from '@/components/BarTable';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { useConfirmAction } from '@/hooks/use-confirm-action';
import { formatDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { formatNumber } from '@/lib/numbers';
import { useWorkshopInputs } from '../api/get-workshop-inputs';
import { useRemoveInput } from '../api/remove-input';
import type { WorkshopInput } from '../api/types';
import { AttachInputDialog } from './AttachInputDialog';
import { kindLabel } from './labels';
import classes from './live.module.css';

/**
 * Exercise results attached to a workshop: the aggregates of moment 2 and 3 exercises (never single
 * answers), for the working group and the trainers. Trainers attach ("Bifoga övningsresultat")
 * and remove them.
 */
export function WorkshopInputs({
  certificationId,
  session,
  canManage,
}: {
  certificationId: number;
  session: { id: number; date: string };
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const inputs = useWorkshopInputs(certificationId, session.id);
  const [attaching, setAttaching] = useState(false);
  const [removing, setRemoving] = useState<WorkshopInput | null>(null);
  const titleId = `workshop-${session.id}-inputs`;
  const date = formatDate(session.date, i18n.language);

  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="section"
      aria-labelledby={titleId}
      data-testid={`workshop-inputs-${session.id}`}
    >
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {t('live.workshop.title', { date })}
        </Title>
        {canManage && (
          <Button
            size="compact-sm"
            variant="outline"
            onClick={() => setAttaching(true)}
            aria-label={t('live.workshop.attachNamed', { date })}
          >
            {t('live.workshop.attach')}
          </Button>
        )}
      </Group>
      {inputs.isPending ? (
        <Loading />
      ) : inputs.isError ? (
        <ErrorAlert error={inputs.error} />
      ) : inputs.data.length === 0 ? (
        <Text size="sm">{t('live.workshop.none')}</Text>
      ) : (
        <Stack gap="md">
          {inputs.data.map((input) => (
            <InputItem
              key={input.id}
              input={input}
              onRemove={canManage ? () => setRemoving(input) : undefined}
            />
          ))}
        </Stack>
      )}
      {canManage && (
        <AttachInputDialog
          certificationId={certificationId}
          sessionId={session.id}
          opened={attaching}
          onClose={() => setAttaching(false)}
        />
      )}
      {canManage && (
        <RemoveDialog
          certificationId={certificationId}
          sessionId={session.id}
          input={removing}
          onClose={() => setRemoving(null)}
        />
      )}
    </Paper>
  );
}

function InputItem({ input, onRemove }: { input: WorkshopInput; onRemove?: () => void }) {
  const { t, i18n } = useTranslation();
  const r = input.results;
  return (
    <article aria-label={input.prompt} data-testid="workshop-input">
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Text fw={600}>{input.prompt}</Text>
          <Text size="sm">
            {t('live.workshop.meta', {
              kind: kindLabel(t, input.kind),
              moment: input.moment,
              date: formatDate(input.date, i18n.language),
              count: input.answer_count,
            })}
          </Text>
        </div>
        {onRemove && (
          <Button
            size="compact-sm"
            variant="outline"
            color="red.9"
            onClick={onRemove}
            aria-label={t('live.workshop.removeNamed', { prompt: input.prompt })}
          >
            {t('live.workshop.remove')}
          </Button>
        )}
      </Group>
      {input.kind === 'scale' && r.mean !== null && (
        <Text size="sm" fw={600} mb={4}>
          {t('results.mean', { mean: formatNumber(r.mean, i18n.language) })}
        </Text>
      )}
      {input.kind === 'word_cloud' ? (
        <ul className={classes.wordList}>
          {r.words.map((w) => (
            <li key={w.word}>{t('results.wordCount', { word: w.word, count: w.count })}</li>
          ))}
        </ul>
      ) : (
        <BarTable
          rows={r.distribution}
          caption={t('results.tableCaption', { prompt: input.prompt })}
          labelHeader={input.kind === 'scale' ? t('results.step') : t('results.option')}
        />
      )}
    </article>
  );
}

function RemoveDialog({
  certificationId,
  sessionId,
  input,
  onClose,
}: {
  certificationId: number;
  sessionId: number;
  input: WorkshopInput | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useConfirmAction(useRemoveInput(certificationId, sessionId), onClose);
  return (
    <ConfirmDialog
      opened={input !== null}
      title={t('live.workshop.removeTitle')}
      confirmLabel={t('live.workshop.remove')}
      danger
      {...remove.dialogProps}
      onConfirm={() => input && remove.confirm(input.id, () => notify(t('live.workshop.removed')))}
    >
      {t('live.workshop.removeConfirm', { prompt: input?.prompt ?? '' })}
    </ConfirmDialog>
  );
}
