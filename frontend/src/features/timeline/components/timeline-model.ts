/**
 * The whole cycle of one certification as a timeline, derived from what the API already gives:
 * training days, workshops and supervision, the status history (plan submitted, approved), the
 * certificate, the follow-ups, the re-certification window and reviews, and the expiry. Each step
 * is done, coming (kommande) or overdue (försenad). Steps not reached yet and without a date are
 * placed after the last step of an earlier phase. Pure, tested without rendering. The window's
 * opening is the server's (`window_opens_on`), never computed here.
 */
export type StepState = 'done' | 'upcoming' | 'overdue';

export type StepKind =
  | 'training-day'
  | 'training-pending'
  | 'session'
  | 'plan-submitted'
  | 'plan-pending'
  | 'plan-approved'
  | 'approval-pending'
  | 'certificate'
  | 'follow-up'
  | 'follow-ups-pending'
  | 'recert-window'
  | 'review'
  | 'review-pending'
  | 'expiry';

export interface TimelineStep {
  key: string;
  kind: StepKind;
  /** A calendar date, or null for a step not planned yet. */
  date: string | null;
  state: StepState;
  /** 1 training · 2 plan · 3 certificate · 4 follow-ups · 5 window · 6 review · 7 expiry. */
  phase: number;
  id?: number;
  moments?: readonly number[];
  sessionKind?: string;
  followUpKind?: string;
  followUpStatus?: string;
  outcome?: string | null;
  certificateStatus?: string;
}

export interface TimelineSources {
  today: string;
  certificationStatus: string;
  trainingDays: readonly { id: number; date: string; moments: readonly number[]; status: string }[];
  sessions: readonly { id: number; kind: string; date: string }[];
  events: readonly { at: string; to_status: string | null }[];
  certificate: {
    issued_on: string;
    valid_until: string;
    window_opens_on: string;
    status: string;
  } | null;
  followUps: readonly {
    id: number;
    kind: string;
    due_on: string;
    status: string;
    overdue: boolean;
  }[];
  reviews: readonly { id: number; scheduled_on: string; outcome?: string | null }[];
}

/** An instant's calendar date in Stockholm ("2026-11-23T23:30:00Z" → "2026-11-24"). */
function stockholmDate(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at.slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

const byDate = (today: string, date: string): StepState => (date <= today ? 'done' : 'upcoming');

export function deriveTimeline(src: TimelineSources): TimelineStep[] {
  const { today } = src;
  const cancelled = src.certificationStatus === 'cancelled';
  const approval = src.events.find((e) => e.to_status === 'certified');
  // A renewal's next cycle starts certified: only its targeted efforts are trained.
  const certified = !!approval || !!src.certificate || src.certificationStatus === 'certified';
  const steps: TimelineStep[] = [];

  // 1 · Training days and the sessions with the working group.
  const days = src.trainingDays.filter((d) => d.status !== 'cancelled');
  for (const d of days) {
    steps.push({
      key: `training-day-${d.id}`,
      kind: 'training-day',
      id: d.id,
      date: d.date,
      phase: 1,
      moments: d.moments,
      state: d.status === 'held' ? 'done' : d.date < today ? 'overdue' : 'upcoming',
    });
  }
  const planned = new Set(days.flatMap((d) => d.moments));
  if (!cancelled && !certified && ![1, 2, 3].every((m) => planned.has(m))) {
    steps.push({
      key: 'training-pending',
      kind: 'training-pending',
      date: null,
      phase: 1,
      state: 'upcoming',
    });
  }
  for (const s of src.sessions) {
    steps.push({
      key: `session-${s.id}`,
      kind: 'session',
      id: s.id,
      date: s.date,
      phase: 1,
      sessionKind: s.kind,
      state: byDate(today, s.date),
    });
  }

  // 2 · The plan: every submission, then the approval.
  const submissions = src.events.filter((e) => e.to_status === 'plan_submitted');
  submissions.forEach((e, i) => {
    steps.push({
      key: `plan-submitted-${i}`,
      kind: 'plan-submitted',
      date: stockholmDate(e.at),
      phase: 2,
      state: 'done',
    });
  });
  if (approval) {
    steps.push({
      key: 'plan-approved',
      kind: 'plan-approved',
      date: stockholmDate(approval.at),
      phase: 2,
      state: 'done',
    });
  } else if (!cancelled && !certified) {
    if (src.certificationStatus !== 'plan_submitted') {
      steps.push({
        key: 'plan-pending',
        kind: 'plan-pending',
        date: null,
        phase: 2,
        state: 'upcoming',
      });
    }
    steps.push({
      key: 'approval-pending',
      kind: 'approval-pending',
      date: null,
      phase: 3,
      state: 'upcoming',
    });
  }

  // 3–7 · After the certificate.
  const c = src.certificate;
  if (c) {
    steps.push({
      key: 'certificate',
      kind: 'certificate',
      date: c.issued_on,
      phase: 3,
      state: 'done',
      certificateStatus: c.status,
    });
    for (const f of src.followUps) {
      steps.push({
        key: `follow-up-${f.id}`,
        kind: 'follow-up',
        id: f.id,
        date: f.due_on,
        phase: 4,
        followUpKind: f.kind,
        followUpStatus: f.status,
        state:
          f.status === 'accepted' || f.status === 'submitted'
            ? 'done'
            : f.overdue
              ? 'overdue'
              : 'upcoming',
      });
    }
    const opens = c.window_opens_on;
    steps.push({
      key: 'recert-window',
      kind: 'recert-window',
      date: opens,
      phase: 5,
      state: byDate(today, opens),
    });
    for (const r of src.reviews) {
      steps.push({
        key: `review-${r.id}`,
        kind: 'review',
        id: r.id,
        date: r.scheduled_on,
        phase: 6,
        outcome: r.outcome ?? null,
        state: r.outcome ? 'done' : r.scheduled_on < today ? 'overdue' : 'upcoming',
      });
    }
    const live = c.status !== 'withdrawn';
    if (src.reviews.length === 0 && live) {
      steps.push({
        key: 'review-pending',
        kind: 'review-pending',
        date: null,
        phase: 6,
        state: today > c.valid_until ? 'overdue' : 'upcoming',
      });
    }
    steps.push({
      key: 'expiry',
      kind: 'expiry',
      date: c.valid_until,
      phase: 7,
      certificateStatus: c.status,
      // The last day of validity is still valid: it has expired from the day after.
      state: today > c.valid_until ? 'done' : 'upcoming',
    });
  } else if (!cancelled && certified) {
    // Certified, but the certificate is not (yet) readable: nothing more to tell.
  } else if (!cancelled) {
    steps.push({
      key: 'follow-ups-pending',
      kind: 'follow-ups-pending',
      date: null,
      phase: 4,
      state: 'upcoming',
    });
  }

  return order(steps);
}

/** Dated steps by date (then phase); each undated step after the last one of its phase or earlier. */
export function order(steps: readonly TimelineStep[]): TimelineStep[] {
  const out = steps
    .filter((s) => s.date !== null)
    .sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.phase - b.phase);
  const undated = steps.filter((s) => s.date === null).sort((a, b) => a.phase - b.phase);
  for (const s of undated) {
    let at = 0;
    out.forEach((x, i) => {
      if (x.phase <= s.phase) at = i + 1;
    });
    out.splice(at, 0, s);
  }
  return out;
}
