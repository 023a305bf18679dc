import { Button, Group, Modal, Paper, Radio, Stack, Text, Title } from '@mantine/core';
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
import type { WorkshopInput } from '../api/types';
import {
  useAttachInput,
  useExerciseCandidates,
  useRemoveInput,
  useWorkshopInputs,
} from '../api/workshop-input';
import { LiveErrorAlert } from './LiveErrorAlert';
import { kindLabel } from './labels';
import classes from './live.module.css';
import { anyAvailable, type CandidateChoice, candidateChoices } from './workshop-model';

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
        <AttachDialog
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

function AttachDialog({
  certificationId,
  sessionId,
  opened,
  onClose,
}: {
  certificationId: number;
  sessionId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const candidates = useExerciseCandidates(certificationId, sessionId, opened);
  const choices = candidateChoices(candidates.data ?? []);
  const attach = useAttachInput(certificationId, sessionId);
  const [choice, setChoice] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const available = anyAvailable(choices);
  const close = () => {
    setChoice('');
    setFieldError(null);
    attach.reset();
    onClose();
  };
  const status = ({ candidate: c, unavailable }: CandidateChoice) => {
    if (unavailable?.reason === 'attached') return t('live.workshop.alreadyAttached');
    if (unavailable?.reason === 'tooFew') {
      return t('live.workshop.tooFew', { count: unavailable.answers, min: unavailable.min });
    }
    return t('live.workshop.answers', { count: c.answer_count });
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={close}
      title={t('live.workshop.attachTitle')}
      size="lg"
    >
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <ErrorAlert error={candidates.error} />
      ) : choices.length === 0 ? (
        <Stack>
          <Text>{t('live.workshop.nothingToAttach')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.back')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!choice) {
              setFieldError(t('live.workshop.chooseRequired'));
              return;
            }
            attach.mutate(Number(choice), {
              onSuccess: () => {
                notify(t('live.workshop.attached'));
                close();
              },
            });
          }}
        >
          <Stack>
            <Text size="sm">{t('live.workshop.attachIntro')}</Text>
            {!available && (
              <Text size="sm" fw={600} data-testid="nothing-available">
                {t('live.workshop.noneAvailable')}
              </Text>
            )}
            <LiveErrorAlert error={attach.error} />
            <Radio.Group
              label={t('live.workshop.choose')}
              value={choice}
              onChange={(v) => {
                setChoice(v);
                setFieldError(null);
              }}
              error={fieldError}
              required
            >
              <Stack gap="xs" mt="xs">
                {choices.map((c) => (
                  <Radio
                    key={c.candidate.question_id}
                    value={String(c.candidate.question_id)}
                    label={c.candidate.prompt}
                    disabled={c.unavailable !== null}
                    description={`${t('live.workshop.choiceMeta', {
                      kind: kindLabel(t, c.candidate.kind),
                      moment: c.candidate.moment,
                      date: formatDate(c.candidate.date, i18n.language),
                    })} · ${status(c)}`}
                    data-testid="exercise-candidate"
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {available ? t('common.cancel') : t('common.back')}
              </Button>
              {available && (
                <Button type="submit" loading={attach.isPending}>
                  {t('live.workshop.attachSubmit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
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
