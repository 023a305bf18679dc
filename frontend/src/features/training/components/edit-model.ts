import type { Session, TrainingDay } from '../api/types';

/** What the edit dialogs hold: the fields as typed. */
export interface DayEditValues {
  date: string;
  location: string;
  notes: string;
}
export interface SessionEditValues {
  date: string;
  notes: string;
}

/** A PATCH body: the version the edit was based on and only the fields that changed. */
export type Changes<T> = { version: number } & Partial<T>;

function changed<T extends object>(before: T, values: T, version: number): Changes<T> | null {
  const out: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    const next = typeof value === 'string' ? value.trim() : value;
    if (next !== (before[key] ?? '')) out[key] = next as T[keyof T];
  }
  return Object.keys(out).length === 0 ? null : { version, ...out };
}

/**
 * A planned day's changes (date, place, notes), or null when nothing changed. An unchanged date
 * is left out so that only a real move is checked (and warned about) as one.
 */
export function dayChanges(day: TrainingDay, values: DayEditValues): Changes<DayEditValues> | null {
  return changed<DayEditValues>(
    { date: day.date, location: day.location, notes: day.notes },
    values,
    day.version,
  );
}

/** A workshop's or supervision's changes (date, notes), or null when nothing changed. */
export function sessionChanges(
  session: Session,
  values: SessionEditValues,
): Changes<SessionEditValues> | null {
  return changed<SessionEditValues>(
    { date: session.date, notes: session.notes },
    values,
    session.version,
  );
}

/** The dialogs' starting values: what is saved now. */
export const dayEditValues = (day: TrainingDay): DayEditValues => ({
  date: day.date,
  location: day.location,
  notes: day.notes,
});
export const sessionEditValues = (session: Session): SessionEditValues => ({
  date: session.date,
  notes: session.notes,
});
