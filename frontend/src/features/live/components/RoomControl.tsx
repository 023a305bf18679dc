import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { Loading } from '@/components/Loading';
import { NotFoundPage } from '@/components/NotFoundPage';
import { isApiError } from '@/lib/api';
import { allows } from '@/lib/authorization';
import { useLiveRoom } from '../api/get-live-room';
import { useRoomEvents } from '../api/room-events';
import { AddQuestion } from './AddQuestion';
import { EvaluationPanel } from './EvaluationPanel';
import { JoinPanel } from './JoinPanel';
import { QuestionList } from './QuestionList';
import { CloseRoom, RoomClosed } from './RoomClosing';
import { RoomHeader } from './RoomHeader';

/**
 * The trainer's control of a live room: how to join (code, address, QR), the questions by purpose
 * with their states and actions, the evaluation link, adding questions and ending the session
 * (or opening it again) as the room's `allowed_actions` say. Follows the room's live stream, as
 * the projector does, so both show the same state.
 */
export function RoomControl({ roomId }: { roomId: number }) {
  const { t } = useTranslation();
  const room = useLiveRoom(roomId);
  const stream = useRoomEvents(roomId);

  if (isApiError(room.error, 404) || isApiError(room.error, 403)) return <NotFoundPage />;
  if (room.isPending) return <Loading />;
  if (room.isError) return <ErrorAlert error={room.error} />;
  const r = room.data;
  const closed = r.status === 'closed';
  const exercises = r.questions.filter((q) => q.purpose === 'exercise');
  const evaluation = r.questions.filter((q) => q.purpose === 'evaluation');

  return (
    <>
      <RoomHeader room={r} stream={stream} />
      <Stack gap="lg">
        {closed && <RoomClosed roomId={r.id} canReopen={allows(r, 'live-room:reopen')} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <JoinPanel room={r} />
          <EvaluationPanel room={r} />
        </SimpleGrid>

        <QuestionList
          room={r}
          title={t('live.room.exercisesTitle')}
          id="exercises"
          questions={exercises}
          empty={t('live.room.noExercises')}
        />
        <QuestionList
          room={r}
          title={t('live.room.evaluationQuestionsTitle')}
          id="evaluation-questions"
          questions={evaluation}
          empty={t('live.room.noEvaluationQuestions')}
          intro={t('live.room.evaluationQuestionsIntro')}
        />
        {allows(r, 'live-room:add_question') && <AddQuestion roomId={r.id} moments={r.moments} />}
        {allows(r, 'live-room:close') && <CloseRoom roomId={r.id} />}
      </Stack>
    </>
  );
}
