/**
 * Dates as the product needs them: calendar dates (`YYYY-MM-DD`, no time zone) for training days,
 * deadlines and validity, and instants shown in Europe/Stockholm.
 */
export const TIME_ZONE = 'Europe/Stockholm';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** "3 mars 2026" / "3 March 2026"; a calendar date is formatted without any time zone shift. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  if (!isIsoDate(value.slice(0, 10))) return value;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ISO 8601 with offset) as date and time in Stockholm. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Today's calendar date in Stockholm, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * `iso` plus `months` calendar months; a day that does not exist in the target month becomes its
 * last day (31 Aug + 6 months = 28 or 29 Feb), as the API counts follow-ups and validity.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** "mars 2027" / "March 2027" for the month of `iso`. */
export function formatMonth(iso: string, language: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The weekday of `iso`, 0 = Monday … 6 = Sunday (the Swedish week starts on Monday). */
export function weekdayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * Calendar dates as one short list, the year said once per year: "2 mars, 24 mars 2026" /
 * "10 december 2025, 2 mars 2026". In the given order (the API sorts them).
 */
export function formatDateList(values: readonly string[], language: string): string {
  const dayMonth = new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const valid = values.filter((v) => isIsoDate(v));
  return valid
    .map((iso, i) => {
      const next = valid[i + 1];
      if (next === undefined || next.slice(0, 4) !== iso.slice(0, 4)) {
        return formatDate(iso, language);
      }
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return dayMonth.format(new Date(Date.UTC(y, m - 1, d)));
    })
    .join(', ');
}
