import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import type { DocumentAction, DocumentKind, FindingStatus, ReviewStatus } from '../api/types';

const STATUS_TONES: Record<ReviewStatus, Tone> = {
  awaiting_review: 'orange',
  in_review: 'blue',
  reviewed: 'green',
  superseded: 'gray',
};

/** The review's status in words (the badge's colour is never the only difference). */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge
      tone={STATUS_TONES[status] ?? 'gray'}
      label={t(`documents.status.${status}`, { defaultValue: status })}
    />
  );
}

export function kindLabel(t: TFunction, kind: DocumentKind): string {
  return t(`documents.kinds.${kind}`, { defaultValue: kind });
}

/** A ground of diskrimineringslagen or a category of the checker, in the UI's language. */
export function groundLabel(t: TFunction, ground: string): string {
  return t(`documents.grounds.${ground}`, { defaultValue: ground });
}

export function findingStatusLabel(t: TFunction, status: FindingStatus): string {
  return t(`documents.findingStatus.${status}`, { defaultValue: status });
}

export function severityLabel(t: TFunction, severity: string): string {
  return t(`languageCheck.severity.${severity}`, { defaultValue: severity });
}

/** Whether the server allows the action (`allowed_actions`): the only source of the buttons. */
export const allows = (allowed: readonly string[], action: DocumentAction) =>
  allowed.includes(action);
