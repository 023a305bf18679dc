import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StatusBadge } from '@/components/StatusBadge';
import { notify } from '@/lib/notify';
import {
  useCreateTemplate,
  useDeleteTemplate,
  useQuestionTemplates,
  useUpdateTemplate,
} from '../api/templates';
import type { QuestionTemplate } from '../api/types';
import { bankGroups } from './bank-model';
import { kindLabel } from './labels';
import classes from './live.module.css';
import { QuestionForm } from './QuestionForm';

/**
 * The question bank (admins): the exercises of each moment and the evaluation questions that a
 * new live room copies. Rooms already opened keep their own copies.
 */
export function QuestionBank() {
  const { t } = useTranslation();
  const templates = useQuestionTemplates();
  const create = useCreateTemplate();
  const [editing, setEditing] = useState<QuestionTemplate | null>(null);
  const [removing, setRemoving] = useState<QuestionTemplate | null>(null);

  return (
    <Stack gap="lg">
      <Text>{t('bank.intro')}</Text>
      {templates.isPending ? (
        <Loading />
      ) : templates.isError ? (
        <ErrorAlert error={templates.error} />
      ) : (
        bankGroups(templates.data).map((group) => {
          const title =
            group.purpose === 'evaluation'
              ? t('bank.evaluationTitle')
              : t('bank.exerciseTitle', { moment: group.moment });
          const id = `bank-${group.key}`;
          return (
            <Paper
              key={group.key}
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby={id}
              data-testid={id}
            >
              <Title order={2} size="h3" id={id} mb="sm">
                {title}
              </Title>
              {group.templates.length === 0 ? (
                <Text>{t('bank.empty')}</Text>
              ) : (
                <ol className={classes.questions}>
                  {group.templates.map((q) => (
                    <li key={q.id}>
                      <Paper withBorder p="sm" radius="sm">
                        <Group justify="space-between" align="flex-start" gap="xs">
                          <Stack gap={4} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                            <Text fw={600}>{q.prompt}</Text>
                            {q.options.length > 0 && (
                              <Text size="sm">
                                {q.kind === 'scale'
                                  ? t('live.question.scaleEnds', {
                                      low: q.options[0],
                                      high: q.options[1],
                                    })
                                  : t('live.question.options', { list: q.options.join(' · ') })}
                              </Text>
                            )}
                          </Stack>
                          <Group gap={6}>
                            <StatusBadge tone="gray" label={kindLabel(t, q.kind)} />
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setEditing(q)}
                              aria-label={t('bank.editNamed', { prompt: q.prompt })}
                            >
                              {t('common.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="outline"
                              color="red.9"
                              onClick={() => setRemoving(q)}
                              aria-label={t('bank.removeNamed', { prompt: q.prompt })}
                            >
                              {t('bank.remove')}
                            </Button>
                          </Group>
                        </Group>
                      </Paper>
                    </li>
                  ))}
                </ol>
              )}
            </Paper>
          );
        })
      )}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="bank-add-title">
        <Title order={2} size="h3" id="bank-add-title" mb="sm">
          {t('bank.addTitle')}
        </Title>
        <QuestionForm
          withPurpose
          withMoment
          submitLabel={t('bank.add')}
          busy={create.isPending}
          error={create.error}
          onSubmit={(v, reset) =>
            create.mutate(
              {
                purpose: v.purpose,
                moment: v.moment,
                kind: v.kind,
                prompt: v.prompt,
                options: v.options,
              },
              {
                onSuccess: () => {
                  reset();
                  notify(t('bank.added'));
                },
              },
            )
          }
        />
      </Paper>
      <EditTemplate template={editing} onClose={() => setEditing(null)} />
      <RemoveTemplate template={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}

function EditTemplate({
  template,
  onClose,
}: {
  template: QuestionTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateTemplate();
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={template !== null}
      onClose={close}
      title={t('bank.editTitle')}
      size="lg"
    >
      {template && (
        <Stack gap="sm">
          <Text size="sm">{kindLabel(t, template.kind)}</Text>
          <QuestionForm
            key={template.id}
            initial={template}
            kindEditable={false}
            submitLabel={t('common.save')}
            busy={update.isPending}
            error={update.error}
            onCancel={close}
            onSubmit={(v) =>
              update.mutate(
                { templateId: template.id, prompt: v.prompt, options: v.options },
                {
                  onSuccess: () => {
                    notify(t('bank.saved'));
                    close();
                  },
                },
              )
            }
          />
        </Stack>
      )}
    </Modal>
  );
}

function RemoveTemplate({
  template,
  onClose,
}: {
  template: QuestionTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteTemplate();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={template !== null}
      title={t('bank.removeTitle')}
      confirmLabel={t('bank.remove')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() =>
        template &&
        remove.mutate(template.id, {
          onSuccess: () => {
            notify(t('bank.removed'));
            close();
          },
        })
      }
    >
      {t('bank.removeConfirm', { prompt: template?.prompt ?? '' })}
    </ConfirmDialog>
  );
}
