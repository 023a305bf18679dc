import { describe, expect, it } from 'vitest';
import type { Session, TrainingDay } from '../api/types';
import { dayChanges, dayEditValues, sessionChanges, sessionEditValues } from './edit-model';

const day = {
  id: 1,
  date: '2026-04-14',
  moments: [1, 2],
  length: 'full',
  status: 'planned',
  participant_count: null,
  location: 'Stadshuset',
  notes: '',
  version: 3,
} as unknown as TrainingDay;

const session = {
  id: 9,
  certification_id: 4,
  kind: 'workshop',
  date: '2026-05-05',
  notes: 'Första workshopen.',
  version: 2,
} as Session;

describe('dayChanges', () => {
  it('sends the version and only what changed, trimmed', () => {
    const values = { ...dayEditValues(day), location: '  Kulturhuset ', notes: 'Ta med dator' };
    expect(dayChanges(day, values)).toEqual({
      version: 3,
      location: 'Kulturhuset',
      notes: 'Ta med dator',
    });
  });

  it('leaves an unchanged date out and a moved one in', () => {
    expect(dayChanges(day, { ...dayEditValues(day), date: '2026-04-21' })).toEqual({
      version: 3,
      date: '2026-04-21',
    });
  });

  it('is null when nothing changed (whitespace alone is no change)', () => {
    expect(dayChanges(day, dayEditValues(day))).toBeNull();
    expect(dayChanges(day, { ...dayEditValues(day), location: 'Stadshuset  ' })).toBeNull();
  });

  it('can clear a field', () => {
    expect(dayChanges(day, { ...dayEditValues(day), location: ' ' })).toEqual({
      version: 3,
      location: '',
    });
  });
});

describe('sessionChanges', () => {
  it('sends the version and the changed notes or date', () => {
    expect(sessionChanges(session, { ...sessionEditValues(session), notes: 'Ny agenda.' })).toEqual(
      { version: 2, notes: 'Ny agenda.' },
    );
    expect(sessionChanges(session, { date: '2026-05-12', notes: 'Första workshopen.' })).toEqual({
      version: 2,
      date: '2026-05-12',
    });
    expect(sessionChanges(session, sessionEditValues(session))).toBeNull();
  });
});
