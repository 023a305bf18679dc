import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanComment, PlanContent } from '../api/types';

/** What the editor's "Mål" and "Aktiviteter" sections get. */
export interface PlanItemsProps {
  certificationId: number;
  draft: PlanContent;
  setDraft: (update: (d: PlanContent) => PlanContent) => void;
  /** The last save's problems, keyed "<section>.<index>.<field>". */
  issues: Record<string, string>;
  comments: readonly PlanComment[];
  /** Whether an item can be commented on (only what the server has). */
  canComment: (itemId: string) => boolean;
}

/**
 * A section of the editor with a list of goals or activities: its heading, each item's fields
 * (`children`), a line when there are none, and the button that adds one.
 */
export function PlanItemList<T extends { id: string }>({
  section,
  items,
  empty,
  addLabel,
  onAdd,
  children,
}: {
  section: 'goals' | 'activities';
  items: readonly T[];
  /** Shown when there are no items. */
  empty: string;
  addLabel: string;
  onAdd: () => void;
  children: (item: T, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `plan-${section}-title`;
  return (
    <section aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {t(`plan.sections.${section}`)}
      </Title>
      <Stack gap="md">
        {items.length === 0 && <Text>{empty}</Text>}
        {items.map((item, i) => (
          <Fragment key={item.id}>{children(item, i)}</Fragment>
        ))}
        <Group>
          <Button variant="outline" onClick={onAdd}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
