import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/dates';
import { notify } from '@/lib/notify';
import { useEvaluationToggle } from '../api/toggle-evaluation';
import type { LiveRoom } from '../api/types';
import { LiveErrorAlert } from './LiveErrorAlert';
import classes from './live.module.css';

/**
 * The day's evaluation: whether it is open (and until when, with its link) and the button that
 * opens or closes it.
 */
export function EvaluationPanel({ room }: { room: LiveRoom }) {
  const { t, i18n } = useTranslation();
  const toggle = useEvaluationToggle(room.id);
  const ev = room.evaluation;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="evaluation-title"
      data-testid="evaluation-panel"
    >
      <Title order={2} size="h3" id="evaluation-title" mb="sm">
        {t('live.evaluation.title')}
      </Title>
      <Stack gap="sm">
        {ev.open ? (
          <>
            <Text data-testid="evaluation-state">
              {t('live.evaluation.openUntil', {
                time: formatDateTime(ev.closes_at, i18n.language),
              })}
            </Text>
            <Text size="sm" fw={600}>
              {t('live.evaluation.link')}
            </Text>
            <Anchor href={ev.url} className={classes.url} data-testid="evaluation-url">
              {ev.url}
            </Anchor>
          </>
        ) : (
          <Text data-testid="evaluation-state">{t('live.evaluation.closed')}</Text>
        )}
        <Text size="sm">{t('live.evaluation.intro')}</Text>
        <LiveErrorAlert error={toggle.error} />
        <Group>
          <Button
            variant={ev.open ? 'outline' : 'filled'}
            loading={toggle.isPending}
            onClick={() =>
              toggle.mutate(!ev.open, {
                onSuccess: () =>
                  notify(ev.open ? t('live.evaluation.closedNow') : t('live.evaluation.openedNow')),
              })
            }
          >
            {ev.open ? t('live.evaluation.close') : t('live.evaluation.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
