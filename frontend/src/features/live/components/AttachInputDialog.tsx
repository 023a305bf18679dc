import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { formatDate } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useAttachInput } from '../api/attach-input';
import { useExerciseCandidates } from '../api/get-exercise-candidates';
import { LiveErrorAlert } from './LiveErrorAlert';
import { kindLabel } from './labels';
import { anyAvailable, type CandidateChoice, candidateChoices } from './workshop-model';

/**
 * "Bifoga övningsresultat": the exercises the workshop may take, each with its answers; those
 * already attached or with too few answers are listed but cannot be chosen.
 */
export function AttachInputDialog({
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
