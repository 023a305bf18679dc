import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { PlanConflict, PlanContent } from '../api/types';
import { formatValue, pathField, pathLabel } from './describe';
import classes from './plan.module.css';

/**
 * Someone saved the plan while you edited it. Lists the fields both changed (yours against theirs)
 * and offers the server's merge (both sides' other changes kept, theirs on these fields) or a reload
 * that throws your changes away.
 */
export function ConflictDialog({
  conflict,
  mine,
  busy,
  error,
  onUseMerged,
  onReload,
  onClose,
}: {
  conflict: PlanConflict | null;
  mine: PlanContent;
  busy: boolean;
  error?: unknown;
  onUseMerged: () => void;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const contents = [mine, conflict?.current.content, conflict?.merged];
  const by = conflict?.current.updated_by_name;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={conflict !== null}
      onClose={onClose}
      closeOnClickOutside={false}
      title={t('plan.conflict.title')}
      size="lg"
    >
      {conflict && (
        <Stack data-testid="conflict-dialog">
          <Text>{by ? t('plan.conflict.introBy', { name: by }) : t('plan.conflict.intro')}</Text>
          <ErrorAlert error={error} />
          {conflict.conflicts.length === 0 ? (
            <Alert color="blue" role="status">
              {t('plan.conflict.noConflicts')}
            </Alert>
          ) : (
            <>
              <Text fw={600}>
                {t('plan.conflict.listTitle', { count: conflict.conflicts.length })}
              </Text>
              <List listStyleType="none" spacing="sm" className={classes.diff}>
                {conflict.conflicts.map((c) => {
                  const field = pathField(c.path);
                  const value = (v: unknown) => formatValue(t, v, i18n.language, field, contents);
                  return (
                    <List.Item key={c.path} className={classes.change} data-testid="conflict">
                      <Text fw={600}>{pathLabel(t, c.path, contents) ?? c.path}</Text>
                      <div className={classes.beforeAfter}>
                        <Text size="sm" fw={600}>
                          {t('plan.conflict.yours')}
                        </Text>
                        <Text size="sm" className={classes.preWrap}>
                          {value(c.mine)}
                        </Text>
                        <Text size="sm" fw={600}>
                          {t('plan.conflict.theirs')}
                        </Text>
                        <Text size="sm" className={classes.preWrap}>
                          {value(c.theirs)}
                        </Text>
                      </div>
                    </List.Item>
                  );
                })}
              </List>
              <Text size="sm">{t('plan.conflict.mergeExplained')}</Text>
            </>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="outline" color="red.9" onClick={onReload} disabled={busy}>
              {t('plan.conflict.reload')}
            </Button>
            <Button onClick={onUseMerged} loading={busy}>
              {t('plan.conflict.useMerged')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
