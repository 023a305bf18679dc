/**
 * The review's decision as the form holds it: the outcome, targeted efforts (punktinsatser) for a
 * renewal with efforts, notes. Pure, so the rules are tested without rendering.
 */

import { isIsoDate } from '@/lib/dates';
import { newId } from '@/lib/ids';
import type { Decision, Effort, ReviewOutcome } from '../api/types';

export interface EffortDraft {
  key: string;
  /** '' = no moment (a topic only). */
  moment: '' | '1' | '2' | '3';
  topic: string;
  date: string;
}

export interface DecisionDraft {
  outcome: ReviewOutcome | '';
  efforts: EffortDraft[];
  notes: string;
}

export function newEffort(): EffortDraft {
  return { key: newId(), moment: '', topic: '', date: '' };
}

export function emptyDecision(): DecisionDraft {
  return { outcome: '', efforts: [newEffort()], notes: '' };
}

export type DecisionErrors = {
  outcome?: 'required';
  efforts?: 'required';
  /** Per effort key: what is wrong with it. */
  effort?: Record<string, 'moment_or_topic' | 'date'>;
};

/** An effort is something when it names a moment or a topic. */
function isBlank(e: EffortDraft): boolean {
  return !e.moment && !e.topic.trim() && !e.date;
}

export function validateDecision(draft: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!draft.outcome) errors.outcome = 'required';
  if (draft.outcome === 'renewed_with_efforts') {
    const filled = draft.efforts.filter((e) => !isBlank(e));
    if (filled.length === 0) errors.efforts = 'required';
    const effort: Record<string, 'moment_or_topic' | 'date'> = {};
    for (const e of filled) {
      if (!e.moment && !e.topic.trim()) effort[e.key] = 'moment_or_topic';
      else if (e.date && !isIsoDate(e.date)) effort[e.key] = 'date';
    }
    if (Object.keys(effort).length > 0) errors.effort = effort;
  }
  return errors;
}

export function hasErrors(errors: DecisionErrors): boolean {
  return !!errors.outcome || !!errors.efforts || !!errors.effort;
}

/** The body of `POST /reviews/{id}/decide`; efforts only for a renewal with efforts. */
export function toDecision(draft: DecisionDraft, version: number): Decision {
  const outcome = draft.outcome as ReviewOutcome;
  const efforts: Effort[] =
    outcome === 'renewed_with_efforts'
      ? draft.efforts
          .filter((e) => !isBlank(e))
          .map((e) => ({
            moment: e.moment ? Number(e.moment) : null,
            topic: e.topic.trim(),
            date: e.date || null,
          }))
      : [];
  return { version, outcome, notes: draft.notes.trim(), efforts };
}
