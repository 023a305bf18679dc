import { Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { StandaloneLayout } from '@/components/layout/PublicLayout';
import { NotFoundPage } from '@/components/NotFoundPage';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiError } from '@/lib/api';
import { useLiveRoom } from '../api/get-live-room';
import { useRoomEvents } from '../api/room-events';
import { useAnswerVisibility } from '../api/set-answer-visibility';
import { LiveErrorAlert } from './LiveErrorAlert';
import { kindLabel, stateLabel } from './labels';
import classes from './projector.module.css';
import { QuestionResults } from './QuestionResults';
import { qrPath } from './room-paths';
import { StreamIndicator } from './StreamIndicator';

/**
 * What the room sees: the question on the projector (`current_question_id`) and, once there are
 * enough answers and the trainer shows them, its results; the join code and QR in a corner. Live
 * through the room's SSE stream. Free-text answers can be hidden from here ("Dölj").
 */
export function Projector({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const room = useLiveRoom(roomId);
  const stream = useRoomEvents(roomId);
  const answers = useAnswerVisibility(roomId);
  usePageTitle(
    room.data
      ? t('live.projector.title', { name: room.data.organisation_name })
      : t('live.projector.titlePlain'),
  );

  // Without the room there is no projector: the plain page frame, as for any missing page.
  if (isApiError(room.error, 404) || isApiError(room.error, 403)) {
    return (
      <StandaloneLayout>
        <NotFoundPage />
      </StandaloneLayout>
    );
  }
  if (room.isPending) return <Loading />;
  if (room.isError) {
    return (
      <StandaloneLayout>
        <ErrorAlert error={room.error} />
      </StandaloneLayout>
    );
  }
  const r = room.data;
  const current = r.questions.find((q) => q.id === r.current_question_id) ?? null;

  return (
    <div className={classes.projector} data-testid="projector">
      <header className={classes.corner}>
        <div className={classes.join}>
          {current && (
            <img
              className={classes.qr}
              src={qrPath(r.id)}
              alt={t('live.room.qrAlt', { code: r.join_code })}
            />
          )}
          {current && (
            <p className={classes.joinText}>
              {t('live.projector.joinAt', { url: displayUrl(r.join_url) })}
              <br />
              <span className={classes.code} data-testid="projector-code">
                {r.join_code}
              </span>
            </p>
          )}
        </div>
        <div className={classes.tools}>
          <StreamIndicator status={stream} />
          {r.evaluation.open && (
            <Text fw={600} data-testid="projector-evaluation">
              {t('live.projector.evaluationOpen')}
            </Text>
          )}
          <FullscreenButton />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={classes.stage}>
        {r.status === 'closed' ? (
          <h1 className={classes.prompt}>{t('live.projector.ended')}</h1>
        ) : current ? (
          <>
            <p className={classes.kicker}>
              {kindLabel(t, current.kind)}
              {current.purpose === 'exercise' && ` · ${stateLabel(t, current.state)}`}
            </p>
            <h1 className={classes.prompt} data-testid="projector-prompt">
              {current.prompt}
            </h1>
            <p className={classes.counts} data-testid="projector-counts">
              {t('live.question.counts', {
                count: current.answer_count,
                skipped: current.skip_count,
              })}
            </p>
            <LiveErrorAlert error={answers.error} />
            <div data-testid="projector-results">
              <QuestionResults
                question={current}
                minAnswers={r.min_answers}
                large
                onHide={(answerId) =>
                  answers.mutate({ questionId: current.id, answerId, hidden: true })
                }
                onShowHidden={(ids) => {
                  for (const answerId of ids)
                    answers.mutate({ questionId: current.id, answerId, hidden: false });
                }}
                busyAnswerId={answers.isPending ? answers.variables?.answerId : null}
              />
            </div>
          </>
        ) : (
          <>
            <h1 className={classes.prompt}>{t('live.projector.welcome')}</h1>
            <p className={classes.counts}>
              {t('live.projector.joinAt', { url: displayUrl(r.join_url) })}
            </p>
            <div className={classes.waitingJoin}>
              <p className={classes.waitingCode} data-testid="projector-code">
                {r.join_code}
              </p>
              <img
                className={classes.bigQr}
                src={qrPath(r.id)}
                alt={t('live.room.qrAlt', { code: r.join_code })}
              />
            </div>
          </>
        )}
      </main>
    </div>
  );
}

/** The join address without the scheme, as people type it: "jamlik.se/delta". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/[A-Z0-9]+$/i, '');
}

function FullscreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  return (
    <Button
      size="compact-sm"
      variant="default"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen();
      }}
    >
      {full ? t('live.projector.exitFullscreen') : t('live.projector.fullscreen')}
    </Button>
  );
}
