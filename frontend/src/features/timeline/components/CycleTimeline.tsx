import { Group, Paper, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/AnchorLink';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StatusBadge, type Tone } from '@/components/StatusBadge';
import { SvgIcon } from '@/components/SvgIcon';
import { isApiError } from '@/lib/api';
import { formatDate, todayIso } from '@/lib/dates';
import { useTimelineSources } from '../api/sources';
import classes from './timeline.module.css';
import { deriveTimeline, type StepState, type TimelineStep } from './timeline-model';

const STATE_TONES: Record<StepState, Tone> = { done: 'green', upcoming: 'blue', overdue: 'red' };

/** A check (done), a dot (coming), an exclamation mark (overdue): the state is never colour only. */
function Bullet({ state }: { state: StepState }) {
  if (state === 'done') {
    return (
      <SvgIcon size={14} strokeWidth={2.5}>
        <path d="M3 8.5l3.2 3L13 4.5" />
      </SvgIcon>
    );
  }
  if (state === 'overdue') {
    return (
      <SvgIcon size={14} strokeWidth={2.5}>
        <path d="M8 3v6M8 12.5v.5" />
      </SvgIcon>
    );
  }
  return (
    <SvgIcon size={14} strokeWidth={2.5}>
      <circle cx="8" cy="8" r="2" fill="currentColor" />
    </SvgIcon>
  );
}

function title(t: TFunction, s: TimelineStep): string {
  const done = s.state === 'done';
  switch (s.kind) {
    case 'training-day':
      return t('timeline.steps.trainingDay', { moments: (s.moments ?? []).join('+') });
    case 'session':
      return t(`sessions.kinds.${s.sessionKind}`, { defaultValue: t('timeline.steps.session') });
    case 'follow-up':
      return t(`followUps.kinds.${s.followUpKind}`, { defaultValue: t('timeline.steps.followUp') });
    case 'recert-window':
      return t(done ? 'timeline.steps.windowOpened' : 'timeline.steps.windowOpens');
    case 'expiry':
      return t(done ? 'timeline.steps.expired' : 'timeline.steps.expires');
    default:
      return t(`timeline.steps.${s.kind}`);
  }
}

function detail(t: TFunction, s: TimelineStep): string | null {
  if (s.kind === 'follow-up' && s.followUpStatus) {
    return t('timeline.status', { status: t(`followUps.status.${s.followUpStatus}`) });
  }
  if (s.kind === 'review') {
    return s.outcome
      ? t('timeline.outcome', { outcome: t(`recert.outcome.${s.outcome}`) })
      : t('recert.undecided');
  }
  if (s.kind === 'certificate' && s.certificateStatus && s.certificateStatus !== 'valid') {
    return t('timeline.status', { status: t(`certificate.status.${s.certificateStatus}`) });
  }
  return null;
}

function StepLink({
  step,
  certificationId,
  children,
}: {
  step: TimelineStep;
  certificationId: number;
  children: ReactNode;
}) {
  const tab = (tab: 'training' | 'sessions' | 'certificate' | 'plan' | 'follow-ups') => (
    <AnchorLink
      to="/certifications/$certificationId"
      params={{ certificationId }}
      search={{ tab }}
      className={classes.title}
    >
      {children}
    </AnchorLink>
  );
  switch (step.kind) {
    case 'follow-up':
      return step.id ? (
        <AnchorLink
          to="/follow-ups/$followUpId"
          params={{ followUpId: step.id }}
          className={classes.title}
        >
          {children}
        </AnchorLink>
      ) : (
        <span className={classes.title}>{children}</span>
      );
    case 'review':
      return step.id ? (
        <AnchorLink
          to="/reviews/$reviewId"
          params={{ reviewId: step.id }}
          className={classes.title}
        >
          {children}
        </AnchorLink>
      ) : (
        <span className={classes.title}>{children}</span>
      );
    case 'training-day':
      return tab('training');
    case 'session':
      return tab('sessions');
    case 'certificate':
    case 'expiry':
      return tab('certificate');
    case 'plan-submitted':
    case 'plan-approved':
      return tab('plan');
    default:
      return <span className={classes.title}>{children}</span>;
  }
}

/**
 * The certification's whole cycle on one vertical line: training, plan, certificate, follow-ups,
 * re-certification window and review, expiry; each step done, coming or overdue.
 */
export function CycleTimeline({
  certificationId,
  status,
  certified,
}: {
  certificationId: number;
  status: string;
  certified: boolean;
}) {
  const { t, i18n } = useTranslation();
  const q = useTimelineSources(certificationId, certified);
  const queries = [q.trainingDays, q.sessions, q.events, q.certificate, q.followUps, q.reviews];
  const error = queries.find((x) => x.isError && !isApiError(x.error, 404))?.error;
  const pending = [q.trainingDays, q.sessions, q.events].some((x) => x.isPending);

  let body: ReactNode;
  if (error) body = <ErrorAlert error={error} />;
  else if (pending) body = <Loading />;
  else {
    const steps = deriveTimeline({
      today: todayIso(),
      certificationStatus: status,
      trainingDays: q.trainingDays.data ?? [],
      sessions: q.sessions.data ?? [],
      events: q.events.data ?? [],
      certificate: q.certificate.data ?? null,
      followUps: q.followUps.data ?? [],
      reviews: q.reviews.data ?? [],
    });
    body = (
      <ol className={classes.list} data-testid="cycle-timeline">
        {steps.map((s) => {
          const d = detail(t, s);
          return (
            <li key={s.key} className={classes.step} data-state={s.state} data-kind={s.kind}>
              <span className={classes.bullet}>
                <Bullet state={s.state} />
              </span>
              <Group gap="xs" wrap="wrap">
                <StepLink step={s} certificationId={certificationId}>
                  {title(t, s)}
                </StepLink>
                <StatusBadge tone={STATE_TONES[s.state]} label={t(`timeline.state.${s.state}`)} />
              </Group>
              <Text size="sm">
                {s.date ? formatDate(s.date, i18n.language) : t('timeline.noDate')}
                {d ? ` · ${d}` : ''}
              </Text>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title" mb="xs">
        {t('timeline.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('timeline.intro')}
      </Text>
      {body}
    </Paper>
  );
}
