import { describe, expect, it } from 'vitest';
import { deriveTimeline, order, type TimelineSources, type TimelineStep } from './timeline-model';

const base: TimelineSources = {
  today: '2026-11-23',
  certificationStatus: 'open',
  trainingDays: [],
  sessions: [],
  events: [{ at: '2026-10-01T08:00:00Z', to_status: 'open' }],
  certificate: null,
  followUps: [],
  reviews: [],
};

const summary = (steps: TimelineStep[]) =>
  steps.map((s) => `${s.kind}:${s.date ?? '-'}:${s.state}`);

describe('the certification timeline', () => {
  it('shows a new certification as the road ahead', () => {
    expect(summary(deriveTimeline(base))).toEqual([
      'training-pending:-:upcoming',
      'plan-pending:-:upcoming',
      'approval-pending:-:upcoming',
      'follow-ups-pending:-:upcoming',
    ]);
  });

  it('marks training days held, coming, or overdue when a past day was never held', () => {
    const steps = deriveTimeline({
      ...base,
      trainingDays: [
        { id: 1, date: '2026-11-03', moments: [1, 2], status: 'held' },
        { id: 2, date: '2026-11-13', moments: [3], status: 'planned' },
        { id: 3, date: '2026-11-10', moments: [3], status: 'cancelled' },
      ],
      sessions: [
        { id: 7, kind: 'workshop', date: '2026-11-20' },
        { id: 8, kind: 'supervision', date: '2026-12-04' },
      ],
    });
    expect(summary(steps).slice(0, 4)).toEqual([
      'training-day:2026-11-03:done',
      'training-day:2026-11-13:overdue',
      'session:2026-11-20:done',
      'session:2026-12-04:upcoming',
    ]);
    // All three moments are planned: no "training pending" step.
    expect(steps.some((s) => s.kind === 'training-pending')).toBe(false);
    expect(steps.at(-1)?.kind).toBe('follow-ups-pending');
  });

  it('follows a certified organisation through follow-ups, window, review and expiry', () => {
    const steps = deriveTimeline({
      ...base,
      today: '2029-06-01',
      certificationStatus: 'certified',
      trainingDays: [{ id: 1, date: '2026-11-03', moments: [1, 2, 3], status: 'held' }],
      events: [
        { at: '2026-10-01T08:00:00Z', to_status: 'open' },
        { at: '2026-11-10T09:00:00Z', to_status: 'plan_submitted' },
        { at: '2026-11-12T09:00:00Z', to_status: 'changes_requested' },
        { at: '2026-11-15T09:00:00Z', to_status: 'plan_submitted' },
        // 23:30 UTC is already the next day in Stockholm.
        { at: '2026-11-22T23:30:00Z', to_status: 'certified' },
      ],
      certificate: {
        issued_on: '2026-11-23',
        valid_until: '2029-11-23',
        window_opens_on: '2029-05-23',
        status: 'valid',
      },
      followUps: [
        { id: 11, kind: 'six_months', due_on: '2027-05-23', status: 'accepted', overdue: false },
        {
          id: 12,
          kind: 'eighteen_months',
          due_on: '2028-05-23',
          status: 'needs_attention',
          overdue: true,
        },
      ],
      reviews: [],
    });
    expect(summary(steps)).toEqual([
      'training-day:2026-11-03:done',
      'plan-submitted:2026-11-10:done',
      'plan-submitted:2026-11-15:done',
      'plan-approved:2026-11-23:done',
      'certificate:2026-11-23:done',
      'follow-up:2027-05-23:done',
      'follow-up:2028-05-23:overdue',
      'recert-window:2029-05-23:done',
      'review-pending:-:upcoming',
      'expiry:2029-11-23:upcoming',
    ]);
  });

  it('shows booked and decided reviews; an undecided review in the past is overdue', () => {
    const certified: TimelineSources = {
      ...base,
      today: '2029-09-01',
      certificationStatus: 'certified',
      events: [],
      certificate: {
        issued_on: '2026-11-23',
        valid_until: '2029-11-23',
        window_opens_on: '2029-05-23',
        status: 'valid',
      },
    };
    const late = deriveTimeline({ ...certified, reviews: [{ id: 5, scheduled_on: '2029-08-15' }] });
    expect(summary(late).filter((s) => s.startsWith('review'))).toEqual([
      'review:2029-08-15:overdue',
    ]);
    const decided = deriveTimeline({
      ...certified,
      reviews: [{ id: 5, scheduled_on: '2029-08-15', outcome: 'renewed_with_efforts' }],
    });
    expect(decided.find((s) => s.kind === 'review')).toMatchObject({
      state: 'done',
      outcome: 'renewed_with_efforts',
    });
    // After the last valid day without any review, the review is overdue and the expiry done.
    const expired = deriveTimeline({ ...certified, today: '2029-11-24' });
    expect(summary(expired).slice(-2)).toEqual([
      'review-pending:-:overdue',
      'expiry:2029-11-23:done',
    ]);
    // The window opens on the server's date, whatever its configured months.
    const late3 = deriveTimeline({
      ...certified,
      certificate: {
        ...(certified.certificate as NonNullable<TimelineSources['certificate']>),
        window_opens_on: '2029-08-23',
      },
    });
    expect(late3.find((s) => s.kind === 'recert-window')).toMatchObject({
      date: '2029-08-23',
      state: 'done',
    });
  });

  it('asks for no more training in the next cycle of a renewal', () => {
    const steps = deriveTimeline({
      ...base,
      today: '2029-08-23',
      certificationStatus: 'certified',
      events: [{ at: '2029-08-23T08:00:00Z', to_status: 'certified' }],
      trainingDays: [{ id: 9, date: '2029-09-22', moments: [2], status: 'planned' }],
      certificate: {
        issued_on: '2029-08-23',
        valid_until: '2032-11-23',
        window_opens_on: '2032-05-23',
        status: 'valid',
      },
    });
    expect(summary(steps).slice(0, 3)).toEqual([
      'plan-approved:2029-08-23:done',
      'certificate:2029-08-23:done',
      'training-day:2029-09-22:upcoming',
    ]);
    expect(steps.some((s) => s.kind === 'training-pending')).toBe(false);
  });

  it('adds no steps ahead for a cancelled certification', () => {
    const steps = deriveTimeline({
      ...base,
      certificationStatus: 'cancelled',
      trainingDays: [{ id: 1, date: '2026-11-03', moments: [1], status: 'held' }],
    });
    expect(summary(steps)).toEqual(['training-day:2026-11-03:done']);
  });

  it('puts a step without a date after the last step of its phase or an earlier one', () => {
    const step = (key: string, phase: number, date: string | null): TimelineStep => ({
      key,
      kind: 'session',
      phase,
      date,
      state: 'upcoming',
    });
    const out = order([
      step('c', 3, '2027-01-01'),
      step('x', 2, null),
      step('a', 1, '2026-01-01'),
      step('b', 1, '2026-06-01'),
      step('y', 0, null),
    ]);
    expect(out.map((s) => s.key)).toEqual(['y', 'a', 'b', 'x', 'c']);
  });
});
