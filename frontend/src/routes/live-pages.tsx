import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { EvaluationResultsView } from '@/features/evaluations';
import { Projector, QuestionBank, RoomControl } from '@/features/live';

/** The pages of live exercises and evaluations, loaded lazily by the routes in live.tsx. */

const liveRoomApi = getRouteApi('/app/live/$roomId');

export function LiveRoomPage() {
  const { roomId } = liveRoomApi.useParams();
  return <RoomControl key={roomId} roomId={roomId} />;
}

const projectorApi = getRouteApi('/fullscreen/live/$roomId/projektor');

export function ProjectorPage() {
  const { roomId } = projectorApi.useParams();
  return <Projector key={roomId} roomId={roomId} />;
}

const evaluationsApi = getRouteApi('/app/utvarderingar');

export function EvaluationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { certification, moment, day } = evaluationsApi.useSearch();
  return (
    <>
      <PageHeader title={t('evaluations.title')} />
      <EvaluationResultsView
        filters={{ certificationId: certification, moment, dayId: day }}
        onChange={(f) =>
          void navigate({
            to: '/utvarderingar',
            search: { certification: f.certificationId, moment: f.moment, day: f.dayId },
            replace: true,
          })
        }
      />
    </>
  );
}

export function QuestionBankPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('bank.title')} />
      <QuestionBank />
    </>
  );
}
