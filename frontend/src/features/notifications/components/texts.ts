/**
 * A notification in the reader's language: the API sends a `kind` and `data`
 * (organisation_name, number, days, dates, outcome …); the words are the SPA's (src/i18n,
 * `notifications.kinds.*`). Pure, tested for every kind.
 */
import type { TFunction } from 'i18next';
import { formatDate, isIsoDate } from '@/lib/dates';

export const KINDS = [
  'plan_submitted',
  'plan_changes_requested',
  'plan_approved',
  'follow_up_due',
  'follow_up_overdue',
  'follow_up_submitted',
  'follow_up_reviewed',
  'recert_window_opened',
  'review_scheduled',
  'certificate_suspended',
  'certificate_withdrawn',
  'certificate_expiring',
  'document_uploaded',
  'document_reviewed',
] as const;

const FOLLOW_UP_KINDS: readonly string[] = ['six_months', 'eighteen_months'];

export interface NotificationLike {
  kind: string;
  data: Record<string, unknown>;
}

function text(data: Record<string, unknown>, key: string): string {
  const v = data[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

export function notificationText(t: TFunction, n: NotificationLike, language: string): string {
  const d = n.data ?? {};
  const date = (key: string) => {
    const v = text(d, key);
    return isIsoDate(v.slice(0, 10)) ? formatDate(v.slice(0, 10), language) : v;
  };
  // Every follow_up_* notification names its follow-up (six_months, eighteen_months); an older
  // one without it, or a kind the SPA does not know, says just "the follow-up".
  const kind = text(d, 'kind_of_follow_up');
  const followUpKind = FOLLOW_UP_KINDS.includes(kind) ? kind : 'unknown';
  const params = {
    organisation: text(d, 'organisation_name') || t('notifications.yourOrganisation'),
    number: text(d, 'number'),
    dueOn: date('due_on'),
    scheduledOn: date('scheduled_on'),
    validUntil: date('valid_until'),
    until: date('until'),
    reason: text(d, 'reason'),
    title: text(d, 'title'),
    followUp: t(`notifications.followUp.start.${followUpKind}`),
    followUpInline: t(`notifications.followUp.inline.${followUpKind}`),
  };
  let key = `notifications.kinds.${n.kind}`;
  if (n.kind === 'follow_up_reviewed') {
    key += d.outcome === 'needs_attention' ? '.needs_attention' : '.accepted';
  } else if (n.kind === 'certificate_suspended') {
    key += params.until ? '.until' : '.open';
  }
  return t(key, { ...params, defaultValue: t('notifications.unknown') });
}

/** Only same-origin SPA paths are followed (never another site). */
export function safeLink(link: string | null | undefined): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
