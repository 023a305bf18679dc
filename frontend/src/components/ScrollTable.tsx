import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A horizontally scrolling box for a wide table on narrow screens. It is focusable and named so
 * keyboard users can scroll it too (WCAG 2.1.1), even when the table holds no controls. It is the
 * containing block of what is absolutely positioned inside (visually hidden header labels), so
 * that those scroll with the table instead of widening the page.
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      style={{ position: 'relative' }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
