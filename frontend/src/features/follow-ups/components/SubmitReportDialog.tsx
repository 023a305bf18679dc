import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { PlanGoal } from '../api/types';
import { goalLegend } from './GoalFacts';

/**
 * "Skicka in rapporten?": names the goals still without an assessment, and says that unsaved
 * changes are saved first.
 */
export function SubmitReportDialog({
  opened,
  goals,
  unassessed,
  dirty,
  busy,
  error,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  goals: readonly PlanGoal[];
  /** Ids of the goals without an assessment. */
  unassessed: readonly string[];
  dirty: boolean;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={opened}
      title={t('followUps.report.submitTitle')}
      confirmLabel={t('followUps.report.submitConfirm')}
      busy={busy}
      error={error}
      onClose={onClose}
      onConfirm={onConfirm}
    >
      <Stack>
        <Text>{t('followUps.report.submitBody')}</Text>
        {unassessed.length > 0 && (
          <Alert color="yellow" title={t('followUps.report.unassessedTitle')}>
            <List size="sm">
              {goals
                .map((g, i) => ({ g, i }))
                .filter(({ g }) => unassessed.includes(g.id))
                .map(({ g, i }) => (
                  <List.Item key={g.id}>{goalLegend(t, g, i)}</List.Item>
                ))}
            </List>
          </Alert>
        )}
        {dirty && <Text size="sm">{t('followUps.report.savesFirst')}</Text>}
      </Stack>
    </ConfirmDialog>
  );
}
