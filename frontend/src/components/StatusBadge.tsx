import { Badge } from '@mantine/core';

// Mantine's green.9 on the striped row background is 4.1:1; these pass 4.5:1 on white and gray.0.
const COLORS: Record<string, string> = {
  active: '#1d6b30',
  invited: '#1864ab',
  deactivated: '#343a40',
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge variant="outline" radius="sm" color={COLORS[status] ?? COLORS.deactivated}>
      {label}
    </Badge>
  );
}
