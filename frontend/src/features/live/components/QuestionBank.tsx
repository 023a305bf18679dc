import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StatusBadge } from '@/components/StatusBadge';
import { notify } from '@/lib/notify';
import { useCreateTemplate } from '../api/create-template';
import { useQuestionTemplates } from '../api/get-question-templates';
import type { QuestionTemplate } from '../api/types';
import { bankGroups } from './bank-model';
import { kindLabel, optionsSummary } from './labels';
import classes from './live.module.css';
import { QuestionForm } from './QuestionForm';
import { EditTemplateDialog, RemoveTemplateDialog } from './TemplateDialogs';

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
                            {q.options.length > 0 && <Text size="sm">{optionsSummary(t, q)}</Text>}
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
      <EditTemplateDialog template={editing} onClose={() => setEditing(null)} />
      <RemoveTemplateDialog template={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
