import { Badge } from '@mantine/core';

// Mantine's green.9 on the striped row background is 4.1:1; these pass 4.5:1 on white and gray.0.
const TONES = {
  green: '#1d6b30',
  blue: '#1864ab',
  orange: '#8a4500',
  red: '#a61e1e',
  gray: '#343a40',
} as const;
export type Tone = keyof typeof TONES;

const STATUS_TONES: Record<string, Tone> = {
  active: 'green',
  invited: 'blue',
  deactivated: 'gray',
};

/** An outlined badge; its colour comes from `tone`, or from a known account `status`. */
export function StatusBadge({
  status,
  label,
  tone,
}: {
  status?: string;
  label: string;
  tone?: Tone;
}) {
  const color = TONES[tone ?? STATUS_TONES[status ?? ''] ?? 'gray'];
  return (
    <Badge variant="outline" radius="sm" color={color}>
      {label}
    </Badge>
  );
}
