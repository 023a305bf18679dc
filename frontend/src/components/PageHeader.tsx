import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * The page's one h1, which also becomes the document title; `actions` beside it, `description`
 * (a line of context, such as the way to a certification's previous cycle) under it.
 */
export function PageHeader({
  title,
  actions,
  description,
}: {
  title: string;
  actions?: ReactNode;
  description?: ReactNode;
}) {
  usePageTitle(title);
  const heading = (
    <Group justify="space-between" align="center" mb={description ? 0 : 'lg'} wrap="wrap" gap="sm">
      <Title order={1}>{title}</Title>
      {actions}
    </Group>
  );
  if (!description) return heading;
  return (
    <Stack gap={4} mb="lg">
      {heading}
      {description}
    </Stack>
  );
}
