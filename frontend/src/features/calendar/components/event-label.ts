/**
 * What an event is, in the reader's language and as precise as the server's titles: the API's
 * `detail` says a training day's moments (`1+2`), a session's kind (`workshop`, `supervision`) or a
 * follow-up's kind (`six_months`, `eighteen_months`); the words are the SPA's. An event without a
 * detail the SPA knows keeps the server's title (in the profile's language), or the kind's word.
 */
import type { TFunction } from 'i18next';

export interface EventLike {
  kind: string;
  title: string;
  detail?: string | null;
}

const SESSION_KINDS = ['workshop', 'supervision'];
const FOLLOW_UP_KINDS = ['six_months', 'eighteen_months'];
const MOMENTS = /^[1-3](\+[1-3])*$/;

export function eventLabel(t: TFunction, e: EventLike): string {
  const detail = e.detail ?? '';
  switch (e.kind) {
    case 'training-day':
      if (MOMENTS.test(detail)) return t('calendar.labels.training-day', { moments: detail });
      break;
    case 'session':
      if (SESSION_KINDS.includes(detail)) return t(`calendar.labels.session.${detail}`);
      break;
    case 'follow-up':
      if (FOLLOW_UP_KINDS.includes(detail)) return t(`calendar.labels.follow-up.${detail}`);
      break;
    case 'review':
      return t('calendar.kinds.review');
  }
  return e.title || t(`calendar.kinds.${e.kind}`, { defaultValue: e.kind });
}
