import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { useAddQuestion } from '../api/add-question';
import { QuestionForm } from './QuestionForm';

/**
 * A question written for this day. On a day of two moments an exercise belongs to one of them
 * (the first by default): a workshop takes only moment 2 and 3 exercises.
 */
export function AddQuestion({ roomId, moments }: { roomId: number; moments: readonly number[] }) {
  const { t } = useTranslation();
  const add = useAddQuestion(roomId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-question-title">
      <Title order={2} size="h3" id="add-question-title" mb="sm">
        {t('live.add.title')}
      </Title>
      <QuestionForm
        withPurpose
        withMoment={moments.length > 1}
        moments={moments}
        submitLabel={t('live.add.submit')}
        busy={add.isPending}
        error={add.error}
        onSubmit={(v, reset) =>
          add.mutate(
            {
              kind: v.kind,
              prompt: v.prompt,
              options: v.options,
              purpose: v.purpose,
              ...(v.moment !== null && { moment: v.moment }),
            },
            {
              onSuccess: () => {
                reset();
                notify(t('live.add.added'));
              },
            },
          )
        }
      />
    </Paper>
  );
}
