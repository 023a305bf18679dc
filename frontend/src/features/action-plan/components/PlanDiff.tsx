import { Badge, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanChange, PlanContent } from '../api/types';
import { formatValue, pathField, pathLabel } from './describe';
import classes from './plan.module.css';

const KIND_COLORS: Record<PlanChange['kind'], string> = {
  added: '#1d6b30',
  removed: '#a61e1e',
  changed: '#1864ab',
};

/**
 * A list of changes between two versions of a plan: what was added, removed or changed, with the
 * value before and after. `contents` (the two versions, when known) name goals by their titles.
 */
export function PlanDiff({
  changes,
  contents = [],
}: {
  changes: readonly PlanChange[];
  contents?: readonly (PlanContent | null | undefined)[];
}) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) {
    return <Text data-testid="plan-diff-empty">{t('plan.diff.noChanges')}</Text>;
  }
  return (
    <List listStyleType="none" spacing="sm" className={classes.diff} data-testid="plan-diff">
      {changes.map((c, i) => {
        const field = pathField(c.path);
        const label = pathLabel(t, c.path, contents, c.label) ?? (c.label || c.path);
        const value = (v: unknown) => formatValue(t, v, i18n.language, field, contents);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a path may change twice in one diff
          <List.Item key={`${c.path}-${i}`} data-kind={c.kind} className={classes.change}>
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="outline" radius="sm" color={KIND_COLORS[c.kind]}>
                  {t(`plan.diff.kinds.${c.kind}`)}
                </Badge>
                <Text fw={600}>{label}</Text>
              </Group>
              {c.kind === 'added' && (
                <Text component="ins" className={classes.ins}>
                  <VisuallyHidden>{t('plan.diff.after')}: </VisuallyHidden>
                  {value(c.after)}
                </Text>
              )}
              {c.kind === 'removed' && (
                <Text component="del" className={classes.del}>
                  <VisuallyHidden>{t('plan.diff.before')}: </VisuallyHidden>
                  {value(c.before)}
                </Text>
              )}
              {c.kind === 'changed' && (
                <div className={classes.beforeAfter}>
                  <Text size="sm" fw={600}>
                    {t('plan.diff.before')}
                  </Text>
                  <Text component="del" className={classes.del}>
                    {value(c.before)}
                  </Text>
                  <Text size="sm" fw={600}>
                    {t('plan.diff.after')}
                  </Text>
                  <Text component="ins" className={classes.ins}>
                    {value(c.after)}
                  </Text>
                </div>
              )}
            </Stack>
          </List.Item>
        );
      })}
    </List>
  );
}
